package dev.checkoutconsole.ui.demo;

import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.ConnectionSettings;
import dev.checkoutconsole.service.Secret;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.testsupport.LocalDataFixture;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.PaymentFlowDemo;
import dev.checkoutconsole.service.PaymentFlowDemo.Step;
import dev.checkoutconsole.service.SessionTimeline;
import dev.checkoutconsole.sandbox.ChaosSettings;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.testsupport.SandboxTime;
import dev.checkoutconsole.ui.common.QueuedUiExecutor;
import dev.checkoutconsole.ui.common.TaskExecutor;
import dev.checkoutconsole.ui.demo.DemoViewModel.StepRow;
import dev.checkoutconsole.ui.demo.DemoViewModel.StepState;
import dev.checkoutconsole.ui.payment.PaymentDialogViewModel;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo wizard's view-model against the embedded sandbox, on one thread, paying through the real dialog's view-model. */
class DemoViewModelTest {
    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(20).build();

    @RegisterExtension
    static final LocalDataFixture local = new LocalDataFixture();
    private final ActiveConnection connection = new ActiveConnection(local.data().audit());
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final List<HttpExchange> sent = new CopyOnWriteArrayList<>();
    private final List<CheckoutSession> dialogShownFor = new ArrayList<>();
    /** Whether the payer submits the payment in the dialog or closes it without paying. */
    private boolean payerSubmits = true;
    private DemoViewModel viewModel;

    @BeforeEach
    void connect() {
        connection.onExchange(sent::add);
        connection.switchTo(new OperatorContext("agent-ana", "Embedded sandbox", false), sandbox.connectionSettings());
        viewModel = wizard(PaymentFlowDemo.SandboxControls.embedded(sandbox.asEmbeddedSandbox().start()));
    }

    @AfterEach
    void disconnect() {
        connection.close();
    }

    private DemoViewModel wizard(PaymentFlowDemo.SandboxControls controls) {
        Clock clock = new SandboxTime(sandbox.clock());
        // Waiting between polls moves the sandbox's clock ten times as far instead of sleeping: a countdown is quick.
        PaymentFlowDemo demo = new PaymentFlowDemo(connection, controls, clock,
                duration -> sandbox.clock().advance(duration.multipliedBy(10)));
        return new DemoViewModel(demo, controls, this::payInTheConsolesDialog, local.data(), TaskExecutor.sameThread(), dialogs, clock);
    }

    /** What the console's payment dialog does when the payer fills it in and submits, or closes it. */
    private Optional<Payment> payInTheConsolesDialog(CheckoutSession session) {
        dialogShownFor.add(session);
        PaymentDialogViewModel dialog = new PaymentDialogViewModel(connection, TaskExecutor.sameThread(), ZoneOffset.UTC, session);
        if (!payerSubmits) {
            return Optional.empty();
        }
        dialog.methodProperty().set(dialog.methods().get(0));
        dialog.customerInputs().forEach((name, input) -> input.set(name.equals("email") ? "jane@example.com" : "Jane"));
        dialog.submit();
        return Optional.ofNullable(dialog.paymentProperty().get());
    }

    private StepRow row(Step step) {
        return viewModel.row(step);
    }

    private void run(Step step) {
        viewModel.selectedProperty().set(row(step));
        viewModel.runSelected();
    }

