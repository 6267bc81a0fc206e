package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static dev.checkoutconsole.sandbox.SandboxRoutesTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** The state machines of §6 against the sandbox clock: sessions, payments, links, refunds and tokens. */
class SandboxLifecycleTest {
    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(30).seed(5L).build();

    static final String PAYER = "{\"firstName\":\"Jane\",\"email\":\"jane@example.com\"}";

    private final TestHttp http = new TestHttp(sandbox);

    // --- sessions ---

    @Test
    void aSessionExpiresAtCreationPlusDurationAndRefreshReopensIt() {
        JsonNode session = createSession(60, null);
        Instant createdAt = Instant.parse(session.path("createdAt").asText());
        assertThat(session.path("status").asText()).isEqualTo("ATTEMPT");
        assertThat(Instant.parse(session.path("expiresAt").asText())).isEqualTo(createdAt.plusSeconds(60));

        sandbox.clock().advance(Duration.ofSeconds(61));
        assertThat(get(session).path("status").asText()).isEqualTo("EXPIRED");

        TestHttp.Answer refreshed = http.post("/checkout-sessions/token/" + session.path("checkoutToken").asText() + "/refresh", "{}");
        assertThat(refreshed.status()).isEqualTo(201);
        assertThat(refreshed.json().path("status").asText()).isEqualTo("ATTEMPT");
        assertThat(refreshed.json().path("id").asText()).isEqualTo(session.path("id").asText());
        assertThat(Instant.parse(refreshed.json().path("expiresAt").asText())).isAfter(createdAt.plusSeconds(61));
    }

