package dev.checkoutconsole.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks answers of the sandbox against the official OpenAPI file (src/test/resources/openapi/conomy-openapi.yaml,
 * a verbatim copy of shared/api/conomy-openapi.yaml). Only responses are checked. A finding that matches one of
 * the {@link #DEVIATIONS} is a known, documented difference (docs/api-deviations.md, same ids); anything else is
 * a violation.
 */
public final class ContractValidator {
    static final String SPEC = "/openapi/conomy-openapi.yaml";

    /** The deviation handled while loading the file rather than by matching findings (see {@link #parsedSpec()}). */
    public static final String INVALID_COMPONENT_NAMES = "DEV-01";

    /**
     * The known deviations. Every id here (and {@link #INVALID_COMPONENT_NAMES}) has its section in
     * docs/api-deviations.md, and the other way round; ContractValidatorTest checks both directions.
     */
    public static final List<Deviation> DEVIATIONS = List.of(
            new Deviation("DEV-02", "validation.response.body.schema.required", "[45]\\d\\d", ".*", ".*",
                    "\\[\"error\",\"message\",\"statusCode\"\\]"),
            new Deviation("DEV-03", "validation.response.status.unknown", "401|404|409|413|422|429|503", ".*", ".*", null),
            new Deviation("DEV-04", "validation.request.path.missing", ".*", "GET|POST", "/payments/[^/]+/refunds?|/refunds", null),
            new Deviation("DEV-05", "validation.response.body.schema.enum", "200", "GET|POST", "/payments.*",
                    "Instance value \\(\"REFUND\"\\) not found in enum"),
            new Deviation("DEV-06", "validation.request.path.missing", ".*", "POST", "/_sandbox/.*", null),
            new Deviation("DEV-07", "validation.request.path.missing", "404", ".*", ".*", null));

    private static final String SANDBOX_PREFIX = "/sandbox";

    private static ContractValidator shared;

    private final OpenApiInteractionValidator validator;

    /** Parsing the file takes seconds, so the test suite shares one validator (it is safe to share). */
    public static synchronized ContractValidator shared() {
        if (shared == null) {
            shared = new ContractValidator();
        }
        return shared;
    }

    private ContractValidator() {
        validator = OpenApiInteractionValidator.createFor(parsedSpec())
                .withLevelResolver(LevelResolver.create()
                        // Requests are the client's business; this checks what the sandbox answers.
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        // …but an answer on a path or method the file does not have is reported, not skipped.
                        .withLevel("validation.request.path.missing", ValidationReport.Level.ERROR)
                        .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.ERROR)
                        // OpenAPI allows properties a schema does not name unless it says additionalProperties: false;
                        // the validator would refuse them all, even the documented ones outside the schemas
                        // (checkoutSessionId, parentPaymentId… CONOMY-API.md §3.3). Explicit false still counts.
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /**
     * The official file names components "Bad request", "Not Found" and "Internal server error", which OpenAPI 3.0
     * does not allow (deviation DEV-01), so the validator's own loader refuses it. The parser still builds the
     * model, with the references resolved; the validator is given that model.
     */
    private static OpenAPI parsedSpec() {
        String text;
        try (InputStream in = ContractValidator.class.getResourceAsStream(SPEC)) {
            if (in == null) {
                throw new IllegalStateException(SPEC + " is not on the test class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException("cannot parse " + SPEC + ": " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    /** One answer the sandbox gave. body is null when it had none. */
    public record Exchange(String method, String path, int status, String body, String contentType) {
        /** The path as the spec names it: the hosted sandbox's /sandbox prefix is not part of it. */
        String specPath() {
            return path.startsWith(SANDBOX_PREFIX + "/") ? path.substring(SANDBOX_PREFIX.length()) : path;
        }

        @Override
        public String toString() {
            return method + " " + path + " → " + status;
        }
    }

    /** A finding of the validator, and the deviation that explains it, if any. */
    public record Finding(Exchange exchange, String key, String message, Deviation deviation) {
        @Override
        public String toString() {
            return exchange + ": [" + key + "] " + message;
        }
    }

    /**
     * A known difference between the sandbox's answers and the official file, matched on the validator's message
     * key, then on regular expressions: the whole status, method and spec path, and a part of the message (null
     * for any message).
     */
    public record Deviation(String id, String key, String statusPattern, String methodPattern, String pathPattern,
                            String messagePattern) {
        boolean explains(Exchange exchange, String messageKey, String message) {
            return key.equals(messageKey)
                    && Pattern.matches(statusPattern, String.valueOf(exchange.status()))
                    && Pattern.matches(methodPattern, exchange.method().toUpperCase(Locale.ROOT))
                    && Pattern.matches(pathPattern, exchange.specPath())
                    && (messagePattern == null || Pattern.compile(messagePattern).matcher(message).find());
        }
    }

    public List<Finding> check(Exchange exchange) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
        if (exchange.contentType() != null) {
            response.withContentType(exchange.contentType());
        }
        if (exchange.body() != null) {
            response.withBody(exchange.body());
        }
        ValidationReport report = validator.validateResponse(exchange.specPath(),
                Request.Method.valueOf(exchange.method().toUpperCase(Locale.ROOT)), response.build());
        List<Finding> findings = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            flatten(exchange, message, findings);
        }
        return findings;
    }

    /** Schema errors of oneOf/anyOf come nested; each is matched on its own. */
    private static void flatten(Exchange exchange, ValidationReport.Message message, List<Finding> findings) {
        String text = message.getMessage() + (message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo());
        Deviation explained = DEVIATIONS.stream().filter(d -> d.explains(exchange, message.getKey(), text)).findFirst().orElse(null);
        findings.add(new Finding(exchange, message.getKey(), text, explained));
    }
}