    @Test
    void runAllTakesEveryStepButTheOptionalRefundToDoneEachWithItsRequestsAndTheSessionsTimeline() {
        viewModel.runAll();

        assertThat(row(Step.REFUND).stateProperty().get()).as("the refund is optional").isEqualTo(StepState.PENDING);
        for (StepRow row : viewModel.steps().subList(0, 6)) {
            assertThat(row.stateProperty().get()).as(row.title() + ": " + row.reportProperty().get()).isEqualTo(StepState.DONE);
            assertThat(row.reportProperty().get().exchanges()).as(row.title()).isNotEmpty()
                    .allSatisfy(exchange -> {
                        assertThat(exchange.status()).isBetween(200, 299);
                        assertThat(exchange.traceId()).isNotBlank();
                    });
        }
        assertThat(viewModel.steps()).extracting(StepRow::step).containsExactly(Step.CREATE_LINK, Step.OPEN_SESSION, Step.PAY,
                Step.CONFIRM, Step.WATCH, Step.EXPIRE_AND_REFRESH, Step.REFUND);
        CheckoutSession paid = dialogShownFor.get(0);
        assertThat(paths(Step.PAY)).contains("POST /checkout-sessions/" + paid.id() + "/payments");
        assertThat(paths(Step.OPEN_SESSION)).anyMatch(path -> path.matches("POST /payment-links/token/demo-[0-9a-f]{8}/checkout-sessions"));
        assertThat(paths(Step.CONFIRM)).contains("POST /payments/received");
        assertThat(paths(Step.EXPIRE_AND_REFRESH)).anyMatch(path -> path.matches("POST /checkout-sessions/token/\\S+/refresh"));
        assertThat(row(Step.WATCH).reportProperty().get().summary()).contains("FINISHED").contains("SETTLED");

        // The optional refund is offered next; the expiry step shows the life of its own session.
        assertThat(viewModel.selectedProperty().get().step()).isEqualTo(Step.REFUND);
        viewModel.selectedProperty().set(row(Step.EXPIRE_AND_REFRESH));
        assertThat(kinds()).containsSubsequence(SessionTimeline.Kind.CREATED, SessionTimeline.Kind.EXPIRED, SessionTimeline.Kind.REFRESHED);
        viewModel.selectedProperty().set(row(Step.WATCH));
        assertThat(kinds()).containsSubsequence(SessionTimeline.Kind.CREATED, SessionTimeline.Kind.PAYMENT_CREATED, SessionTimeline.Kind.SETTLED);
        assertThat(viewModel.timelineTitleProperty().get()).contains("demo session");
        assertThat(viewModel.exchanges()).hasSize(2);
        assertThat(viewModel.requestTextProperty().get()).startsWith("GET " + sandbox.baseUrl() + "/checkout-sessions/" + paid.id());
        assertThat(viewModel.responseTextProperty().get()).startsWith("HTTP 200 · ").contains("traceId ").contains("\"FINISHED\"");
    }

    private List<String> paths(Step step) {
        return row(step).reportProperty().get().exchanges().stream().map(e -> e.method() + " " + e.path()).toList();
    }

    private List<SessionTimeline.Kind> kinds() {
        return viewModel.timeline().stream().map(SessionTimeline.Event::kind).toList();
    }

    @Test
    void aStepRunsAgainAndTheDemoRestartsFromTheFirstStep() {
        run(Step.CREATE_LINK);
        String firstLink = row(Step.CREATE_LINK).reportProperty().get().summary();
        assertThat(viewModel.selectedProperty().get().step()).as("a done step moves on to the next").isEqualTo(Step.OPEN_SESSION);
        run(Step.CREATE_LINK);
        assertThat(row(Step.CREATE_LINK).stateProperty().get()).isEqualTo(StepState.DONE);
        assertThat(row(Step.CREATE_LINK).reportProperty().get().summary()).isNotEqualTo(firstLink).startsWith("Created link ");
        run(Step.OPEN_SESSION);
        assertThat(viewModel.timeline()).extracting(SessionTimeline.Event::kind).containsExactly(SessionTimeline.Kind.CREATED);

        viewModel.restart();

        assertThat(viewModel.steps()).allSatisfy(row -> {
            assertThat(row.stateProperty().get()).isEqualTo(StepState.PENDING);
            assertThat(row.reportProperty().get()).isNull();
        });
        assertThat(viewModel.selectedProperty().get().step()).isEqualTo(Step.CREATE_LINK);
        assertThat(viewModel.timeline()).isEmpty();
        assertThat(viewModel.exchanges()).isEmpty();
        run(Step.OPEN_SESSION);
        assertThat(row(Step.OPEN_SESSION).stateProperty().get()).as("the old link is forgotten").isEqualTo(StepState.FAILED);
    }

    @Test
    void badInputFailsTheFirstStepNamingTheFieldAndSendsNothing() {
        viewModel.amountProperty().set("12,5x");
        run(Step.CREATE_LINK);
        assertThat(row(Step.CREATE_LINK).stateProperty().get()).isEqualTo(StepState.FAILED);
        assertThat(row(Step.CREATE_LINK).reportProperty().get().summary()).contains("amount");
        assertThat(row(Step.CREATE_LINK).reportProperty().get().advice()).contains("amount").contains("Nothing was sent");

        viewModel.amountProperty().set("1000");
        viewModel.durationSecondsProperty().set("10");
        run(Step.CREATE_LINK);
        assertThat(row(Step.CREATE_LINK).reportProperty().get().advice()).contains("duration");

        viewModel.durationSecondsProperty().set("600");
        viewModel.methods().values().forEach(chosen -> chosen.set(false));
        run(Step.CREATE_LINK);
        assertThat(row(Step.CREATE_LINK).reportProperty().get().advice()).contains("methods");
        assertThat(sent).isEmpty();

        viewModel.methods().get("WEBPAY").set(true);
        viewModel.currencyProperty().set("usd");
        run(Step.CREATE_LINK);
        assertThat(row(Step.CREATE_LINK).stateProperty().get()).isEqualTo(StepState.DONE);
        assertThat(row(Step.CREATE_LINK).reportProperty().get().summary()).contains("1,000.00 USD");
        assertThat(row(Step.CREATE_LINK).reportProperty().get().exchanges()).last()
                .satisfies(exchange -> assertThat(exchange.requestBody()).contains("\"WEBPAY\"").doesNotContain("ETPAY").contains("\"duration\":600"));
    }

