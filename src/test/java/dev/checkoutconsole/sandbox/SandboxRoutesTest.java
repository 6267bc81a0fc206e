package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.testsupport.TestHttp;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Routing, the /sandbox prefix, authentication, and the error answers of §5.1, over raw HTTP. */
class SandboxRoutesTest {
    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(50).seed(11L).build();

    private final TestHttp http = new TestHttp(sandbox);

    @ParameterizedTest
    @ValueSource(strings = {"", "/sandbox"})
    void everyRouteAnswersWithAndWithoutTheSandboxPrefix(String prefix) {
        JsonNode page = http.get(prefix + "/checkout-sessions?limit=2").json();
        String id = page.path("results").get(0).path("id").asText();

        assertThat(page.path("pagination").path("total").asInt()).isEqualTo(50);
        assertThat(http.get(prefix + "/checkout-sessions/" + id).json().path("id").asText()).isEqualTo(id);
        assertThat(http.get(prefix + "/payments?limit=1").status()).isEqualTo(200);
        assertThat(http.get(prefix + "/payment-links?limit=1").status()).isEqualTo(200);
        assertThat(http.get(prefix + "/refunds?limit=1").status()).isEqualTo(200);
    }

    @Test
    void authAnswersATokenOfTheConfiguredLifetime() {
        TestHttp.Answer answer = http.send("POST", "/sandbox/auth",
                "{\"clientId\":\"" + sandbox.clientId() + "\",\"clientSecret\":\"" + sandbox.clientSecret() + "\"}",
                Map.of("x-api-key", sandbox.apiKey()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(answer.json().path("expiresIn").asInt()).isEqualTo(3600);
        assertThat(answer.json().path("accessToken").asText()).isNotBlank();
    }

    @Test
    void wrongClientSecretIsUnauthorized() {
        TestHttp.Answer answer = http.send("POST", "/auth",
                "{\"clientId\":\"" + sandbox.clientId() + "\",\"clientSecret\":\"nope\"}", Map.of("x-api-key", sandbox.apiKey()));

        assertError(answer, 401, "41", "unauthorized");
    }

    @Test
    void missingTokenWrongKeyAndUnknownTokenAreUnauthorizedWithCode41() {
        String token = http.newToken();
        assertError(http.send("GET", "/checkout-sessions", null, Map.of("x-api-key", sandbox.apiKey())), 401, "41", "unauthorized");
        assertError(http.send("GET", "/checkout-sessions", null,
                Map.of("x-api-key", "wrong", "Authorization", "Bearer " + token)), 401, "41", "unauthorized");
        assertError(http.send("GET", "/checkout-sessions", null,
                Map.of("x-api-key", sandbox.apiKey(), "Authorization", "Bearer made-up")), 401, "41", "unauthorized");
    }

    @Test
    void anUnknownRouteIsNotFound() {
        assertError(http.get("/no-such-thing"), 404, "31", "notFound");
        assertError(http.get("/sandbox/checkout-sessions/a/b/c"), 404, "31", "notFound");
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertError(http.get("/checkout-sessions/000000000000000000000000"), 404, "31", "notFound");
        assertError(http.get("/payments/000000000000000000000000"), 404, "31", "notFound");
        assertError(http.get("/payment-links/000000000000000000000000"), 404, "31", "notFound");
    }

    @Test
    void malformedJsonIsAParsingError() {
        assertError(http.post("/checkout-sessions", "{\"checkoutToken\": "), 400, "14", "parsingResource");
        assertError(http.post("/checkout-sessions", "[1, 2]"), 400, "14", "parsingResource");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedBeforeItIsRead() {
        byte[] big = new byte[SandboxServer.MAX_BODY_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        TestHttp.Answer answer = http.sendBody("POST", "/checkout-sessions", RequestBody.create(big, MediaType.get("application/json")), http.authHeaders());

        assertError(answer, 413, "11", "invalidParam");
    }

    @Test
    void aChunkedBodyOverOneMebibyteIsRefusedToo() {
        RequestBody endless = new RequestBody() {
            @Override
            public MediaType contentType() {
                return MediaType.get("application/json");
            }

            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                try {
                    for (int i = 0; i < 20; i++) {
                        sink.write(chunk);
                    }
                } catch (IOException closedByServer) {
                    // The server answered and closed without reading the rest: the point of the test.
                }
            }
        };
        TestHttp.Answer answer = http.sendBody("POST", "/checkout-sessions", endless, http.authHeaders());

        assertError(answer, 413, "11", "invalidParam");
    }

    @Test
    void aBadListParameterIsInvalidParamNamingIt() {
        assertThat(assertError(http.get("/checkout-sessions?limit=0"), 400, "11", "invalidParam").path("detail").asText()).startsWith("limit");
        assertThat(assertError(http.get("/checkout-sessions?startDate=2025-01-01"), 400, "11", "invalidParam").path("detail").asText()).startsWith("startDate");
        assertThat(assertError(http.get("/checkout-sessions?sort=color:asc"), 400, "11", "invalidParam").path("detail").asText()).startsWith("sort");
        assertThat(assertError(http.get("/checkout-sessions?status=PAID"), 400, "11", "invalidParam").path("detail").asText()).startsWith("status");
        assertThat(assertError(http.get("/payments?offset=-1"), 400, "11", "invalidParam").path("detail").asText()).startsWith("offset");
    }

    static JsonNode assertError(TestHttp.Answer answer, int status, String code, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        JsonNode body = answer.json();
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("code").asText()).isEqualTo(code);
        assertThat(body.path("type").asText()).isEqualTo(type);
        assertThat(body.path("detail").asText()).isNotBlank();
        assertThat(body.path("traceId").asText()).matches("[0-9a-f-]{36}");
        assertThat(answer.header("x-trace-id")).isEqualTo(body.path("traceId").asText());
        return body;
    }
}
