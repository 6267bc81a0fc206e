package dev.checkoutconsole.cli;

import dev.checkoutconsole.sandbox.SandboxOptions;
import dev.checkoutconsole.testsupport.EmbeddedSandboxes;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code demo --sandbox} in-process against a fresh embedded sandbox: every step is printed with its request lines,
 * statuses, durations and traceIds, and the exit code is 0. (SecretCanaryTest checks the output for secrets.)
 */
class DemoCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CliEnvironment environment = new CliEnvironment(Map.of(),
                EmbeddedSandboxes.with(SandboxOptions.builder().port(0).seedSessions(10).build(), server -> { }),
                question -> Optional.empty(), new PrintWriter(out, true), new PrintWriter(err, true));
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

}
