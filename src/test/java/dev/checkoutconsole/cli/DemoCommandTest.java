package dev.checkoutconsole.cli;

import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.sandbox.SandboxOptions;
import dev.checkoutconsole.sandbox.SandboxServer;
import dev.checkoutconsole.service.ConnectionSettings;
import dev.checkoutconsole.service.EmbeddedSandbox;
import dev.checkoutconsole.service.Secret;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code demo --sandbox} in-process against a fresh embedded sandbox whose credentials are canary values: every step
 * is printed with its request lines, statuses, durations and traceIds, the exit code is 0, and no secret shows.
 */
class DemoCommandTest {
    private static final String CANARY_API_KEY = "canary-S3CR3T-api-key-7f3a";
    private static final String CANARY_CLIENT_SECRET = "canary-S3CR3T-client-secret-9b1c";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** The embedded sandbox as the app starts it, but with canary credentials. */
    private static final EmbeddedSandbox CANARY_SANDBOX = () -> {
        SandboxServer server = SandboxServer.start(SandboxOptions.builder().port(0).seedSessions(10)
                .apiKey(CANARY_API_KEY).clientId("demo-client").clientSecret(CANARY_CLIENT_SECRET).build());
        ConnectionSettings settings = new ConnectionSettings(server.baseUrl(), ApiVersion.V2, Secret.ofNullable(CANARY_API_KEY),
                null, "demo-client", Secret.ofNullable(CANARY_CLIENT_SECRET));
        return new EmbeddedSandbox.Running() {
            @Override
            public ConnectionSettings settings() {
                return settings;
            }

            @Override
            public void advanceClock(Duration duration) {
                server.clock().advance(duration);
            }

            @Override
            public void close() {
                server.close();
            }
        };
    };

    private int run(String... args) {
        CliEnvironment environment = new CliEnvironment(Map.of(), CANARY_SANDBOX, question -> Optional.empty(),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return ConsoleCli.run(environment, "9.9.9-test", args);
    }

    @Test
    void theDemoOnTheEmbeddedSandboxRunsEveryStepAndExitsZero() {
        int exitCode = run("demo", "--sandbox");

        String printed = out.toString();
        assertThat(exitCode).as(printed + err).isZero();
        assertThat(err.toString()).isEmpty();
        for (int step = 1; step <= 6; step++) {
            assertThat(printed).contains("Step " + step + "  ");
        }
        assertThat(printed).contains("Demo finished: every step did what it should.");
        assertThat(printed).doesNotContain("FAILED");
        // Each step prints its requests: method, URL, status, duration and traceId.
        Matcher requestLines = Pattern.compile("(?m)^  (GET|POST) http://127\\.0\\.0\\.1:\\d+/\\S+ → (\\d{3}) in \\d+ ms · traceId \\S+$")
                .matcher(printed);
        int count = 0;
        while (requestLines.find()) {
            count++;
            assertThat(Integer.parseInt(requestLines.group(2))).as(requestLines.group()).isBetween(200, 299);
        }
        assertThat(count).as(printed).isGreaterThanOrEqualTo(9);
        assertThat(printed).containsPattern("POST \\S+/payment-links/token/\\S+/checkout-sessions → 201");
        assertThat(printed).containsPattern("POST \\S+/checkout-sessions/token/\\S+/refresh → 20\\d");
        assertThat(printed).contains("is FINISHED and payment").contains("refreshed, it is");
        // Progress lines come under the step they belong to.
        assertThat(printed.indexOf("… Moving the sandbox clock forward")).isGreaterThan(printed.indexOf("Step 6  "));
        assertThat(printed).containsPattern("Timeline of the demo session\\n(.*\\n)*.*CREATED.*\\n(.*\\n)*.*PAYMENT_CREATED.*\\n(.*\\n)*.*SETTLED")
                .containsPattern("Timeline of the expiry step's session\\n(.*\\n)*.*EXPIRED.*\\n.*≈.*REFRESHED");
    }

    @Test
    void noCanarySecretShowsInTheDemosOutput() {
        run("demo", "--sandbox");

        assertThat(out.toString() + err).isNotBlank()
                .doesNotContain(CANARY_API_KEY).doesNotContain(CANARY_CLIENT_SECRET).doesNotContain("canary-S3CR3T");
    }
}
