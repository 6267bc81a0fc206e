package dev.checkoutconsole.api.model;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModelJsonTest {
    private final ObjectMapper json = ModelJson.mapper();

    private static final String SESSION = """
            {
              "id": "6808d26af21dc6b97c1cc12a",
              "paymentLinkId": "6808d26af21dc6b97c1cc111",
              "checkoutToken": "invoice-1001",
              "paymentConfigs": [
                { "currency": "CLP", "product": "CLP:CLP", "exchangeRate": "1",
                  "paymentMethods": [
                    { "id": "ETPAY", "type": "ETPAY", "enabled": true,
                      "requiredFields": ["etpay.customer.email"], "purchaseAmount": "49990" } ] } ],
              "createdAt": "2025-12-07T04:53:12.758Z",
              "status": "ATTEMPT",
              "items": [ { "preTaxAmount": "49990", "totalAmount": "49990", "description": "Invoice 1001", "tax": null } ],
              "currency": "CLP",
              "preTaxAmount": "49990",
              "totalAmount": "49990",
              "url": "https://checkout.conomyhq.com/invoice-1001",
              "paymentMethodsAllowed": ["ETPAY", "WEBPAY", "TELEPORT"],
              "customer": { "firstName": "Jane", "email": "jane@example.com" },
              "redirectUrl": "https://yourapp.com/invoices/1001/success",
              "destinations": [ { "type": "ACCOUNT", "amount": "49990",
                  "account": { "type": "CHECKING", "currency": "CLP", "accountNumber": "123456", "accountHolder": "Merchant SpA" } } ],
              "customerRequirements": ["firstName", "email"],
              "expiresAt": "2025-12-08T04:53:12.758Z",
              "owner": { "identityId": "679c482ee4420cb5b0966c9a" },
              "somethingNew": {"nested": true}
            }
            """;

    @Test
    void readsTheDocumentedSessionAndKeepsUnknownValues() throws Exception {
        CheckoutSession session = json.readValue(SESSION, CheckoutSession.class);

        assertThat(session.status().is(CheckoutSessionStatus.ATTEMPT)).isTrue();
        assertThat(session.totalAmount()).isEqualByComparingTo("49990");
        assertThat(session.createdAt()).isEqualTo(Instant.parse("2025-12-07T04:53:12.758Z"));
        assertThat(session.paymentMethodsAllowed()).extracting(OpenEnum::raw).containsExactly("ETPAY", "WEBPAY", "TELEPORT");
        assertThat(session.paymentMethodsAllowed().get(2).known()).isEmpty();
        assertThat(session.paymentConfigs().get(0).paymentMethods().get(0).type().is(PaymentMethodType.ETPAY)).isTrue();
        assertThat(session.customerRequirements().get(1).is(CustomerField.email)).isTrue();
        assertThat(session.destinations().get(0).account().accountNumber()).isEqualTo("123456");
        assertThat(session.items().get(0).tax()).isNull();
    }

    @Test
    void aSessionKeepsTheObjectItWasReadFromButNeverWritesItBack() throws Exception {
        CheckoutSession session = json.readValue(SESSION, CheckoutSession.class);

        assertThat(session.json()).isEqualTo(json.readTree(SESSION));
        assertThat(session.json().get("somethingNew").get("nested").asBoolean()).isTrue();
        assertThat(session.json().get("items").get(0).get("tax").isNull()).isTrue();
        assertThat(json.readTree(json.writeValueAsString(session)).fieldNames()).toIterable()
                .doesNotContain("json", "somethingNew").contains("id", "status", "totalAmount");
    }

    @Test
    void anAmountSentAsANumberKeepsItsScaleInTheSessionAndInItsObject() throws Exception {
        CheckoutSession session = json.readValue(SESSION.replace("\"totalAmount\": \"49990\",", "\"totalAmount\": 100.00,"),
                CheckoutSession.class);

        assertThat(session.totalAmount().toPlainString()).isEqualTo("100.00");
        assertThat(session.json().get("totalAmount").decimalValue().toPlainString()).isEqualTo("100.00");
        assertThat(json.writeValueAsString(session.json())).contains("\"totalAmount\":100.00");
    }

    @Test
    void sessionsInAPageKeepTheirOwnObjects() throws Exception {
        Page<CheckoutSession> page = json.readValue("{\"results\": [" + SESSION + "], \"pagination\": {\"total\": 1}}",
                new TypeReference<Page<CheckoutSession>>() { });

        assertThat(page.results()).singleElement().satisfies(session ->
                assertThat(session.json().get("somethingNew")).isNotNull());
    }

    @Test
    void unknownStatusIsKeptAndWrittenBackAsItCame() throws Exception {
        CheckoutSession session = json.readValue(SESSION.replace("\"ATTEMPT\"", "\"ON_HOLD\""), CheckoutSession.class);

        assertThat(session.status().known()).isEmpty();
        assertThat(session.status().raw()).isEqualTo("ON_HOLD");
        assertThat(json.readTree(json.writeValueAsString(session)).get("status").asText()).isEqualTo("ON_HOLD");
    }

    @Test
    void amountsStayExactAndAreWrittenAsDecimalStrings() throws Exception {
        JsonNode body = json.valueToTree(new RefundRequest(new BigDecimal("150.00"), "duplicate"));

        assertThat(body.get("amount").isTextual()).isTrue();
        assertThat(body.get("amount").asText()).isEqualTo("150.00");
        assertThat(json.readValue("{\"maxRefundable\":\"1850.10\"}", RefundSummary.class).maxRefundable())
                .isEqualTo(new BigDecimal("1850.10"));
        assertThat(json.readValue("{\"maxRefundable\":1850.10}", RefundSummary.class).maxRefundable())
                .isEqualTo(new BigDecimal("1850.10"));
    }

    @Test
    void timestampsAreWrittenAsIsoInstants() throws Exception {
        JsonNode node = json.valueToTree(new RefundCreated("r", "p", OpenEnum.of(PaymentStatus.RECEIVED),
                new BigDecimal("1"), "ARS", Instant.parse("2026-04-17T14:37:44Z")));

        assertThat(node.get("createdAt").asText()).isEqualTo("2026-04-17T14:37:44Z");
        assertThat(node.get("status").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void paymentNodeKeepsItsRailObject() throws Exception {
        String origin = """
                {"type":"ETPAY","currency":"CLP","etpay":{"url":"https://bank.example/x","token":"t1"}}
                """;
        PaymentNode node = json.readValue(origin, PaymentNode.class);

        assertThat(node.type().is(PaymentMethodType.ETPAY)).isTrue();
        assertThat(node.rails()).containsKey("etpay");
        assertThat(json.readTree(json.writeValueAsString(node)).at("/etpay/url").asText()).isEqualTo("https://bank.example/x");
    }

    @Test
    void listEnvelopeReadsIntoAPage() throws Exception {
        Page<CheckoutSession> page = json.readValue(
                "{\"pagination\":{\"count\":1,\"next\":1,\"previous\":0,\"total\":1},\"results\":[" + SESSION + "]}",
                new TypeReference<Page<CheckoutSession>>() { });

        assertThat(page.pagination().total()).isEqualTo(1);
        assertThat(page.results()).hasSize(1);
        assertThat(page.results().get(0).status().is(CheckoutSessionStatus.ATTEMPT)).isTrue();
    }

    @Test
    void requestsLeaveOutWhatIsNotSet() throws Exception {
        CreateCheckoutSessionRequest minimal = new CreateCheckoutSessionRequest(
                "tok-1", null, "CLP", List.of(), null, null, 60, null, null, "https://a.example/ok", null);

        JsonNode node = json.valueToTree(minimal);

        assertThat(node.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("checkoutToken", "currency", "duration", "successUrl");
    }
}
