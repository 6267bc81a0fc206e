package dev.checkoutconsole;

import com.fasterxml.jackson.databind.JsonNode;
import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.ModelJson;
import dev.checkoutconsole.cli.CliEnvironment;
import dev.checkoutconsole.cli.ConsoleCli;
import dev.checkoutconsole.sandbox.ChaosSettings;
import dev.checkoutconsole.sandbox.SandboxOptions;
import dev.checkoutconsole.sandbox.SandboxServer;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.ConnectionSettings;
import dev.checkoutconsole.service.HttpLog;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.PaymentFlowDemo;
import dev.checkoutconsole.service.Secret;
import dev.checkoutconsole.testsupport.EmbeddedSandboxes;
import dev.checkoutconsole.testsupport.LocalDataFixture;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import dev.checkoutconsole.ui.common.ExchangeText;
import dev.checkoutconsole.ui.common.TaskExecutor;
import dev.checkoutconsole.ui.demo.DemoViewModel;
import dev.checkoutconsole.ui.httplog.HttpLogViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known secret values (API key, client secret, and every access token the sandbox issues) must show nowhere the
 * console shows, copies or writes calls: the HTTP log panel's texts, copy as curl, the exported file, the demo
 * wizard's texts, the CLI demo's output, and what the console and its libraries log while the calls are made.
 */
class SecretCanaryTest {
    private static final String CANARY_API_KEY = "canary-S3CR3T-api-key-51f0";
    private static final String CANARY_CLIENT_SECRET = "canary-S3CR3T-client-secret-c2d9";
    private static final SandboxOptions CANARY_OPTIONS = SandboxOptions.builder().port(0).seedSessions(10)
            .apiKey(CANARY_API_KEY).clientId("canary-client").clientSecret(CANARY_CLIENT_SECRET).build();

    /** Every access token a sandbox of this test handed out, read off its answers to POST /auth. */
    private static final List<String> issuedTokens = new CopyOnWriteArrayList<>();
    private static SandboxServer server;
    @RegisterExtension
    static final LocalDataFixture local = new LocalDataFixture();
    private static ActiveConnection connection;
    private static final HttpLog log = new HttpLog(HttpLog.DEFAULT_CAPACITY);
    private static DemoViewModel wizard;
    /** What went to the console and to java.util.logging (the JDK's and the console's own loggers) meanwhile. */
    private static final ByteArrayOutputStream consoleOutput = new ByteArrayOutputStream();
    private static final List<String> logRecords = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void runTheDemoWithCanaryCredentials() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        Handler capture = new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                logRecords.add(formatter.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        // Everything java.util.logging would drop too: OkHttp's and the JDK's debug records.
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        System.setOut(new PrintStream(new Tee(out, consoleOutput), true));
        System.setErr(new PrintStream(new Tee(err, consoleOutput), true));
        try {
            LoggerFactory.getLogger(SecretCanaryTest.class).warn("capture probe through slf4j");
            System.getLogger(SecretCanaryTest.class.getName()).log(System.Logger.Level.WARNING, "capture probe through System.Logger");
            runTheDemo();
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(capture);
            root.setLevel(rootLevel);
        }
    }

    /** Writes to the console as before and keeps a copy. */
    private static final class Tee extends OutputStream {
        private final OutputStream console;
        private final OutputStream copy;

        Tee(OutputStream console, OutputStream copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            console.write(b);
            copy.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            console.write(bytes, offset, length);
            copy.write(bytes, offset, length);
        }
    }

    private static void runTheDemo() {
        server = SandboxServer.start(CANARY_OPTIONS);
        observeTokens(server);
        connection = new ActiveConnection(local.data().audit());
        connection.onExchange(log);
        connection.switchTo(new OperatorContext("agent-ana", "Canary sandbox", false), new ConnectionSettings(server.baseUrl(), ApiVersion.V2,
                Secret.ofNullable(CANARY_API_KEY), null, "canary-client", Secret.ofNullable(CANARY_CLIENT_SECRET)));
        PaymentFlowDemo.SandboxControls controls = PaymentFlowDemo.SandboxControls.of(connection.connection().settings());
        PaymentFlowDemo demo = new PaymentFlowDemo(connection, controls, Clock.systemUTC(), duration -> { });
        wizard = new DemoViewModel(demo, controls, session -> {
            throw new AssertionError("the pay step is not run here");
        }, local.data(), TaskExecutor.sameThread(), new ScriptedDialogService(), Clock.systemUTC());
        wizard.runSelected();
        wizard.runSelected();
        assertThat(wizard.steps().get(1).stateProperty().get()).isEqualTo(DemoViewModel.StepState.DONE);
        // A call that fails on the server, so an error answer is among what is checked.
        server.setChaos(ChaosSettings.NONE.withErrorRate(1.0));
        wizard.selectedProperty().set(wizard.steps().get(0));
        wizard.runSelected();
        server.setChaos(ChaosSettings.NONE);
        assertThat(wizard.steps().get(0).reportProperty().get().summary()).contains("HTTP 5");
        assertThat(log.snapshot()).extracting(HttpExchange::path).contains("/auth", "/payment-links");
        assertThat(issuedTokens).isNotEmpty();
    }

