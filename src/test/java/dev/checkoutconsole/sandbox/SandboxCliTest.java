package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkoutconsole.app.SandboxCommand;
import dev.checkoutconsole.cli.CliEnvironment;
import dev.checkoutconsole.cli.ConsoleCli;
import dev.checkoutconsole.testsupport.SandboxFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line against the sandbox, as a support agent runs it, and the standalone sandbox command. */
class SandboxCliTest {
    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(120).seed(13L).build();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void sessionsListPrintsTheSandboxSessions() throws Exception {
        assertThat(run("sessions", "list", "--limit", "5", "--output", "json")).as(err.toString()).isZero();

        JsonNode page = new ObjectMapper().readTree(out.toString());
        assertThat(page.path("results")).hasSize(5);
        assertThat(page.path("pagination").path("total").asInt()).isEqualTo(120);
    }

    @Test
    void filtersReachTheSandboxAndTheTableShowsTheRows() {
        assertThat(run("sessions", "list", "--status", "FINISHED", "--sort", "totalAmount:desc", "--limit", "3")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("FINISHED").doesNotContain("PROCESSING_PAYMENT");
    }

    @Test
    void paymentsRefundsAndOneSessionArePrinted() throws Exception {
        assertThat(run("payments", "list", "--status", "SETTLED", "--limit", "2", "--output", "json")).as(err.toString()).isZero();
        JsonNode payments = new ObjectMapper().readTree(out.toString());
        String sessionId = payments.path("results").get(0).path("checkoutSessionId").asText();
        out.getBuffer().setLength(0);

        assertThat(run("sessions", "get", sessionId)).as(err.toString()).isZero();
        assertThat(out.toString()).contains(sessionId);
        out.getBuffer().setLength(0);

        assertThat(run("refunds", "list", "--limit", "2")).as(err.toString()).isZero();
        assertThat(out.toString()).isNotBlank();
    }

    @Test
    void aServerErrorIsPrintedWithItsCodeAndTraceId() {
        assertThat(run("sessions", "get", "000000000000000000000000")).isEqualTo(ConsoleCli.API_ERROR);

        assertThat(err.toString()).contains("HTTP 404").contains("code:    31").contains("notFound").containsPattern("traceId: [0-9a-f-]{36}");
    }

    @Test
    void theSandboxCommandPrintsItsAddressAndCredentialsThenServesUntilStopped() throws Exception {
        AtomicInteger exitCode = new AtomicInteger(-1);
        StringWriter standaloneOut = new StringWriter();
        CliEnvironment environment = environment(standaloneOut);
        Thread running = new Thread(() -> exitCode.set(ConsoleCli.run(environment, "test",
                new String[]{"sandbox", "--port", "0", "--seed-sessions", "40", "--seed", "1", "--api-key", "standalone-key"},
                new SandboxCommand())));
        running.start();

        Matcher listening = waitFor(standaloneOut, Pattern.compile("^Sandbox listening on http://127\\.0\\.0\\.1:(\\d+)$", Pattern.MULTILINE));
        int port = Integer.parseInt(listening.group(1));
        assertThat(standaloneOut.toString()).startsWith("Sandbox listening on").contains("standalone-key")
                .contains("sandbox-client").contains("sandbox-secret");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            assertThat(socket.isConnected()).isTrue();
        }
        List<String> args = new ArrayList<>(List.of("sessions", "list", "--output", "json", "--base-url", "http://127.0.0.1:" + port,
                "--api-key", "standalone-key", "--client-id", "sandbox-client", "--client-secret", "sandbox-secret"));
        StringWriter listed = new StringWriter();
        assertThat(ConsoleCli.run(environment(listed), "test", args.toArray(String[]::new))).isZero();
        assertThat(new ObjectMapper().readTree(listed.toString()).path("pagination").path("total").asInt()).isEqualTo(40);

        running.interrupt();
        running.join(10_000);
        assertThat(running.isAlive()).isFalse();
        assertThat(exitCode.get()).isZero();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--base-url", sandbox.baseUrl(), "--api-key", "sandbox-api-key",
                "--client-id", "sandbox-client", "--client-secret", "sandbox-secret"));
        return ConsoleCli.run(environment(out), "test", all.toArray(String[]::new));
    }

    private CliEnvironment environment(StringWriter output) {
        return new CliEnvironment(Map.of(), () -> {
            throw new AssertionError("these tests name the sandbox with --base-url");
        }, question -> Optional.empty(), new PrintWriter(output, true), new PrintWriter(err, true));
    }

    private static Matcher waitFor(StringWriter output, Pattern line) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Matcher matcher = line.matcher(output.toString());
            if (matcher.find()) {
                return matcher;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no line matching " + line + " in: " + output);
    }
}
