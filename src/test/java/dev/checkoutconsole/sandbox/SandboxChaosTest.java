package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static dev.checkoutconsole.sandbox.SandboxRoutesTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fault injection: latency, 500/503, 429 with Retry-After, dropped connections, set at run time. */
class SandboxChaosTest {
    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(20).seed(3L).build();

    private final TestHttp http = new TestHttp(sandbox);

    @Test
    void anErrorRateOfOneAnswersEveryRequestWith500Or503InTheDocumentedShape() {
        http.authHeaders();
        sandbox.server().setChaos(ChaosSettings.NONE.withErrorRate(1.0));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            TestHttp.Answer answer = http.get("/checkout-sessions?limit=1");
            statuses.add(answer.status());
            JsonNode body = answer.json();
            assertThat(body.path("code").asText()).isIn("01", "02");
            assertThat(body.path("traceId").asText()).isNotBlank();
        }
        assertThat(statuses).containsOnly(500, 503);
    }

    @Test
    void pastTheRateLimitRequestsGet429WithRetryAfter() {
        http.authHeaders();
        sandbox.server().setChaos(ChaosSettings.NONE.withRateLimit(3));

        List<TestHttp.Answer> answers = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            answers.add(http.get("/checkout-sessions?limit=1"));
        }

        List<TestHttp.Answer> limited = answers.stream().filter(a -> a.status() == 429).toList();
        assertThat(limited).isNotEmpty();
        assertThat(answers.get(0).status()).isEqualTo(200);
        for (TestHttp.Answer answer : limited) {
            assertError(answer, 429, "32", "tooManyRequests");
            assertThat(Integer.parseInt(answer.header("Retry-After"))).isEqualTo(1);
        }
    }

    @Test
    void latencyDelaysEveryAnswer() {
        http.authHeaders();
        sandbox.server().setChaos(ChaosSettings.NONE.withLatency(200, 250));

        long started = System.nanoTime();
        assertThat(http.get("/checkout-sessions?limit=1").status()).isEqualTo(200);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMs).isGreaterThanOrEqualTo(200);
    }

    @Test
    void aDropRateOfOneClosesTheConnectionWithoutAnAnswer() {
        http.authHeaders();
        sandbox.server().setChaos(ChaosSettings.NONE.withDropRate(1.0));

        assertThatThrownBy(() -> http.get("/checkout-sessions?limit=1")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void chaosIsSetAtRunTimeThroughItsRouteWhichItselfIsSpared() {
        TestHttp.Answer set = http.post("/_sandbox/chaos", "{\"latencyMs\":[0,5],\"errorRate\":1,\"rateLimit\":0,\"dropRate\":0}");

        assertThat(set.status()).isEqualTo(200);
        assertThat(sandbox.server().chaos()).isEqualTo(new ChaosSettings(0, 5, 1.0, 0, 0));
        assertThat(http.get("/payments?limit=1").status()).isIn(500, 503);

        TestHttp.Answer off = http.post("/sandbox/_sandbox/chaos", "{}");
        assertThat(off.status()).isEqualTo(200);
        assertThat(sandbox.server().chaos().isNone()).isTrue();
        assertThat(http.get("/payments?limit=1").status()).isEqualTo(200);
    }

    @Test
    void aBadChaosSettingIsInvalidParamNamingIt() {
        assertThat(assertError(http.post("/_sandbox/chaos", "{\"errorRate\":2}"), 400, "11", "invalidParam")
                .path("detail").asText()).startsWith("errorRate");
        assertThat(assertError(http.post("/_sandbox/chaos", "{\"latencyMs\":[300,100]}"), 400, "11", "invalidParam")
                .path("detail").asText()).startsWith("latencyMs");
        assertThat(sandbox.server().chaos().isNone()).isTrue();
    }
}
