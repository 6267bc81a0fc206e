package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.StreamSupport;

import static dev.checkoutconsole.sandbox.SandboxRoutesTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** Filters, sort orders and paging of the list endpoints, checked against the whole seeded list. */
class SandboxListingTest {
    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(150).seed(21L).build();

    private final TestHttp http = new TestHttp(sandbox);

    @Test
    void theDefaultPageIsTheNewestFiftyAndPagesJoinUpToTheWholeList() {
        List<JsonNode> all = results(http.get("/checkout-sessions?limit=500").json());
        assertThat(all).hasSize(150);

        JsonNode first = http.get("/checkout-sessions").json();
        assertThat(results(first)).extracting(s -> s.path("id").asText())
                .containsExactlyElementsOf(all.subList(0, 50).stream().map(s -> s.path("id").asText()).toList());
        assertPagination(first, 50, 50, 0, 150);

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 150; offset += 40) {
            JsonNode page = http.get("/checkout-sessions?limit=40&offset=" + offset).json();
            int size = Math.min(40, 150 - offset);
            assertPagination(page, offset + size, offset + size, Math.max(offset - 40, 0), 150);
            results(page).forEach(s -> paged.add(s.path("id").asText()));
        }
        assertThat(paged).containsExactlyElementsOf(all.stream().map(s -> s.path("id").asText()).toList());