    private static void observeTokens(SandboxServer sandbox) {
        sandbox.addResponseObserver((method, path, status, body, contentType) -> {
            if (path.endsWith("/auth") && body != null) {
                try {
                    JsonNode token = ModelJson.mapper().readTree(body).get("accessToken");
                    if (token != null) {
                        issuedTokens.add(token.asText());
                    }
                } catch (IOException e) {
                    throw new AssertionError("the sandbox answered POST /auth with something that is not JSON", e);
                }
            }
        });
    }

    @AfterAll
    static void stop() {
        connection.close();
        server.close();
    }

    private static List<String> secrets() {
        List<String> secrets = new ArrayList<>(List.of(CANARY_API_KEY, CANARY_CLIENT_SECRET, "canary-S3CR3T"));
        secrets.addAll(issuedTokens);
        return secrets;
    }

    private static void assertNoSecretIn(String where, String text) {
        assertThat(text).as(where).isNotBlank();
        for (String secret : secrets()) {
            assertThat(text).as(where).doesNotContain(secret);
        }
    }

    @Test
    void nothingLoggedWhileTheCallsWereMadeHoldsASecret() {
        String logged = consoleOutput.toString(StandardCharsets.UTF_8) + String.join("", logRecords);

        assertThat(logged).as("the capture sees both logging routes")
                .contains("capture probe through slf4j").contains("capture probe through System.Logger");
        assertNoSecretIn("console output and log records", logged);
    }

    @Test
    void theHttpLogPanelShowsNoSecretInAnyExchange() {
        HttpLogViewModel panel = new HttpLogViewModel(log, TaskExecutor.sameThread(), new ScriptedDialogService(), Clock.systemUTC());
        assertThat(panel.exchanges()).hasSizeGreaterThanOrEqualTo(3);
        for (HttpExchange exchange : panel.exchanges()) {
            panel.selectedProperty().set(exchange);
            String where = exchange.method() + " " + exchange.path();
            assertNoSecretIn(where + " summary", ExchangeText.summary(exchange) + " " + exchange.traceId());
            assertNoSecretIn(where + " request", panel.requestTextProperty().get());
            assertNoSecretIn(where + " response", panel.responseTextProperty().get());
            assertNoSecretIn(where + " curl", panel.curlCommand());
        }
    }

    @Test
    void copyAsCurlCarriesShellVariablesInsteadOfTheSecrets() {
        HttpLogViewModel panel = new HttpLogViewModel(log, TaskExecutor.sameThread(), new ScriptedDialogService(), Clock.systemUTC());
        HttpExchange auth = panel.exchanges().stream().filter(e -> e.path().equals("/auth")).findFirst().orElseThrow();
        HttpExchange create = panel.exchanges().stream().filter(e -> e.path().equals("/payment-links")).findFirst().orElseThrow();

        panel.selectedProperty().set(auth);
        assertThat(panel.curlCommand()).contains("$CONOMY_API_KEY").contains("$CONOMY_CLIENT_SECRET");
        panel.selectedProperty().set(create);
        assertThat(panel.curlCommand()).contains("$CONOMY_API_KEY").contains("$CONOMY_ACCESS_TOKEN");
    }

    @Test
    void theExportedFileHoldsNoSecret(@TempDir Path directory) throws IOException {
        ScriptedDialogService dialogs = new ScriptedDialogService();
        dialogs.saveTo(directory.resolve("http-log.jsonl"));
        HttpLogViewModel panel = new HttpLogViewModel(log, TaskExecutor.sameThread(), dialogs, Clock.systemUTC());

        panel.export();

        String exported = Files.readString(directory.resolve("http-log.jsonl"));
        assertThat(exported.lines()).hasSize(panel.exchanges().size());
        assertNoSecretIn("the exported file", exported);
    }

    @Test
    void theDemoWizardShowsNoSecretAtAnyStep() {
        for (DemoViewModel.StepRow row : wizard.steps()) {
            wizard.selectedProperty().set(row);
            for (HttpExchange exchange : wizard.exchanges()) {
                wizard.selectedExchangeProperty().set(exchange);
                String where = row.title() + " · " + exchange.method() + " " + exchange.path();
                assertNoSecretIn(where + " request", wizard.requestTextProperty().get());
                assertNoSecretIn(where + " response", wizard.responseTextProperty().get());
                assertNoSecretIn(where + " curl", wizard.curlCommand());
            }
            if (row.reportProperty().get() != null) {
                assertNoSecretIn(row.title() + " outcome", row.reportProperty().get().summary() + " " + row.reportProperty().get().advice());
            }
        }
    }

    @Test
    void theCliDemoPrintsNoSecret() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(Map.of(), EmbeddedSandboxes.with(CANARY_OPTIONS, SecretCanaryTest::observeTokens),
                question -> Optional.empty(), new PrintWriter(out, true), new PrintWriter(err, true));
        int tokensBefore = issuedTokens.size();

        int exitCode = ConsoleCli.run(environment, "9.9.9-test", new String[] {"demo", "--sandbox"});

        assertThat(exitCode).as(out.toString() + err).isZero();
        assertThat(issuedTokens).as("the CLI's sandbox issued a token of its own").hasSizeGreaterThan(tokensBefore);
        assertNoSecretIn("the CLI demo's output", out.toString() + err);
    }
}