    @Test
    void aStepRunBeforeItsTurnSaysWhatToRunFirst() {
        run(Step.OPEN_SESSION);

        assertThat(row(Step.OPEN_SESSION).stateProperty().get()).isEqualTo(StepState.FAILED);
        assertThat(row(Step.OPEN_SESSION).reportProperty().get().advice()).isEqualTo("Run the earlier steps first.");
        assertThat(viewModel.selectedProperty().get().step()).as("a failed step stays selected").isEqualTo(Step.OPEN_SESSION);
        assertThat(sent).isEmpty();
    }

    @Test
    void closingThePaymentDialogWithoutPayingFailsThePayStepUntilItIsRunAgain() {
        run(Step.CREATE_LINK);
        run(Step.OPEN_SESSION);
        payerSubmits = false;
        run(Step.PAY);
        assertThat(row(Step.PAY).stateProperty().get()).isEqualTo(StepState.FAILED);
        assertThat(row(Step.PAY).reportProperty().get().summary()).contains("closed without a payment");
        assertThat(row(Step.PAY).reportProperty().get().advice()).contains("submit the payment");

        payerSubmits = true;
        run(Step.PAY);
        assertThat(row(Step.PAY).stateProperty().get()).isEqualTo(StepState.DONE);
        assertThat(dialogShownFor).hasSize(2).allSatisfy(session -> assertThat(session.id()).isEqualTo(dialogShownFor.get(0).id()));
        String id = dialogShownFor.get(0).id();
        assertThat(paths(Step.PAY)).as("the dialog reads the session's payments before it lets the payment be sent")
                .containsExactly("GET /payments?checkoutSessionId=" + id, "GET /checkout-sessions/" + id,
                        "POST /checkout-sessions/" + id + "/payments", "GET /checkout-sessions/" + id);
    }

    @Test
    void anErrorAnswerShowsAtItsStepWithItsStatusTraceIdAndWhatToDo() {
        run(Step.CREATE_LINK);
        sandbox.server().setChaos(ChaosSettings.NONE.withErrorRate(1.0));
        run(Step.CREATE_LINK);

        StepRow create = row(Step.CREATE_LINK);
        assertThat(create.stateProperty().get()).isEqualTo(StepState.FAILED);
        HttpExchange failed = create.reportProperty().get().exchanges().get(create.reportProperty().get().exchanges().size() - 1);
        assertThat(failed.status()).isBetween(500, 599);
        assertThat(create.reportProperty().get().summary()).contains("HTTP " + failed.status()).contains(failed.traceId());
        assertThat(create.reportProperty().get().advice()).contains("quote the traceId to support");
        assertThat(viewModel.responseTextProperty().get()).startsWith("HTTP " + failed.status() + " · ").contains("traceId " + failed.traceId());

        sandbox.server().setChaos(ChaosSettings.NONE);
        run(Step.CREATE_LINK);
        assertThat(create.stateProperty().get()).isEqualTo(StepState.DONE);
    }

