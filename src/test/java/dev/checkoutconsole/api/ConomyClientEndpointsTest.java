package dev.checkoutconsole.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.checkoutconsole.api.model.AccessToken;
import dev.checkoutconsole.api.model.CheckoutCustomer;
import dev.checkoutconsole.api.model.CheckoutPaymentRequest;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.CheckoutSessionStatus;
import dev.checkoutconsole.api.model.CreateCheckoutSessionRequest;
import dev.checkoutconsole.api.model.CustomerField;
import dev.checkoutconsole.api.model.ModelJson;
import dev.checkoutconsole.api.model.OpenEnum;
import dev.checkoutconsole.api.model.Page;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentLink;
import dev.checkoutconsole.api.model.PaymentLinkQuery;
import dev.checkoutconsole.api.model.PaymentLinkStatus;
import dev.checkoutconsole.api.model.PaymentMethodType;
import dev.checkoutconsole.api.model.PaymentQuery;
import dev.checkoutconsole.api.model.PaymentRefunds;
import dev.checkoutconsole.api.model.PaymentStatus;
import dev.checkoutconsole.api.model.PaymentType;
import dev.checkoutconsole.api.model.RefundCreated;
import dev.checkoutconsole.api.model.RefundQuery;
import dev.checkoutconsole.api.model.RefundRequest;
import dev.checkoutconsole.api.model.Sort;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint: what goes on the wire (method, path, query, headers, body) and how the answer is read. */
class ConomyClientEndpointsTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final ClientFixture fixture = new ClientFixture();
    private ConomyClient client;

    @BeforeEach
    void connect() {
        client = fixture.withToken(server);
    }

    @AfterEach
    void close() {
        client.close();
    }

    // --- checkout sessions ---

    @Test
    void listCheckoutSessionsSendsEveryFilterAndReadsTheEnvelope() throws Exception {
        server.enqueue(json(200, ApiExamples.SESSION_PAGE));
        CheckoutSessionQuery query = new CheckoutSessionQuery("1234a", "1234", "ATTEMPT",
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 8), Sort.desc("createdAt"), 50, 0);

        Page<CheckoutSession> page = client.listCheckoutSessions(query).execute();

        RecordedRequest request = takeAuthorized("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/checkout-sessions");
        assertThat(queryOf(request)).containsExactly(
                Map.entry("identityId", "1234a"), Map.entry("accountNumber", "1234"), Map.entry("status", "ATTEMPT"),
                Map.entry("startDate", "01/04/2025"), Map.entry("endDate", "08/04/2025"),
                Map.entry("sort", "createdAt:desc"), Map.entry("limit", "50"), Map.entry("offset", "0"));
        assertThat(request.getTarget()).contains("startDate=01%2F04%2F2025").contains("sort=createdAt%3Adesc");
        assertThat(request.getBody() == null || request.getBody().size() == 0).isTrue();
        assertThat(page.pagination().total()).isEqualTo(1);
        assertDocumentedSession(page.results().get(0));
    }

    @Test
    void listCheckoutSessionsWithoutFiltersSendsNoQuery() throws Exception {
        server.enqueue(json(200, ApiExamples.SESSION_PAGE));

        client.listCheckoutSessions(CheckoutSessionQuery.all()).execute();

        assertThat(takeAuthorized("GET").getTarget()).isEqualTo("/checkout-sessions");
    }

    @Test
    void getCheckoutSessionReadsTheDocumentedExample() throws Exception {
        server.enqueue(json(200, ApiExamples.SESSION));

        CheckoutSession session = client.getCheckoutSession("6808d26af21dc6b97c1cc12a").execute();

        assertThat(takeAuthorized("GET").getTarget()).isEqualTo("/checkout-sessions/6808d26af21dc6b97c1cc12a");
        assertDocumentedSession(session);
    }

    @Test
    void deleteCheckoutSessionAcceptsTheEmptyObject() throws Exception {
        server.enqueue(json(200, "{}"));

        assertThat(client.deleteCheckoutSession("s1").execute()).isNull();

        RecordedRequest request = takeAuthorized("DELETE");
        assertThat(request.getTarget()).isEqualTo("/checkout-sessions/s1");
        assertThat(request.getHeaders().get("Content-Type")).isNull();
    }

    @Test
    void createCheckoutSessionPostsTheRequestAndReadsThe201() throws Exception {
        server.enqueue(json(201, ApiExamples.SESSION));
        CreateCheckoutSessionRequest create = new CreateCheckoutSessionRequest("invoice-1001", null, "CLP", null,
                new CheckoutCustomer(null, "Jane", "jane@example.com", "Doe", null, null, "CC", "1000000000", null),
                null, 3600, List.of(OpenEnum.of(CustomerField.email)), null, "https://yourapp.com/ok", "https://yourapp.com/failed");

        CheckoutSession session = client.createCheckoutSession(create).execute();

        RecordedRequest request = takeAuthorized("POST");
        assertThat(request.getTarget()).isEqualTo("/checkout-sessions");
        JsonNode body = bodyOf(request);
        assertThat(body.get("checkoutToken").asText()).isEqualTo("invoice-1001");
        assertThat(body.get("currency").asText()).isEqualTo("CLP");
        assertThat(body.get("duration").asInt()).isEqualTo(3600);
        assertThat(body.at("/customer/documentNumber").asText()).isEqualTo("1000000000");
        assertThat(body.get("customerRequirements").get(0).asText()).isEqualTo("email");
        assertThat(body.get("successUrl").asText()).isEqualTo("https://yourapp.com/ok");
        assertThat(body.has("items")).isFalse();
        assertDocumentedSession(session);
    }

    @Test
    void payCheckoutSessionPostsToItsPaymentsAndReadsThePayment() throws Exception {
        server.enqueue(json(200, ApiExamples.PAYMENT));
        CheckoutPaymentRequest pay = CheckoutPaymentRequest.withMethod("ETPAY", "Invoice 1001",
                new CheckoutCustomer(null, "Jane", "jane@example.com", null, null, null, null, null, null));

        Payment payment = client.payCheckoutSession("6808d26af21dc6b97c1cc12a", pay).execute();

        RecordedRequest request = takeAuthorized("POST");
        assertThat(request.getTarget()).isEqualTo("/checkout-sessions/6808d26af21dc6b97c1cc12a/payments");
        JsonNode body = bodyOf(request);
        assertThat(body.get("paymentMethod").asText()).isEqualTo("ETPAY");
        assertThat(body.get("description").asText()).isEqualTo("Invoice 1001");
        assertThat(body.at("/customer/email").asText()).isEqualTo("jane@example.com");
        assertDocumentedPayment(payment);
    }

    @Test
    void refreshCheckoutSessionPostsAnEmptyObjectToTheTokenPath() throws Exception {
        server.enqueue(json(201, ApiExamples.SESSION));

        CheckoutSession session = client.refreshCheckoutSession("invoice-1001").execute();

        RecordedRequest request = takeAuthorized("POST");
        assertThat(request.getTarget()).isEqualTo("/checkout-sessions/token/invoice-1001/refresh");
        assertThat(request.getBody().utf8()).isEqualTo("{}");
        assertThat(session.checkoutToken()).isEqualTo("invoice-1001");
    }

    @Test
    void createCheckoutSessionFromLinkPostsAnEmptyObjectToTheLinkTokenPath() throws Exception {
        server.enqueue(json(201, ApiExamples.SESSION));

        CheckoutSession session = client.createCheckoutSessionFromLink("invoice-1001").execute();

        RecordedRequest request = takeAuthorized("POST");
        assertThat(request.getTarget()).isEqualTo("/payment-links/token/invoice-1001/checkout-sessions");
        assertThat(request.getBody().utf8()).isEqualTo("{}");
        assertThat(session.paymentLinkId()).isEqualTo("6808d26af21dc6b97c1cc111");
    }

    // --- auth ---

    @Test
    void authenticatePostsTheCredentialsWithoutBearerAndReadsTheToken() throws Exception {
        client.close();
        client = fixture.withCredentials(server);
        server.enqueue(json(200, ApiExamples.AUTH));

        AccessToken token = client.authenticate().execute();

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/auth");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo(ClientFixture.API_KEY);
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo(ProductVersion.userAgent());
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(bodyOf(request)).isEqualTo(ModelJson.mapper().readTree(
                "{\"clientId\":\"" + ClientFixture.CLIENT_ID + "\",\"clientSecret\":\"" + ClientFixture.CLIENT_SECRET + "\"}"));
        assertThat(token.accessToken()).isEqualTo("jwt-access-token-from-auth-1");
        assertThat(token.tokenType()).isEqualTo("Bearer");
        assertThat(token.expiresIn()).isEqualTo(3600);
    }

    // --- payments ---

    @Test
    void listPaymentsSendsEveryFilterIncludingTheCheckoutSession() throws Exception {
        server.enqueue(json(200, ApiExamples.PAYMENT_PAGE));
        PaymentQuery query = new PaymentQuery("id-1", "PURCHASE", "123456", "CREATED,SETTLED",
                LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31), Sort.desc("createdAt"), 20, 40,
                "6808d26af21dc6b97c1cc12a", "link-1", "CLP");

        Page<Payment> page = client.listPayments(query).execute();

        RecordedRequest request = takeAuthorized("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/payments");
        assertThat(queryOf(request)).containsExactly(
                Map.entry("identityId", "id-1"), Map.entry("type", "PURCHASE"), Map.entry("accountNumber", "123456"),
                Map.entry("status", "CREATED,SETTLED"), Map.entry("startDate", "01/12/2025"),
                Map.entry("endDate", "31/12/2025"), Map.entry("sort", "createdAt:desc"), Map.entry("limit", "20"),
                Map.entry("offset", "40"), Map.entry("checkoutSessionId", "6808d26af21dc6b97c1cc12a"),
                Map.entry("paymentLinkId", "link-1"), Map.entry("currency", "CLP"));
        assertDocumentedPayment(page.results().get(0));
    }

    @Test
    void getPaymentReadsThePayment() throws Exception {
        server.enqueue(json(200, ApiExamples.PAYMENT));

        Payment payment = client.getPayment("67a0307eaddea901a60144ec").execute();

        assertThat(takeAuthorized("GET").getTarget()).isEqualTo("/payments/67a0307eaddea901a60144ec");
        assertDocumentedPayment(payment);
    }

    // --- refunds ---

    @Test
    void refundPaymentSendsTheAmountAsADecimalStringAndReadsThe201() throws Exception {
        server.enqueue(json(201, ApiExamples.REFUND_CREATED));

        RefundCreated refund = client.refundPayment("69e0df45b604159c5b8ba5a9",
                new RefundRequest(new BigDecimal("150.00"), "duplicate charge")).execute();

        RecordedRequest request = takeAuthorized("POST");
        assertThat(request.getTarget()).isEqualTo("/payments/69e0df45b604159c5b8ba5a9/refund");
        JsonNode body = bodyOf(request);
        assertThat(body.get("amount").isTextual()).isTrue();
        assertThat(body.get("amount").asText()).isEqualTo("150.00");
        assertThat(body.get("reason").asText()).isEqualTo("duplicate charge");
        assertThat(refund.refundId()).isEqualTo("69e25383b604159c5b8ba5bb");
        assertThat(refund.parentPaymentId()).isEqualTo("69e0df45b604159c5b8ba5a9");
        assertThat(refund.status().is(PaymentStatus.RECEIVED)).isTrue();
        assertThat(refund.totalAmount()).isEqualTo(new BigDecimal("150.00"));
        assertThat(refund.currency()).isEqualTo("ARS");
        assertThat(refund.createdAt()).isEqualTo(Instant.parse("2026-04-17T14:37:44Z"));
    }

    @Test
    void refundWithoutAmountSendsAnEmptyObject() throws Exception {
        server.enqueue(json(201, ApiExamples.REFUND_CREATED));

        client.refundPayment("p1", null).execute();

        assertThat(takeAuthorized("POST").getBody().utf8()).isEqualTo("{}");
    }

    @Test
    void listPaymentRefundsReadsTheRefundsAndTheSummary() throws Exception {
        server.enqueue(json(200, ApiExamples.PAYMENT_REFUNDS));

        PaymentRefunds refunds = client.listPaymentRefunds("69e0df45b604159c5b8ba5a9").execute();

        assertThat(takeAuthorized("GET").getTarget()).isEqualTo("/payments/69e0df45b604159c5b8ba5a9/refunds");
        assertThat(refunds.parentId()).isEqualTo("69e0df45b604159c5b8ba5a9");
        assertThat(refunds.refunds()).singleElement().satisfies(refund -> {
            assertThat(refund.id()).isEqualTo("69e25383b604159c5b8ba5bb");
            assertThat(refund.totalAmount()).isEqualTo(new BigDecimal("150.00"));
            assertThat(refund.parentPaymentId()).isEqualTo("69e0df45b604159c5b8ba5a9");
        });
        assertThat(refunds.summary().parentAmount()).isEqualTo(new BigDecimal("2000.00"));
        assertThat(refunds.summary().totalInProgress()).isEqualTo(new BigDecimal("150.00"));
        assertThat(refunds.summary().maxRefundable()).isEqualTo(new BigDecimal("1850.00"));
        assertThat(refunds.summary().inProgressCount()).isEqualTo(1);
    }

    @Test
    void listRefundsSendsTheFiltersAndReadsTheStandardEnvelope() throws Exception {
        server.enqueue(json(200, ApiExamples.PAYMENT_PAGE.replace("\"PURCHASE\"", "\"REFUND\"")));
        RefundQuery query = new RefundQuery("parent-1", "id-1", "123456", "SETTLED",
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), Sort.asc("createdAt"), 10, 0);

        Page<Payment> page = client.listRefunds(query).execute();

        RecordedRequest request = takeAuthorized("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/refunds");
        assertThat(queryOf(request)).containsExactly(
                Map.entry("parentPaymentId", "parent-1"), Map.entry("identityId", "id-1"),
                Map.entry("accountNumber", "123456"), Map.entry("status", "SETTLED"),
                Map.entry("startDate", "01/04/2026"), Map.entry("endDate", "30/04/2026"),
                Map.entry("sort", "createdAt:asc"), Map.entry("limit", "10"), Map.entry("offset", "0"));
        assertThat(page.pagination().total()).isEqualTo(1);
        assertThat(page.results()).singleElement().satisfies(refund -> assertThat(refund.type().is(PaymentType.REFUND)).isTrue());
    }

    @Test
    void listRefundsNormalisesTheOlderTotalAndRefundsForm() throws Exception {
        server.enqueue(json(200, ApiExamples.REFUNDS_OLD_FORM));

        Page<Payment> page = client.listRefunds(new RefundQuery(null, null, null, null, null, null, null, 50, 0)).execute();

        assertThat(page.pagination().total()).isEqualTo(42);
        assertThat(page.pagination().count()).isEqualTo(1);
        assertThat(page.pagination().next()).isEqualTo(1);
        assertThat(page.pagination().previous()).isZero();
        assertThat(page.results()).singleElement().satisfies(refund -> {
            assertThat(refund.id()).isEqualTo("69e25383b604159c5b8ba5bb");
            assertThat(refund.parentPaymentId()).isEqualTo("69e0df45b604159c5b8ba5a9");
            assertThat(refund.type().is(PaymentType.REFUND)).isTrue();
            assertThat(refund.totalAmount()).isEqualTo(new BigDecimal("150.00"));
            assertThat(refund.description()).isEqualTo("duplicate charge");
        });
    }

    @Test
    void listRefundsWorksOutOffsetsFromTheRecipePagination() throws Exception {
        server.enqueue(json(200, ApiExamples.REFUNDS_RECIPE_FORM));

        Page<Payment> page = client.listRefunds(RefundQuery.all()).execute();

        assertThat(takeAuthorized("GET").getTarget()).isEqualTo("/refunds");
        assertThat(page.pagination().total()).isEqualTo(23);
        assertThat(page.pagination().count()).isEqualTo(21);
        assertThat(page.pagination().previous()).isEqualTo(10);
        assertThat(page.results()).singleElement().satisfies(refund -> assertThat(refund.status().is(PaymentStatus.SETTLED)).isTrue());
    }

    // --- payment links ---

    @Test
    void createPaymentLinkPostsTheRequestAndReadsTheLink() throws Exception {
        server.enqueue(json(201, ApiExamples.PAYMENT_LINK));
        CreateCheckoutSessionRequest create = new CreateCheckoutSessionRequest("invoice-1001", null, "CLP",
                List.of(OpenEnum.of(PaymentMethodType.ETPAY)), null, null, 86400, null, null, null, null);

        PaymentLink link = client.createPaymentLink(create).execute();

        RecordedRequest request = takeAuthorized("POST");
        assertThat(request.getTarget()).isEqualTo("/payment-links");
        assertThat(bodyOf(request)).isEqualTo(ModelJson.mapper().readTree(
                "{\"checkoutToken\":\"invoice-1001\",\"currency\":\"CLP\",\"paymentMethodsAllowed\":[\"ETPAY\"],\"duration\":86400}"));
        assertDocumentedLink(link);
    }

    @Test
    void listPaymentLinksSendsTheDottedFilterNames() throws Exception {
        server.enqueue(json(200, ApiExamples.PAYMENT_LINK_PAGE));
        PaymentLinkQuery query = new PaymentLinkQuery("a,b", "ACTIVE,EXPIRED", "123456", "jane@example.com", "owner-1",
                LocalDate.of(2025, 12, 1), null, "CLP", Sort.desc("createdAt"), 50, 0);

        Page<PaymentLink> page = client.listPaymentLinks(query).execute();

        RecordedRequest request = takeAuthorized("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/payment-links");
        assertThat(queryOf(request)).containsExactly(
                Map.entry("id", "a,b"), Map.entry("status", "ACTIVE,EXPIRED"),
                Map.entry("destination.accountNumber", "123456"), Map.entry("customer.email", "jane@example.com"),
                Map.entry("owner.identityId", "owner-1"), Map.entry("startDate", "01/12/2025"),
                Map.entry("currency", "CLP"), Map.entry("sort", "createdAt:desc"), Map.entry("limit", "50"),
                Map.entry("offset", "0"));
        assertDocumentedLink(page.results().get(0));
    }

    @Test
    void getPaymentLinkReadsTheLink() throws Exception {
        server.enqueue(json(200, ApiExamples.PAYMENT_LINK));

        PaymentLink link = client.getPaymentLink("6808d26af21dc6b97c1cc111").execute();

        assertThat(takeAuthorized("GET").getTarget()).isEqualTo("/payment-links/6808d26af21dc6b97c1cc111");
        assertDocumentedLink(link);
    }

    @Test
    void deletePaymentLinkAccepts204() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());

        assertThat(client.deletePaymentLink("l1").execute()).isNull();

        assertThat(takeAuthorized("DELETE").getTarget()).isEqualTo("/payment-links/l1");
    }

    @Test
    void activatePaymentLinkPostsAnEmptyObject() throws Exception {
        server.enqueue(json(200, ApiExamples.PAYMENT_LINK));

        PaymentLink link = client.activatePaymentLink("l1").execute();

        RecordedRequest request = takeAuthorized("POST");
        assertThat(request.getTarget()).isEqualTo("/payment-links/l1/activate");
        assertThat(request.getBody().utf8()).isEqualTo("{}");
        assertThat(link.status().is(PaymentLinkStatus.ACTIVE)).isTrue();
    }

    // --- sandbox simulator ---

    @Test
    void simulatePaymentReceivedPostsTheId() throws Exception {
        server.enqueue(json(200, ApiExamples.PAYMENT.replace("\"CREATED\"", "\"RECEIVED\"")));

        Payment payment = client.simulatePaymentReceived("67a0307eaddea901a60144ec").execute();

        RecordedRequest request = takeAuthorized("POST");
        assertThat(request.getTarget()).isEqualTo("/payments/received");
        assertThat(request.getBody().utf8()).isEqualTo("{\"id\":\"67a0307eaddea901a60144ec\"}");
        assertThat(payment.status().is(PaymentStatus.RECEIVED)).isTrue();
    }

    @Test
    void advanceSandboxPaymentPostsTheTargetStatus() throws Exception {
        server.enqueue(json(200, ApiExamples.PAYMENT.replace("\"CREATED\"", "\"SETTLED\"")));

        Payment payment = client.advanceSandboxPayment("p/1", PaymentStatus.SETTLED).execute();

        RecordedRequest request = takeAuthorized("POST");
        assertThat(request.getTarget()).isEqualTo("/_sandbox/payments/p%2F1/advance");
        assertThat(request.getBody().utf8()).isEqualTo("{\"to\":\"SETTLED\"}");
        assertThat(payment.status().is(PaymentStatus.SETTLED)).isTrue();
    }

    // --- helpers ---

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }

    /** Takes the next request and checks the headers every authorised call carries. */
    private RecordedRequest takeAuthorized(String method) throws InterruptedException {
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + ClientFixture.ACCESS_TOKEN);
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo(ClientFixture.API_KEY);
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo(ProductVersion.userAgent());
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("conomyhq-api-version")).isEqualTo("24-04-2025");
        if (method.equals("POST")) {
            assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
        }
        return request;
    }

    static Map<String, String> queryOf(RecordedRequest request) {
        var url = request.getUrl();
        var parameters = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < url.querySize(); i++) {
            parameters.put(url.queryParameterName(i), url.queryParameterValue(i));
        }
        return parameters;
    }

    static JsonNode bodyOf(RecordedRequest request) throws Exception {
        return ModelJson.mapper().readTree(request.getBody().utf8());
    }

    static void assertDocumentedSession(CheckoutSession session) {
        assertThat(session.id()).isEqualTo("6808d26af21dc6b97c1cc12a");
        assertThat(session.status().is(CheckoutSessionStatus.ATTEMPT)).isTrue();
        assertThat(session.totalAmount()).isEqualTo(new BigDecimal("49990"));
        assertThat(session.createdAt()).isEqualTo(Instant.parse("2025-12-07T04:53:12.758Z"));
        assertThat(session.expiresAt()).isEqualTo(Instant.parse("2025-12-08T04:53:12.758Z"));
        assertThat(session.paymentConfigs().get(0).paymentMethods().get(0).purchaseAmount()).isEqualTo(new BigDecimal("49990"));
        assertThat(session.destinations().get(0).account().accountHolder()).isEqualTo("Merchant SpA");
        assertThat(session.owner().identityId()).isEqualTo("679c482ee4420cb5b0966c9a");
        assertThat(session.customer().email()).isEqualTo("jane@example.com");
    }

    static void assertDocumentedPayment(Payment payment) {
        assertThat(payment.id()).isEqualTo("67a0307eaddea901a60144ec");
        assertThat(payment.status().is(PaymentStatus.CREATED)).isTrue();
        assertThat(payment.type().is(PaymentType.PURCHASE)).isTrue();
        assertThat(payment.totalAmount()).isEqualTo(new BigDecimal("49990"));
        assertThat(payment.fees().get(0).amount()).isEqualTo(new BigDecimal("749.85"));
        assertThat(payment.origins().get(0).rails()).containsKey("etpay");
        assertThat(payment.checkoutSessionId()).isEqualTo("6808d26af21dc6b97c1cc12a");
    }

    static void assertDocumentedLink(PaymentLink link) {
        assertThat(link.id()).isEqualTo("6808d26af21dc6b97c1cc111");
        assertThat(link.status().is(PaymentLinkStatus.ACTIVE)).isTrue();
        assertThat(link.duration()).isEqualTo(86400);
        assertThat(link.destinations().get(0).identity().identityId()).isEqualTo("679c482ee4420cb5b0966c9a");
        assertThat(link.failedUrl()).isEqualTo("https://yourapp.com/invoices/1001/failed");
    }
}
