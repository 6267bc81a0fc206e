package dev.checkoutconsole.ui.httplog;

import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.HttpHeader;
import dev.checkoutconsole.api.model.ModelJson;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.testsupport.LocalDataFixture;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.HttpLog;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.PaymentFlowDemo;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.ui.common.BackgroundTask;
import dev.checkoutconsole.ui.common.TaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP log panel's view-model: real exchanges with the sandbox for filters and detail; made-up ones for the bounds. */
class HttpLogViewModelTest {
    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(20).build();

    @RegisterExtension
    static final LocalDataFixture local = new LocalDataFixture();
    private static ActiveConnection connection;
    private static final HttpLog log = new HttpLog(HttpLog.DEFAULT_CAPACITY);

    private final ScriptedDialogService dialogs = new ScriptedDialogService();

    /** A few calls of each kind: the auth, a list, a link created, a session that is not there. */
    @BeforeAll
    static void makeSomeCalls() {
        connection = new ActiveConnection(local.data().audit());
        connection.onExchange(log);
        connection.switchTo(new OperatorContext("agent-ana", "Embedded sandbox", false), sandbox.connectionSettings());
        PaymentFlowDemo demo = new PaymentFlowDemo(connection, PaymentFlowDemo.SandboxControls.of(sandbox.connectionSettings()),
                Clock.systemUTC(), duration -> { });
        assertThat(demo.createLink(PaymentFlowDemo.LinkSpec.example(), new Cancellation()).ok()).isTrue();
        connection.connection().sessions().list(dev.checkoutconsole.api.model.CheckoutSessionQuery.all(), new Cancellation());
        assertThatThrownBy(() -> connection.connection().sessions().get("000000000000000000000000", new Cancellation()))
                .hasMessageContaining("404");
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    private HttpLogViewModel panel() {
        return new HttpLogViewModel(log, TaskExecutor.sameThread(), dialogs, Clock.systemUTC());
    }

    @Test
    void showsEveryExchangeNewestFirstAndFiltersByMethodStatusAndPath() {
        HttpLogViewModel panel = panel();
        List<HttpExchange> all = List.copyOf(panel.exchanges());
        assertThat(all).hasSizeGreaterThanOrEqualTo(4).isSortedAccordingTo((a, b) -> b.startedAt().compareTo(a.startedAt()));
        assertThat(all.get(0).path()).isEqualTo("/checkout-sessions/000000000000000000000000");
        assertThat(panel.countTextProperty().get()).startsWith(all.size() + " of " + all.size() + " exchange(s) shown");

        panel.methodProperty().set("POST");
        assertThat(panel.exchanges()).isNotEmpty().allSatisfy(exchange -> assertThat(exchange.method()).isEqualTo("POST"))
                .extracting(HttpExchange::path).contains("/auth", "/payment-links");

        panel.methodProperty().set("");
        panel.statusProperty().set("4xx");
        assertThat(panel.exchanges()).extracting(HttpExchange::status).containsOnly(404);

        panel.statusProperty().set("");
        panel.pathProperty().set("PAYMENT-LINKS");
        assertThat(panel.exchanges()).extracting(HttpExchange::path).containsOnly("/payment-links");
        assertThat(panel.countTextProperty().get()).startsWith("1 of " + all.size());

        panel.clearFilters();
        assertThat(panel.exchanges()).containsExactlyElementsOf(all);
    }

    @Test
    void theDetailShowsTheRequestAndTheAnswerRedacted() {
        HttpLogViewModel panel = panel();
        HttpExchange notFound = panel.exchanges().get(0);

        panel.selectedProperty().set(notFound);

        assertThat(panel.requestTextProperty().get()).startsWith("GET " + sandbox.baseUrl() + "/checkout-sessions/000000000000000000000000\n")
                .containsPattern("(?i)x-api-key: \\S+").doesNotContain(sandbox.apiKey());
        assertThat(panel.responseTextProperty().get()).startsWith("HTTP 404 · ").contains("traceId " + notFound.traceId())
                .contains("\"status\" : 404");
        panel.selectedProperty().set(panel.exchanges().stream().filter(e -> e.path().equals("/auth")).findFirst().orElseThrow());
        assertThat(panel.requestTextProperty().get()).startsWith("POST " + sandbox.baseUrl() + "/auth\n").contains("clientSecret")
                .doesNotContain(sandbox.clientSecret());

        panel.statusProperty().set("2xx");
        assertThat(panel.selectedProperty().get()).as("a filter that hides the selected exchange clears the detail").isNotNull();
        panel.statusProperty().set("4xx");
        assertThat(panel.selectedProperty().get()).isNull();
        assertThat(panel.requestTextProperty().get()).isEmpty();
    }

    @Test
    void copyAsCurlCopiesTheSelectedRequestWithShellVariablesForSecrets() {
        HttpLogViewModel panel = panel();
        panel.selectedProperty().set(panel.exchanges().stream().filter(e -> e.path().equals("/payment-links")).findFirst().orElseThrow());

        panel.copyAsCurl();

        assertThat(dialogs.clipboard()).singleElement().asString().startsWith("curl -X POST '" + sandbox.baseUrl() + "/payment-links'")
                .contains("$CONOMY_API_KEY").contains("$CONOMY_ACCESS_TOKEN").doesNotContain(sandbox.apiKey());
        assertThat(dialogs.notifications()).singleElement().asString().contains("CONOMY_API_KEY");
    }

    @Test
    void exportWritesTheExchangesShownAsJsonLines(@TempDir Path directory) throws IOException {
        HttpLogViewModel panel = panel();
        panel.methodProperty().set("POST");
        dialogs.saveTo(directory.resolve("posts.jsonl"));

        panel.export();

        List<String> lines = Files.readAllLines(directory.resolve("posts.jsonl"));
        assertThat(lines).hasSize(panel.exchanges().size());
        for (int i = 0; i < lines.size(); i++) {
            HttpExchange written = ModelJson.mapper().readValue(lines.get(i), HttpExchange.class);
            assertThat(written.method()).isEqualTo("POST");
            assertThat(written.url()).isEqualTo(panel.exchanges().get(i).url());
            assertThat(written.traceId()).isEqualTo(panel.exchanges().get(i).traceId());
        }
        assertThat(dialogs.notifications()).singleElement().asString().startsWith("Exported " + lines.size() + " exchange(s) to ");
        assertThat(panel.exportingProperty().get()).isFalse();
    }

    @Test
    void anExportThatCannotWriteSaysWhyInThePanelAndTheNextOneClearsIt(@TempDir Path directory) {
        HttpLogViewModel panel = panel();
        Path nowhere = directory.resolve("no-such-folder").resolve("log.jsonl");
        dialogs.saveTo(nowhere);

        panel.export();

        assertThat(panel.exportErrorProperty().get().message()).contains(nowhere.toString());
        assertThat(dialogs.notifications()).isEmpty();
        assertThat(panel.exportingProperty().get()).isFalse();

        dialogs.saveTo(directory.resolve("log.jsonl"));
        panel.export();

        assertThat(panel.exportErrorProperty().get()).isNull();
        assertThat(directory.resolve("log.jsonl")).exists();
    }

    @Test
    void exportCancelledInTheFileChooserWritesNothing(@TempDir Path directory) throws IOException {
        HttpLogViewModel panel = panel();
        dialogs.saveTo(null);

        panel.export();

        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
        assertThat(dialogs.notifications()).isEmpty();
    }

    // ---- bounds and batching, with made-up exchanges ----

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private static HttpExchange exchange(String method, String path, Integer status) {
        long sequence = SEQUENCE.incrementAndGet();
        return new HttpExchange(sequence, Instant.parse("2026-12-01T12:00:00Z").plusMillis(sequence), method,
                "http://127.0.0.1:1" + path, List.of(new HttpHeader("x-api-key", "[REDACTED]")), null, status, List.of(),
                "{}", Duration.ofMillis(3), "trace-" + sequence, status == null ? "timeout" : null);
    }

    @Test
    void keepsOnlyWhatTheLogKeepsAndDropsTheOldestFromAFilteredView() {
        HttpLog small = new HttpLog(5);
        HttpLogViewModel panel = new HttpLogViewModel(small, TaskExecutor.sameThread(), dialogs, Clock.systemUTC());
        panel.methodProperty().set("GET");
        List<HttpExchange> made = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            HttpExchange next = exchange(i % 2 == 0 ? "GET" : "POST", "/payments/" + i, 200);
            made.add(next);
            small.accept(next);
        }

        // The log keeps exchanges 3..7; of those, the GETs are 4 and 6.
        assertThat(panel.exchanges()).containsExactly(made.get(6), made.get(4));
        panel.clearFilters();
        assertThat(panel.exchanges()).containsExactly(made.get(7), made.get(6), made.get(5), made.get(4), made.get(3));
        assertThat(panel.countTextProperty().get()).isEqualTo("5 of 5 exchange(s) shown · the last 5 are kept");
    }