    /** The embedded sandbox refuses nothing the console lets through, so the refusal comes from a scripted server. */
    @Test
    void anInputTheServerRefusesSaysToCheckTheStepsValues() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
                    .body("{\"status\":400,\"code\":\"11\",\"type\":\"invalidParam\","
                            + "\"detail\":\"amount exceeds the merchant's limit\",\"traceId\":\"trace-400\"}").build());
            server.start();
            connection.switchTo(new OperatorContext("agent-ana", "Staging", false), new ConnectionSettings(
                    server.url("/").toString(), ApiVersion.V2, Secret.ofNullable("key"), Secret.ofNullable("token"), null, null));
            viewModel = wizard(PaymentFlowDemo.SandboxControls.none());

            run(Step.CREATE_LINK);

            StepRow create = row(Step.CREATE_LINK);
            assertThat(create.stateProperty().get()).isEqualTo(StepState.FAILED);
            assertThat(create.reportProperty().get().summary()).contains("HTTP 400").contains("trace-400");
            assertThat(create.reportProperty().get().advice())
                    .isEqualTo("The server refused the input: check the values of this step and run it again.");
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void onALiveProfileNoStepRunsAndNothingIsSent() {
        connection.switchTo(new OperatorContext("agent-ana", "Production", true), sandbox.connectionSettings());
        sent.clear();

        run(Step.CREATE_LINK);

        StepRow create = row(Step.CREATE_LINK);
        assertThat(create.stateProperty().get()).isEqualTo(StepState.FAILED);
        assertThat(create.reportProperty().get().summary()).startsWith("The demo does not run on a LIVE profile");
        assertThat(create.reportProperty().get().advice()).contains("sandbox profile");
        assertThat(sent).isEmpty();
    }

    @Test
    void aCurrencyTheApiDoesNotTakeIsNamedAndNothingIsSent() {
        viewModel.currencyProperty().set("JPY");
        run(Step.CREATE_LINK);

        StepRow create = row(Step.CREATE_LINK);
        assertThat(create.stateProperty().get()).isEqualTo(StepState.FAILED);
        assertThat(create.reportProperty().get().exchanges()).isEmpty();
        assertThat(create.reportProperty().get().advice()).isEqualTo("Correct currency above and run the step again. Nothing was sent.");
    }

    @Test
    void watchingBeforeTheProviderConfirmedCountsDownAndThenSaysWhatToDo() {
        run(Step.CREATE_LINK);
        run(Step.OPEN_SESSION);
        run(Step.PAY);
        List<String> countdown = new ArrayList<>();
        row(Step.WATCH).progressProperty().addListener((observable, old, message) -> {
            if (!message.isEmpty()) {
                countdown.add(message);
            }
        });

        run(Step.WATCH);

        assertThat(countdown.get(0)).isEqualTo("Session PROCESSING_PAYMENT · payment CREATED · 60 s left");
        assertThat(countdown).containsSubsequence("Session PROCESSING_PAYMENT · payment CREATED · 60 s left",
                "Session PROCESSING_PAYMENT · payment CREATED · 30 s left", "Session PROCESSING_PAYMENT · payment CREATED · 0 s left");
        assertThat(row(Step.WATCH).stateProperty().get()).isEqualTo(StepState.FAILED);
        assertThat(row(Step.WATCH).reportProperty().get().advice()).contains("Run Confirm first");
        assertThat(row(Step.WATCH).progressProperty().get()).as("the countdown is cleared when the step ends").isEmpty();
    }

    @Test
    void theOptionalRefundGoesThroughTheReviewFlaggedByTheOperatorAndApprovedBySomeoneElse() {
        viewModel.runAll();
        viewModel.approverProperty().set("agent-ana");
        run(Step.REFUND);
        assertThat(row(Step.REFUND).stateProperty().get()).isEqualTo(StepState.FAILED);
        assertThat(row(Step.REFUND).reportProperty().get().summary()).contains("approver").contains("two-person rule");
        assertThat(row(Step.REFUND).reportProperty().get().exchanges()).as("nothing is sent").isEmpty();

        viewModel.approverProperty().set("second-agent");
        viewModel.refundAmountProperty().set("10000");
        run(Step.REFUND);

        StepRow refund = row(Step.REFUND);
        assertThat(refund.stateProperty().get()).as(String.valueOf(refund.reportProperty().get())).isEqualTo(StepState.DONE);
        assertThat(refund.reportProperty().get().summary()).contains("agent-ana flagged 10,000 CLP").contains("second-agent approved it")
                .endsWith("and the review is REFUNDED");
        String paymentId = viewModel.row(Step.PAY).reportProperty().get().summary().split(" ")[1];
        assertThat(paths(Step.REFUND)).contains("POST /payments/" + paymentId + "/refund");
        assertThat(kinds()).as("the demo session's timeline").containsSubsequence(SessionTimeline.Kind.SETTLED, SessionTimeline.Kind.REFUNDED);
        var review = new dev.checkoutconsole.service.RefundReviewService(local.data(), connection::connection, Clock.systemUTC())
                .list(dev.checkoutconsole.service.ReviewFilter.ALL, 100).stream().filter(r -> r.paymentId().equals(paymentId)).toList();
        assertThat(review).singleElement().satisfies(done -> {
            assertThat(done.state()).isEqualTo(dev.checkoutconsole.service.ReviewState.REFUNDED);
            assertThat(done.flaggedBy()).isEqualTo("agent-ana");
            assertThat(done.decidedBy()).isEqualTo("second-agent");
        });
    }

    @Test
    void theRefundBeforeAPaymentSaysWhatToRunFirst() {
        run(Step.REFUND);

        assertThat(row(Step.REFUND).stateProperty().get()).isEqualTo(StepState.FAILED);
        assertThat(row(Step.REFUND).reportProperty().get().advice()).isEqualTo("Run the earlier steps first.");
    }

    @Test
    void aStepStoppedWhileItPollsFailsAsCancelledAndCanRunAgain() throws InterruptedException {
        QueuedUiExecutor ui = new QueuedUiExecutor();
        PaymentFlowDemo.SandboxControls controls = PaymentFlowDemo.SandboxControls.embedded(sandbox.asEmbeddedSandbox().start());
        // Real time and short real waits: the watch would poll for a minute unless stopped.
        PaymentFlowDemo demo = new PaymentFlowDemo(connection, controls, Clock.systemUTC(), duration -> Thread.sleep(50));
        DemoViewModel wizard = new DemoViewModel(demo, controls, this::payInTheConsolesDialog, local.data(), ui, dialogs, Clock.systemUTC());
        for (Step step : List.of(Step.CREATE_LINK, Step.OPEN_SESSION, Step.PAY)) {
            wizard.selectedProperty().set(wizard.row(step));
            wizard.runSelected();
            ui.runUntil(step + " done", () -> wizard.row(step).stateProperty().get() == StepState.DONE, Duration.ofSeconds(10));
        }

        wizard.selectedProperty().set(wizard.row(Step.WATCH));
        wizard.runSelected();
        ui.runUntil("the countdown shows", () -> wizard.row(Step.WATCH).progressProperty().get().endsWith("s left"), Duration.ofSeconds(10));
        assertThat(wizard.runningProperty().get()).isTrue();
        wizard.cancel();
        ui.runUntil("the step ends", () -> !wizard.runningProperty().get(), Duration.ofSeconds(10));

        StepRow watch = wizard.row(Step.WATCH);
        assertThat(watch.stateProperty().get()).isEqualTo(StepState.FAILED);
        assertThat(watch.reportProperty().get().summary()).isEqualTo("Cancelled");
        assertThat(watch.reportProperty().get().advice()).contains("run it again");
        assertThat(watch.progressProperty().get()).isEmpty();

        wizard.selectedProperty().set(wizard.row(Step.CONFIRM));
        wizard.runSelected();
        ui.runUntil("confirmed", () -> wizard.row(Step.CONFIRM).stateProperty().get() == StepState.DONE, Duration.ofSeconds(10));
        wizard.selectedProperty().set(watch);
        wizard.runSelected();
        ui.runUntil("watched", () -> watch.stateProperty().get() == StepState.DONE, Duration.ofSeconds(10));
    }

    @Test
    void copyAsCurlGivesTheSelectedRequestWithSecretsAsShellVariables() {
        run(Step.CREATE_LINK);
        viewModel.selectedProperty().set(row(Step.CREATE_LINK));
        HttpExchange create = viewModel.exchanges().stream().filter(e -> e.path().equals("/payment-links")).findFirst().orElseThrow();
        viewModel.selectedExchangeProperty().set(create);

        viewModel.copyAsCurl();

        assertThat(dialogs.clipboard()).hasSize(1);
        assertThat(dialogs.clipboard().get(0)).startsWith("curl -X POST '" + sandbox.baseUrl() + "/payment-links'")
                .contains("\"x-api-key: $CONOMY_API_KEY\"").contains("\"Authorization: Bearer $CONOMY_ACCESS_TOKEN\"")
                .contains("--data '{").doesNotContain(sandbox.apiKey()).doesNotContain(sandbox.clientSecret());
    }

    @Test
    void theConfirmStepSaysWhatItDoesOnTheProfileInUse() {
        viewModel.selectedProperty().set(row(Step.CONFIRM));
        assertThat(viewModel.stepHelpProperty().get()).contains("embedded sandbox").contains("settles the payment");

        DemoViewModel onARealEnvironment = wizard(PaymentFlowDemo.SandboxControls.none());
        onARealEnvironment.selectedProperty().set(onARealEnvironment.row(Step.CONFIRM));
        assertThat(onARealEnvironment.stepHelpProperty().get()).contains("the real provider confirms").contains("polling");
        onARealEnvironment.selectedProperty().set(onARealEnvironment.row(Step.EXPIRE_AND_REFRESH));
        assertThat(onARealEnvironment.stepHelpProperty().get()).contains("waits for it to expire");
    }
}