    @Test
    void payerDataThatMeetsTheRequirementsMakesTheSessionActive() {
        JsonNode session = createSession(300, PAYER);

        assertThat(session.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(session.path("customer").path("email").asText()).isEqualTo("jane@example.com");
    }

    @Test
    void theCreateBodyIsCheckedNamingTheField() {
        assertThat(assertError(http.post("/checkout-sessions", "{\"checkoutToken\":\"t-" + UUID.randomUUID() + "\",\"currency\":\"CLP\",\"duration\":29}"),
                400, "11", "invalidParam").path("detail").asText()).startsWith("duration");
        assertThat(assertError(http.post("/checkout-sessions", "{\"checkoutToken\":\"t-" + UUID.randomUUID() + "\",\"currency\":\"XXX\",\"duration\":60}"),
                400, "11", "invalidParam").path("detail").asText()).startsWith("currency");
        assertThat(assertError(http.post("/checkout-sessions", "{\"currency\":\"CLP\",\"duration\":60}"),
                400, "12", "missingParam").path("detail").asText()).startsWith("checkoutToken");
        assertThat(assertError(http.post("/checkout-sessions", "{\"checkoutToken\":\"t-" + UUID.randomUUID() + "\",\"items\":[],\"currency\":\"CLP\",\"duration\":60}"),
                400, "11", "invalidParam").path("detail").asText()).startsWith("items");
    }

    @Test
    void aCheckoutTokenIsUsedOnce() {
        JsonNode session = createSession(300, null);
        String body = "{\"checkoutToken\":\"" + session.path("checkoutToken").asText() + "\",\"currency\":\"CLP\",\"duration\":60}";

        assertError(http.post("/checkout-sessions", body), 409, "13", "alreadyExist");
    }

    @Test
    void theFullDocumentedBodyCreatesAStandAloneSession() {
        TestHttp.Answer answer = http.post("/checkout-sessions", linkBody("full-" + UUID.randomUUID(), 600));

        assertThat(answer.status()).isEqualTo(201);
        JsonNode session = answer.json();
        assertThat(session.has("paymentLinkId")).isFalse();
        assertThat(session.path("totalAmount").asText()).isEqualTo("49990");
        assertThat(session.path("destinations").get(0).path("account").path("accountHolder").asText()).isNotBlank();
        assertThat(session.path("paymentConfigs").get(0).path("paymentMethods").get(0).path("requiredFields").get(0).asText())
                .isEqualTo("etpay.customer.firstName");
        assertThat(session.path("redirectUrl").asText()).isEqualTo("https://merchant.example/ok");
    }

    @Test
    void deleteRemovesAnOpenSessionFromReadsAndLists() {
        JsonNode session = createSession(300, null);
        String filter = "/checkout-sessions?identityId=" + session.path("owner").path("identityId").asText() + "&limit=500";
        int before = http.get(filter).json().path("pagination").path("total").asInt();

        TestHttp.Answer deleted = http.delete("/checkout-sessions/" + session.path("id").asText());

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("{}");
        assertError(http.get("/checkout-sessions/" + session.path("id").asText()), 404, "31", "notFound");
        assertThat(http.get(filter).json().path("pagination").path("total").asInt()).isEqualTo(before - 1);
    }

    @Test
    void deleteIsRefusedOnceAPaymentIsInProgressOrFinished() {
        JsonNode session = createSession(300, PAYER);
        JsonNode payment = pay(session, "{\"paymentMethod\":\"ETPAY\"}").json();
        assertError(http.delete("/checkout-sessions/" + session.path("id").asText()), 422, "21", "failedPrecondition");

        advance(payment, "SETTLED");
        assertThat(get(session).path("status").asText()).isEqualTo("FINISHED");
        assertError(http.delete("/checkout-sessions/" + session.path("id").asText()), 422, "21", "failedPrecondition");
    }

    // --- paying ---

    @Test
    void paymentMovesTheSessionToProcessingAndASecondPaymentIsRefused() {
        JsonNode session = createSession(300, PAYER);

        TestHttp.Answer first = pay(session, "{\"paymentMethod\":\"WEBPAY\",\"description\":\"Order 1\"}");
        assertThat(first.status()).isEqualTo(200);
        JsonNode payment = first.json();
        assertThat(payment.path("status").asText()).isEqualTo("CREATED");
        assertThat(payment.path("type").asText()).isEqualTo("PURCHASE");
        assertThat(payment.path("description").asText()).isEqualTo("Order 1");
        assertThat(payment.path("totalAmount").asText()).isEqualTo(session.path("totalAmount").asText());
        assertThat(payment.path("origins").get(0).path("webpay").path("url").asText()).startsWith("https://");
        assertThat(get(session).path("status").asText()).isEqualTo("PROCESSING_PAYMENT");

        assertError(pay(session, "{\"paymentMethod\":\"WEBPAY\"}"), 422, "21", "failedPrecondition");
        JsonNode listed = http.get("/payments?checkoutSessionId=" + session.path("id").asText()).json();
        assertThat(listed.path("results")).hasSize(1);
    }

    @Test
    void theSpecsOriginsFormPaysToo() {
        JsonNode session = createSession(300, null);

        TestHttp.Answer answer = pay(session, "{\"origins\":[{\"type\":\"FINTOC\",\"currency\":\"CLP\",\"fintoc\":{\"customer\":" + PAYER + "}}]}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("origins").get(0).path("type").asText()).isEqualTo("FINTOC");
    }

    @Test
    void customerRequirementsAreEnforced() {
        String token = "req-" + UUID.randomUUID();
        assertThat(http.post("/payment-links", linkBody(token, 600)).status()).isEqualTo(201);
        JsonNode session = http.post("/payment-links/token/" + token + "/checkout-sessions", "{}").json();

        JsonNode error = assertError(pay(session, "{\"paymentMethod\":\"ETPAY\",\"customer\":{\"firstName\":\"Jane\"}}"), 400, "12", "missingParam");

        assertThat(error.path("detail").asText()).startsWith("customer.email");
        assertThat(get(session).path("status").asText()).isEqualTo("ATTEMPT");
    }

    @Test
    void anExpiredSessionCannotBePaid() {
        JsonNode session = createSession(30, PAYER);
        sandbox.clock().advance(Duration.ofSeconds(31));

        assertError(pay(session, "{\"paymentMethod\":\"ETPAY\"}"), 422, "21", "failedPrecondition");
    }

    @Test
    void aFailedPaymentFailsTheSessionWhichCannotBeRefreshed() {
        JsonNode session = createSession(300, PAYER);
        JsonNode payment = pay(session, "{\"paymentMethod\":\"ETPAY\"}").json();

        assertThat(advance(payment, "FAILED").json().path("status").asText()).isEqualTo("FAILED");

        assertThat(get(session).path("status").asText()).isEqualTo("FAILED");
        assertError(http.post("/checkout-sessions/token/" + session.path("checkoutToken").asText() + "/refresh", "{}"),
                422, "21", "failedPrecondition");
    }

    @Test
    void anExpiredPaymentExpiresTheSessionWhichRefreshReopens() {
        JsonNode session = createSession(300, PAYER);
        JsonNode payment = pay(session, "{\"paymentMethod\":\"ETPAY\"}").json();

        advance(payment, "EXPIRED");

        assertThat(get(session).path("status").asText()).isEqualTo("EXPIRED");
        assertThat(http.post("/checkout-sessions/token/" + session.path("checkoutToken").asText() + "/refresh", "{}")
                .json().path("status").asText()).isEqualTo("ACTIVE");
    }

    // --- payments ---

    @Test
    void theProviderSimulatorMovesAPaymentToReceivedAndTheSessionFinishes() {
        JsonNode session = createSession(300, PAYER);
        JsonNode payment = pay(session, "{\"paymentMethod\":\"ETPAY\"}").json();

        TestHttp.Answer received = http.post("/payments/received", "{\"id\":\"" + payment.path("id").asText() + "\"}");

        assertThat(received.status()).isEqualTo(200);
        assertThat(received.json().path("status").asText()).isEqualTo("RECEIVED");
        assertThat(received.json().path("capturedAt").asText()).isNotBlank();
        assertThat(get(session).path("status").asText()).isEqualTo("FINISHED");
        assertError(http.post("/payments/received", "{\"id\":\"" + payment.path("id").asText() + "\"}"), 422, "21", "failedPrecondition");
    }

    @Test
    void onlyLegalTransitionsAreDriven() {
        JsonNode session = createSession(300, PAYER);
        JsonNode payment = pay(session, "{\"paymentMethod\":\"ETPAY\"}").json();

        assertThat(advance(payment, "CAPTURED").json().path("status").asText()).isEqualTo("CAPTURED");
        assertError(advance(payment, "EXPIRED"), 422, "21", "failedPrecondition");
        assertThat(advance(payment, "SETTLED").json().path("settledAt").asText()).isNotBlank();
        assertError(advance(payment, "FAILED"), 422, "21", "failedPrecondition");
        assertThat(assertError(advance(payment, "PAID"), 400, "11", "invalidParam").path("detail").asText()).startsWith("to");
    }

    // --- refunds ---

    @Test
    void refundsNeverExceedTheParentAndTheSummaryIsExact() {
        JsonNode payment = settledPayment();
        String id = payment.path("id").asText();
        assertError(http.post("/payments/" + id + "/refund", "{\"amount\":\"50000\"}"), 422, "21", "failedPrecondition");

        TestHttp.Answer partial = http.post("/payments/" + id + "/refund", "{\"amount\":\"10000\",\"reason\":\"damaged\"}");
        assertThat(partial.status()).isEqualTo(201);
        assertThat(partial.json().path("status").asText()).isEqualTo("RECEIVED");
        assertThat(partial.json().path("totalAmount").asText()).isEqualTo("10000");

        JsonNode summary = http.get("/payments/" + id + "/refunds").json().path("summary");
        assertThat(summary.path("totalInProgress").asText()).isEqualTo("10000");
        assertThat(summary.path("maxRefundable").asText()).isEqualTo("39990");

        JsonNode rest = http.post("/payments/" + id + "/refund", "{}").json();
        assertThat(rest.path("totalAmount").asText()).isEqualTo("39990");
        advance(http.get("/payments/" + rest.path("refundId").asText()).json(), "SETTLED");

        JsonNode after = http.get("/payments/" + id + "/refunds").json();
        assertThat(after.path("refunds")).hasSize(2);
        assertThat(after.path("summary").path("totalRefunded").asText()).isEqualTo("39990");
        assertThat(after.path("summary").path("maxRefundable").asText()).isEqualTo("0");
        assertThat(after.path("summary").path("completedCount").asInt()).isEqualTo(1);
        assertError(http.post("/payments/" + id + "/refund", "{}"), 422, "21", "failedPrecondition");
        assertThat(http.get("/payments/" + id).json().path("status").asText()).isEqualTo("SETTLED");
    }

    @Test
    void aFailedRefundFreesItsAmountAgain() {
        JsonNode payment = settledPayment();
        String id = payment.path("id").asText();
        JsonNode refund = http.post("/payments/" + id + "/refund", "{\"amount\":\"49990\"}").json();

        advance(http.get("/payments/" + refund.path("refundId").asText()).json(), "FAILED");

        JsonNode summary = http.get("/payments/" + id + "/refunds").json().path("summary");
        assertThat(summary.path("totalFailed").asText()).isEqualTo("49990");
        assertThat(summary.path("maxRefundable").asText()).isEqualTo("49990");
    }

    @Test
    void onlyASettledPaymentCanBeRefunded() {
        JsonNode session = createSession(300, PAYER);
        JsonNode payment = pay(session, "{\"paymentMethod\":\"ETPAY\"}").json();

        assertError(http.post("/payments/" + payment.path("id").asText() + "/refund", "{}"), 422, "21", "failedPrecondition");
        assertError(http.post("/payments/000000000000000000000000/refund", "{}"), 404, "31", "notFound");
        assertThat(assertError(http.post("/payments/" + payment.path("id").asText() + "/refund", "{\"amount\":\"-5\"}"), 400, "11", "invalidParam")
                .path("detail").asText()).startsWith("amount");
    }

    // --- payment links ---

    @Test
    void aNewLinkIsActiveAndOpensSessionsWithItsOwnTokenSuffix() {
        String token = "shop-" + UUID.randomUUID();
        JsonNode link = http.post("/payment-links", linkBody(token, 600)).json();
        assertThat(link.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(link.path("duration").asInt()).isEqualTo(600);

        TestHttp.Answer byRecipe = http.post("/checkout-sessions", "{\"checkoutToken\":\"" + token + "\",\"customer\":" + PAYER + "}");

        assertThat(byRecipe.status()).isEqualTo(201);
        assertThat(byRecipe.json().path("paymentLinkId").asText()).isEqualTo(link.path("id").asText());
        assertThat(byRecipe.json().path("checkoutToken").asText()).matches(java.util.regex.Pattern.quote(token) + "-[0-9a-f]{6}");
        assertThat(byRecipe.json().path("status").asText()).isEqualTo("ACTIVE");
        assertError(http.post("/checkout-sessions", "{\"checkoutToken\":\"no-such-link\"}"), 404, "31", "notFound");
    }

    @Test
    void anExpiredLinkOpensNoSessionUntilActivatedAndOnlyThenCanBeDeleted() {
        String token = "exp-" + UUID.randomUUID();
        JsonNode link = http.post("/payment-links", linkBody(token, 30)).json();
        String id = link.path("id").asText();
        assertError(http.delete("/payment-links/" + id), 422, "21", "failedPrecondition");

        sandbox.clock().advance(Duration.ofSeconds(31));
        assertThat(http.get("/payment-links/" + id).json().path("status").asText()).isEqualTo("EXPIRED");
        assertError(http.post("/payment-links/token/" + token + "/checkout-sessions", "{}"), 422, "21", "failedPrecondition");

        assertThat(http.post("/payment-links/" + id + "/activate", "{}").json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(http.post("/payment-links/token/" + token + "/checkout-sessions", "{}").status()).isEqualTo(201);

        sandbox.clock().advance(Duration.ofSeconds(31));
        TestHttp.Answer deleted = http.delete("/payment-links/" + id);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertError(http.get("/payment-links/" + id), 404, "31", "notFound");
    }

    // --- tokens ---

    @Test
    void anAccessTokenExpiresOnTheSandboxClock() {
        assertThat(http.get("/checkout-sessions?limit=1").status()).isEqualTo(200);

        sandbox.clock().advance(Duration.ofSeconds(3600));

        JsonNode error = assertError(http.get("/checkout-sessions?limit=1"), 401, "41", "unauthorized");
        assertThat(error.path("detail").asText()).contains("expired");
    }

    // --- helpers ---

    private JsonNode createSession(int duration, String customer) {
        String body = "{\"checkoutToken\":\"cs-" + UUID.randomUUID() + "\",\"currency\":\"CLP\",\"duration\":" + duration
                + (customer == null ? "" : ",\"customer\":" + customer) + ",\"successUrl\":\"https://merchant.example/ok\"}";
        TestHttp.Answer answer = http.post("/checkout-sessions", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    private JsonNode get(JsonNode session) {
        return http.get("/checkout-sessions/" + session.path("id").asText()).json();
    }

    private TestHttp.Answer pay(JsonNode session, String body) {
        return http.post("/checkout-sessions/" + session.path("id").asText() + "/payments", body);
    }

    private TestHttp.Answer advance(JsonNode payment, String to) {
        return http.post("/_sandbox/payments/" + payment.path("id").asText() + "/advance", "{\"to\":\"" + to + "\"}");
    }

    /** A SETTLED payment of 49990 CLP from a fresh link. */
    private JsonNode settledPayment() {
        String token = "paid-" + UUID.randomUUID();
        http.post("/payment-links", linkBody(token, 600));
        JsonNode session = http.post("/payment-links/token/" + token + "/checkout-sessions", "{\"customer\":" + PAYER + "}").json();
        JsonNode payment = pay(session, "{\"paymentMethod\":\"ETPAY\"}").json();
        return advance(payment, "SETTLED").json();
    }

    static String linkBody(String token, int duration) {
        return "{\"checkoutToken\":\"" + token + "\",\"currency\":\"CLP\","
                + "\"items\":[{\"preTaxAmount\":\"49990\",\"totalAmount\":\"49990\",\"description\":\"Invoice\"}],"
                + "\"paymentMethodsAllowed\":[\"ETPAY\",\"WEBPAY\"],"
                + "\"destinations\":[{\"type\":\"ACCOUNT\",\"amount\":\"49990\",\"currency\":\"CLP\","
                + "\"identity\":{\"identityId\":\"679c482ee4420cb5b0966c9a\"},\"account\":{\"accountNumber\":\"123456\"}}],"
                + "\"duration\":" + duration + ",\"owner\":{\"identityId\":\"679c482ee4420cb5b0966c9a\"},"
                + "\"customerRequirements\":[\"firstName\",\"email\"],"
                + "\"successUrl\":\"https://merchant.example/ok\",\"failedUrl\":\"https://merchant.example/failed\"}";
    }
}