    @Test
    void aBurstOfExchangesFromManyThreadsReachesTheUiThreadInOneHandOver() throws InterruptedException {
        ConcurrentLinkedQueue<Runnable> uiThread = new ConcurrentLinkedQueue<>();
        TaskExecutor queuedUi = new TaskExecutor() {
            @Override
            public <T> Cancellation execute(BackgroundTask<T> task) {
                throw new AssertionError("the log starts no task here");
            }

            @Override
            public void onUiThread(Runnable action) {
                uiThread.add(action);
            }
        };
        HttpLog busy = new HttpLog(HttpLog.DEFAULT_CAPACITY);
        HttpLogViewModel panel = new HttpLogViewModel(busy, queuedUi, dialogs, Clock.systemUTC());
        ExecutorService callers = Executors.newFixedThreadPool(8);
        CountDownLatch done = new CountDownLatch(1_500);
        for (int i = 0; i < 1_500; i++) {
            callers.execute(() -> {
                busy.accept(exchange("GET", "/checkout-sessions", 200));
                done.countDown();
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        callers.shutdown();

        assertThat(uiThread).as("the UI thread was busy, so the exchanges waited for one hand-over").hasSize(1);
        uiThread.poll().run();

        assertThat(panel.exchanges()).hasSize(HttpLog.DEFAULT_CAPACITY).containsExactlyElementsOf(busy.snapshot());
        busy.accept(exchange("DELETE", "/checkout-sessions/x", 204));
        assertThat(uiThread).hasSize(1);
        uiThread.poll().run();
        assertThat(panel.exchanges().get(0).method()).isEqualTo("DELETE");
        assertThat(panel.exchanges()).hasSize(HttpLog.DEFAULT_CAPACITY);
    }
}