        JsonNode beyond = http.get("/checkout-sessions?limit=10&offset=1000").json();
        assertThat(results(beyond)).isEmpty();
        assertThat(beyond.path("pagination").path("total").asInt()).isEqualTo(150);
    }

    @Test
    void theLimitIsBetweenOneAndFiveHundred() {
        assertError(http.get("/checkout-sessions?limit=501"), 400, "11", "invalidParam");
        assertError(http.get("/checkout-sessions?limit=abc"), 400, "11", "invalidParam");
        assertThat(results(http.get("/checkout-sessions?limit=1").json())).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"createdAt,asc", "createdAt,desc", "expiresAt,asc", "expiresAt,desc", "totalAmount,asc", "totalAmount,desc",
            "status,asc", "status,desc"})
    void sessionsSortByEachField(String field, String direction) {
        List<JsonNode> sorted = results(http.get("/checkout-sessions?limit=500&sort=" + field + ":" + direction).json());

        Comparator<JsonNode> order = switch (field) {
            case "totalAmount" -> Comparator.comparing(s -> new BigDecimal(s.path(field).asText()));
            case "status" -> Comparator.comparing(s -> s.path(field).asText());
            default -> Comparator.comparing(s -> Instant.parse(s.path(field).asText()));
        };
        assertThat(sorted).hasSize(150).isSortedAccordingTo(direction.equals("asc") ? order : order.reversed());
        List<JsonNode> page = results(http.get("/checkout-sessions?limit=20&offset=30&sort=" + field + ":" + direction).json());
        assertThat(page).extracting(s -> s.path("id").asText())
                .containsExactlyElementsOf(sorted.subList(30, 50).stream().map(s -> s.path("id").asText()).toList());
    }

    @Test
    void theSeedHoldsEveryStatusAndTheStatusFilterPartitionsTheList() {
        List<JsonNode> all = results(http.get("/checkout-sessions?limit=500").json());
        Set<String> statuses = new TreeSet<>();
        all.forEach(s -> statuses.add(s.path("status").asText()));
        assertThat(statuses).containsExactlyInAnyOrder("ATTEMPT", "ACTIVE", "EXPIRED", "FINISHED", "PROCESSING_PAYMENT", "FAILED");

        int sum = 0;
        for (String status : statuses) {
            JsonNode page = http.get("/checkout-sessions?limit=500&status=" + status).json();
            assertThat(results(page)).isNotEmpty().allSatisfy(s -> assertThat(s.path("status").asText()).isEqualTo(status));
            sum += page.path("pagination").path("total").asInt();
        }
        assertThat(sum).isEqualTo(150);
    }

    @Test
    void identityAndAccountFiltersMatchTheOwnerAndTheDestinations() {
        List<JsonNode> all = results(http.get("/checkout-sessions?limit=500").json());
        JsonNode sample = all.get(17);
        String identityId = sample.path("owner").path("identityId").asText();
        String accountNumber = sample.path("destinations").get(0).path("account").path("accountNumber").asText();

        JsonNode byIdentity = http.get("/checkout-sessions?limit=500&identityId=" + identityId).json();
        assertThat(byIdentity.path("pagination").path("total").asLong())
                .isEqualTo(all.stream().filter(s -> s.path("owner").path("identityId").asText().equals(identityId)).count());
        assertThat(results(byIdentity)).allSatisfy(s -> assertThat(s.path("owner").path("identityId").asText()).isEqualTo(identityId));

        JsonNode byAccount = http.get("/checkout-sessions?limit=500&accountNumber=" + accountNumber).json();
        assertThat(results(byAccount)).isNotEmpty().allSatisfy(s ->
                assertThat(s.path("destinations").get(0).path("account").path("accountNumber").asText()).isEqualTo(accountNumber));
        assertThat(http.get("/checkout-sessions?identityId=nobody").json().path("pagination").path("total").asInt()).isZero();
    }

    @Test
    void dateBoundsAreInclusiveUtcDays() {
        List<JsonNode> all = results(http.get("/checkout-sessions?limit=500").json());
        LocalDate day = Instant.parse(all.get(100).path("createdAt").asText()).atZone(ZoneOffset.UTC).toLocalDate();
        String date = day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        long onThatDay = all.stream().filter(s -> createdOn(s).equals(day)).count();

        JsonNode page = http.get("/checkout-sessions?limit=500&startDate=" + date + "&endDate=" + date).json();

        assertThat(page.path("pagination").path("total").asLong()).isEqualTo(onThatDay).isPositive();
        assertThat(results(page)).allSatisfy(s -> assertThat(createdOn(s)).isEqualTo(day));
        long fromThatDay = all.stream().filter(s -> !createdOn(s).isBefore(day)).count();
        assertThat(http.get("/checkout-sessions?startDate=" + date).json().path("pagination").path("total").asLong()).isEqualTo(fromThatDay);
        assertThat(assertError(http.get("/checkout-sessions?startDate=02/01/2026&endDate=01/01/2026"), 400, "11", "invalidParam")
                .path("detail").asText()).startsWith("endDate");
        assertError(http.get("/checkout-sessions?endDate=31/02/2026"), 400, "11", "invalidParam");
    }

    @Test
    void theSeedCoversTheSevenCurrenciesWithTheirOwnMethods() {
        List<JsonNode> all = results(http.get("/checkout-sessions?limit=500").json());
        Set<String> currencies = new TreeSet<>();
        all.forEach(s -> currencies.add(s.path("currency").asText()));

        assertThat(currencies).containsExactlyInAnyOrder("CLP", "MXN", "COP", "PEN", "ARS", "BRL", "USD");
        assertThat(all).filteredOn(s -> s.path("currency").asText().equals("BRL"))
                .allSatisfy(s -> assertThat(texts(s.path("paymentMethodsAllowed"))).containsOnly("PIX"));
        assertThat(all).filteredOn(s -> s.path("currency").asText().equals("CLP"))
                .allSatisfy(s -> assertThat(texts(s.path("paymentMethodsAllowed"))).isSubsetOf("ETPAY", "FINTOC", "WEBPAY"));
        Instant ninetyOneDaysAgo = Instant.now().minusSeconds(91L * 86400);
        assertThat(all).allSatisfy(s -> assertThat(Instant.parse(s.path("createdAt").asText())).isAfter(ninetyOneDaysAgo));
        Set<String> identities = new TreeSet<>();
        all.forEach(s -> identities.add(s.path("owner").path("identityId").asText()));
        assertThat(identities).hasSizeGreaterThan(5);
    }

    @Test
    void paymentsFilterOnStatusListsTypeSessionAndCurrency() {
        List<JsonNode> all = results(http.get("/payments?limit=500").json());
        Set<String> statuses = new TreeSet<>();
        all.forEach(p -> statuses.add(p.path("status").asText()));
        assertThat(statuses).contains("CREATED", "AUTHORIZED", "CAPTURED", "RECEIVED", "SETTLED", "FAILED", "EXPIRED", "UNSETTLED");

        JsonNode two = http.get("/payments?limit=500&status=FAILED,EXPIRED").json();
        assertThat(two.path("pagination").path("total").asLong())
                .isEqualTo(all.stream().filter(p -> Set.of("FAILED", "EXPIRED").contains(p.path("status").asText())).count());

        JsonNode refunds = http.get("/payments?limit=500&type=REFUND").json();
        assertThat(results(refunds)).isNotEmpty().allSatisfy(p -> assertThat(p.path("parentPaymentId").asText()).isNotBlank());
        assertThat(http.get("/refunds?limit=500").json().path("pagination").path("total").asInt())
                .isEqualTo(refunds.path("pagination").path("total").asInt());

        JsonNode purchase = all.stream().filter(p -> p.path("type").asText().equals("PURCHASE")).findFirst().orElseThrow();
        JsonNode bySession = http.get("/payments?checkoutSessionId=" + purchase.path("checkoutSessionId").asText()).json();
        assertThat(results(bySession)).extracting(p -> p.path("id").asText()).containsExactly(purchase.path("id").asText());

        JsonNode byCurrency = http.get("/payments?limit=500&currency=USD&sort=totalAmount:asc").json();
        assertThat(results(byCurrency)).allSatisfy(p -> assertThat(p.path("currency").asText()).isEqualTo("USD"))
                .isSortedAccordingTo(Comparator.comparing(p -> new BigDecimal(p.path("totalAmount").asText())));
        assertThat(assertError(http.get("/payments?type=GIFT"), 400, "11", "invalidParam").path("detail").asText()).startsWith("type");
    }

    @Test
    void refundsFilterOnTheirParent() {
        JsonNode refund = results(http.get("/refunds?limit=1").json()).get(0);
        String parent = refund.path("parentPaymentId").asText();

        JsonNode page = http.get("/refunds?parentPaymentId=" + parent).json();

        assertThat(results(page)).isNotEmpty().allSatisfy(r -> assertThat(r.path("parentPaymentId").asText()).isEqualTo(parent));
        assertThat(http.get("/payments/" + parent + "/refunds").json().path("refunds").size()).isEqualTo(results(page).size());
    }

    @Test
    void linksFilterOnCommaSeparatedListsOfTheirDottedFields() {
        List<JsonNode> all = results(http.get("/payment-links?limit=500").json());
        assertThat(all).hasSizeGreaterThan(5);
        JsonNode a = all.get(0);
        JsonNode b = all.get(3);

        JsonNode byIds = http.get("/payment-links?id=" + a.path("id").asText() + "," + b.path("id").asText()).json();
        assertThat(results(byIds)).extracting(l -> l.path("id").asText())
                .containsExactlyInAnyOrder(a.path("id").asText(), b.path("id").asText());

        String owner = a.path("owner").path("identityId").asText();
        assertThat(results(http.get("/payment-links?limit=500&owner.identityId=" + owner).json()))
                .isNotEmpty().allSatisfy(l -> assertThat(l.path("owner").path("identityId").asText()).isEqualTo(owner));
        String account = a.path("destinations").get(0).path("account").path("accountNumber").asText();
        assertThat(results(http.get("/payment-links?limit=500&destination.accountNumber=" + account).json()))
                .isNotEmpty().allSatisfy(l -> assertThat(l.path("destinations").get(0).path("account").path("accountNumber").asText()).isEqualTo(account));
        assertThat(results(http.get("/payment-links?limit=500&status=ATTEMPT,ACTIVE").json()))
                .allSatisfy(l -> assertThat(l.path("status").asText()).isIn("ATTEMPT", "ACTIVE"));
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOther() {
        // Times (and the ids that start with them) are relative to the start, so the data is compared without them.
        List<String> here = fingerprint(http);
        try (SandboxServer same = SandboxServer.start(SandboxOptions.builder().port(0).seedSessions(150).seed(21L).build());
             SandboxServer other = SandboxServer.start(SandboxOptions.builder().port(0).seedSessions(150).seed(22L).build())) {
            assertThat(fingerprint(new TestHttp(same))).isEqualTo(here);
            assertThat(fingerprint(new TestHttp(other))).isNotEqualTo(here);
        }
    }

    private static List<String> fingerprint(TestHttp client) {
        return ids(client.get("/checkout-sessions?limit=500&sort=createdAt:asc").json(), s -> s.path("checkoutToken").asText()
                + " " + s.path("totalAmount").asText() + " " + s.path("currency").asText() + " " + s.path("customer").path("email").asText());
    }

    private static List<String> ids(JsonNode page, Function<JsonNode, String> key) {
        return results(page).stream().map(key).toList();
    }

    static List<JsonNode> results(JsonNode page) {
        return StreamSupport.stream(page.path("results").spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static LocalDate createdOn(JsonNode session) {
        return Instant.parse(session.path("createdAt").asText()).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static void assertPagination(JsonNode page, long count, long next, long previous, long total) {
        JsonNode pagination = page.path("pagination");
        assertThat(pagination.path("count").asLong()).isEqualTo(count);
        assertThat(pagination.path("next").asLong()).isEqualTo(next);
        assertThat(pagination.path("previous").asLong()).isEqualTo(previous);
        assertThat(pagination.path("total").asLong()).isEqualTo(total);
    }
}
