package dev.checkoutconsole.api;

import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.InvalidInputException;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.TimeUnit;

import static dev.checkoutconsole.api.ConomyClientEndpointsTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Base URL, API version and path safety: the settings that decide where a request goes and what it says. */
class ConomyClientConnectionTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final ClientFixture fixture = new ClientFixture();

    @Test
    void versionOneSendsNoVersionHeader() throws Exception {
        server.enqueue(json(200, ApiExamples.SESSION));
        try (ConomyClient client = fixture.client(ClientFixture.config(server.url("/").toString(),
                ClientFixture.ACCESS_TOKEN, null, null, ApiVersion.V1, ClientFixture.RETRY_4))) {
            client.getCheckoutSession("s1").execute();
        }

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getHeaders().names()).doesNotContain("conomyhq-api-version");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + ClientFixture.ACCESS_TOKEN);
    }

    @Test
    void versionTwoSendsTheDatedVersionHeader() throws Exception {
        server.enqueue(json(200, ApiExamples.SESSION));
        try (ConomyClient client = fixture.withToken(server)) {
            client.getCheckoutSession("s1").execute();
        }

        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("conomyhq-api-version")).isEqualTo("24-04-2025");
    }

    @Test
    void userAgentNamesTheProductAndItsVersion() throws Exception {
        server.enqueue(json(200, ApiExamples.SESSION));
        try (ConomyClient client = fixture.withToken(server)) {
            client.getCheckoutSession("s1").execute();
        }

        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("User-Agent"))
                .isEqualTo("checkout-console/" + ProductVersion.current())
                .matches("checkout-console/\\d+\\.\\d+\\.\\d+.*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sandbox", "/sandbox/"})
    void theBaseUrlPathPrefixIsKept(String prefix) throws Exception {
        server.enqueue(json(200, ApiExamples.SESSION_PAGE));
        try (ConomyClient client = fixture.client(ClientFixture.config(server.url(prefix).toString(),
                ClientFixture.ACCESS_TOKEN, null, null, ApiVersion.V2, ClientFixture.RETRY_4))) {
            client.listCheckoutSessions(CheckoutSessionQuery.all().withPage(10, 0)).execute();
        }

        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getTarget()).isEqualTo("/sandbox/checkout-sessions?limit=10&offset=0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com", "not a url", ""})
    void aBaseUrlThatIsNotHttpIsRefused(String baseUrl) {
        assertThatThrownBy(() -> new ConomyClient(ClientFixture.config(baseUrl, "t", null, null, ApiVersion.V2, null), null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("baseUrl"));
    }

    @Test
    void aBaseUrlWithCredentialsIsRefused() {
        assertThatThrownBy(() -> new ConomyClient(ClientFixture.config("https://user:pw@api.example.com", "t", null, null,
                ApiVersion.V2, null), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("user name or password")
                .hasMessageNotContaining("pw@");
    }

    @Test
    void anIdWithDotsAndASlashStaysOneSegment() throws Exception {
        server.enqueue(json(200, ApiExamples.SESSION));
        server.enqueue(json(200, ApiExamples.PAYMENT));
        server.enqueue(json(200, ApiExamples.SESSION));
        try (ConomyClient client = fixture.withToken(server)) {
            client.getCheckoutSession("../payments").execute();
            client.getPayment("a/b").execute();
            client.refreshCheckoutSession("x?y=1#z").execute();
        }

        RecordedRequest traversal = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(traversal.getTarget()).isEqualTo("/checkout-sessions/..%2Fpayments");
        assertThat(traversal.getUrl().pathSegments()).containsExactly("checkout-sessions", "../payments");
        RecordedRequest slash = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(slash.getTarget()).isEqualTo("/payments/a%2Fb");
        assertThat(slash.getUrl().pathSegments()).containsExactly("payments", "a/b");
        RecordedRequest query = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(query.getUrl().pathSegments()).containsExactly("checkout-sessions", "token", "x?y=1#z", "refresh");
        assertThat(query.getUrl().querySize()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "", "  "})
    void anIdThatWouldChangeThePathIsRefusedBeforeAnyRequest(String id) {
        try (ConomyClient client = fixture.withToken(server)) {
            assertThatThrownBy(() -> client.deleteCheckoutSession(id))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("checkoutSessionId"));
            assertThatThrownBy(() -> client.getPaymentLink(id)).isInstanceOf(InvalidInputException.class);
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void queryValuesAreEncoded() throws Exception {
        server.enqueue(json(200, ApiExamples.SESSION_PAGE));
        try (ConomyClient client = fixture.withToken(server)) {
            client.listCheckoutSessions(new CheckoutSessionQuery("a&b=c", null, "ATTEMPT#x", null, null, null, null, null)).execute();
        }

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(ConomyClientEndpointsTest.queryOf(request))
                .containsExactly(java.util.Map.entry("identityId", "a&b=c"), java.util.Map.entry("status", "ATTEMPT#x"));
    }

    @Test
    void withoutTokenOrCredentialsNothingIsSent() {
        try (ConomyClient client = fixture.client(ClientFixture.config(server.url("/").toString(), null, null, null,
                ApiVersion.V2, ClientFixture.RETRY_4))) {
            assertThatThrownBy(() -> client.getPayment("p1").execute())
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("clientId"));
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aCallRunsOnlyOnce() {
        server.enqueue(json(200, ApiExamples.SESSION));
        try (ConomyClient client = fixture.withToken(server)) {
            ApiCall<?> call = client.getCheckoutSession("s1");
            call.execute();
            assertThatThrownBy(call::execute).isInstanceOf(IllegalStateException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
