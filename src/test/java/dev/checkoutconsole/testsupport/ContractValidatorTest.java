package dev.checkoutconsole.testsupport;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator itself: the deviations are listed in one place, and a real violation is caught. */
class ContractValidatorTest {
    private static final Pattern HEADING_ID = Pattern.compile("^## (DEV-\\d+) ", Pattern.MULTILINE);

    @Test
    void theDeviationsInCodeAreExactlyThoseOfTheDocument() throws IOException {
        String document = Files.readString(Path.of("docs/api-deviations.md"));
        Set<String> documented = new TreeSet<>();
        Matcher matcher = HEADING_ID.matcher(document);
        while (matcher.find()) {
            documented.add(matcher.group(1));
        }
        Set<String> inCode = new TreeSet<>();
        inCode.add(ContractValidator.INVALID_COMPONENT_NAMES);
        ContractValidator.DEVIATIONS.forEach(deviation -> inCode.add(deviation.id()));

        assertThat(inCode).isEqualTo(documented);
    }

    @Test
    void aSessionMissingARequiredFieldIsAViolation() {
        ContractValidator validator = ContractValidator.shared();
        String withoutStatus = "{\"id\":\"a\",\"paymentConfigs\":[],\"createdAt\":\"2026-01-01T00:00:00Z\",\"items\":[],"
                + "\"currency\":\"CLP\",\"preTaxAmount\":\"1\",\"totalAmount\":\"1\",\"url\":\"u\","
                + "\"paymentMethodsAllowed\":[\"ETPAY\"],\"destinations\":[],\"expiresAt\":\"2026-01-01T00:00:00Z\","
                + "\"owner\":{\"identityId\":\"x\"}}";

        List<ContractValidator.Finding> findings = validator.check(new ContractValidator.Exchange("GET",
                "/checkout-sessions/a", 200, withoutStatus, "application/json"));

        assertThat(findings).anySatisfy(finding -> {
            assertThat(finding.deviation()).isNull();
            assertThat(finding.message()).contains("status");
        });
    }

    @Test
    void anErrorInTheDocumentedShapeIsAKnownDeviation() {
        ContractValidator validator = ContractValidator.shared();
        String error = "{\"status\":400,\"code\":\"11\",\"type\":\"invalidParam\",\"detail\":\"limit …\",\"traceId\":\"t\"}";

        List<ContractValidator.Finding> findings = validator.check(new ContractValidator.Exchange("GET",
                "/sandbox/checkout-sessions", 400, error, "application/json"));

        assertThat(findings).isNotEmpty().allSatisfy(finding -> assertThat(finding.deviation().id()).isEqualTo("DEV-02"));
    }
}
