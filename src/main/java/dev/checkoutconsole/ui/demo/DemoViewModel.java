package dev.checkoutconsole.ui.demo;

import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.CurlCommand;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.PaymentFlowDemo;
import dev.checkoutconsole.service.PaymentFlowDemo.Step;
import dev.checkoutconsole.service.PaymentFlowDemo.StepReport;
import dev.checkoutconsole.service.SessionTimeline;
import dev.checkoutconsole.ui.common.BackgroundTask;
import dev.checkoutconsole.ui.common.DialogService;
import dev.checkoutconsole.ui.common.ErrorReport;
import dev.checkoutconsole.ui.common.ExchangeText;
import dev.checkoutconsole.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The payment-flow demo wizard: the steps with their state, the inputs of the first step, the selected step's
 * requests and answers (redacted), and the timeline of the session the step worked on. Steps run one at a time in
 * the background and can be stopped; any step can be run again, and the demo restarted. The pay step opens the
 * console's own payment dialog.
 */
public final class DemoViewModel {
    /** How long the watch step polls before it gives up. */
    static final Duration WATCH_TIMEOUT = Duration.ofSeconds(60);
    /** The methods offered in the first step; the first two are chosen at the start. */
    static final List<String> OFFERED_METHODS = List.of("ETPAY", "WEBPAY", "FINTOC", "CARD");

    public enum StepState { PENDING, RUNNING, DONE, FAILED }

    /** One step of the wizard as the list shows it. */
    public static final class StepRow {
        private final Step step;
        private final int number;
        private final ReadOnlyObjectWrapper<StepState> state = new ReadOnlyObjectWrapper<>(StepState.PENDING);
        private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
        private final ReadOnlyObjectWrapper<StepReport> report = new ReadOnlyObjectWrapper<>();

        StepRow(Step step, int number) {
            this.step = step;
            this.number = number;
        }

        public Step step() {
            return step;
        }

        public int number() {
            return number;
        }

        /** "3. Pay the session"; the optional refund says so. */
        public String title() {
            return number + ". " + step.title() + (step == Step.REFUND ? " (optional)" : "");
        }

        public ReadOnlyObjectProperty<StepState> stateProperty() {
            return state.getReadOnlyProperty();
        }

        /** What a long step is doing now, e.g. "Session ATTEMPT · payment CREATED · 42 s left". */
        public ReadOnlyStringProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        /** The outcome of its last run; null before it ran. */
        public ReadOnlyObjectProperty<StepReport> reportProperty() {
            return report.getReadOnlyProperty();
        }

        private void reset() {
            state.set(StepState.PENDING);
            progress.set("");
            report.set(null);
        }
    }

    private final PaymentFlowDemo demo;
    private final PaymentFlowDemo.SandboxControls sandbox;
    private final PaymentFlowDemo.PaymentDialog paymentDialog;
    private final LocalData localData;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;

    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ObjectProperty<StepRow> selected = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("49990");
    private final StringProperty currency = new SimpleStringProperty("CLP");
    private final StringProperty durationSeconds = new SimpleStringProperty("900");
    private final Map<String, BooleanProperty> methods = new LinkedHashMap<>();
    private final StringProperty refundAmount = new SimpleStringProperty("");
    private final StringProperty approver = new SimpleStringProperty("demo-approver");
    private final ReadOnlyStringWrapper stepHelp = new ReadOnlyStringWrapper("");
    private final ObservableList<HttpExchange> exchanges = FXCollections.observableArrayList();
    private final ObjectProperty<HttpExchange> selectedExchange = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper requestText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper responseText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ObservableList<SessionTimeline.Event> timeline = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper timelineTitle = new ReadOnlyStringWrapper("");
    private Cancellation runningStep;
    /** True while "Run all" goes on from one successful step to the next. */
    private boolean runningAll;

    /** {@code localData} holds the refund review queue the optional refund step goes through. */
    public DemoViewModel(PaymentFlowDemo demo, PaymentFlowDemo.SandboxControls sandbox, PaymentFlowDemo.PaymentDialog paymentDialog,
                         LocalData localData, TaskExecutor executor, DialogService dialogs, Clock clock) {
        this.demo = demo;
        this.sandbox = sandbox;
        this.paymentDialog = paymentDialog;
        this.localData = localData;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        int number = 1;
        for (Step step : Step.values()) {
            steps.add(new StepRow(step, number++));
        }
        for (int i = 0; i < OFFERED_METHODS.size(); i++) {
            methods.put(OFFERED_METHODS.get(i), new SimpleBooleanProperty(i < 2));
        }
        selected.addListener((observable, old, row) -> showSelected());
        selectedExchange.addListener((observable, old, exchange) -> {
            requestText.set(exchange == null ? "" : ExchangeText.request(exchange));
            responseText.set(exchange == null ? "" : ExchangeText.response(exchange));
        });
        selected.set(steps.get(0));
    }

    public ObservableList<StepRow> steps() {
        return steps;
    }

    public ObjectProperty<StepRow> selectedProperty() {
        return selected;
    }

    public StepRow row(Step step) {
        return steps.stream().filter(row -> row.step() == step).findFirst().orElseThrow();
    }

    // ---- inputs of the first step ----

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty durationSecondsProperty() {
        return durationSeconds;
    }

    /** The payment methods the link may allow, each with whether it is chosen, in the order to show them. */
    public Map<String, BooleanProperty> methods() {
        return methods;
    }

    // ---- inputs of the optional refund step ----

    /** How much to refund; blank refunds everything still refundable. */
    public StringProperty refundAmountProperty() {
        return refundAmount;
    }

    /** Who approves the refund: the review's second person, not the connected operator who flags it. */
    public StringProperty approverProperty() {
        return approver;
    }

    // ---- the selected step ----

    /** What the selected step does, on this profile. */
    public ReadOnlyStringProperty stepHelpProperty() {
        return stepHelp.getReadOnlyProperty();
    }

    /** The requests the selected step made in its last run, in order. */
    public ObservableList<HttpExchange> exchanges() {
        return exchanges;
    }

    public ObjectProperty<HttpExchange> selectedExchangeProperty() {
        return selectedExchange;
    }

    public ReadOnlyStringProperty requestTextProperty() {
        return requestText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty responseTextProperty() {
        return responseText.getReadOnlyProperty();
    }

    /** The selected request as curl; secrets are $CONOMY_API_KEY and $CONOMY_ACCESS_TOKEN. Null when none. */
    public String curlCommand() {
        return selectedExchange.get() == null ? null : CurlCommand.of(selectedExchange.get());
    }

    public void copyAsCurl() {
        String command = curlCommand();
        if (command != null) {
            dialogs.copyToClipboard(command);
            dialogs.notify("Copied as curl: set CONOMY_API_KEY and CONOMY_ACCESS_TOKEN in the shell to run it");
        }
    }

    /** The life of the session the selected step worked on. */
    public ObservableList<SessionTimeline.Event> timeline() {
        return timeline;
    }

    public ReadOnlyStringProperty timelineTitleProperty() {
        return timelineTitle.getReadOnlyProperty();
    }

    // ---- control ----

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public BooleanBinding runDisabledBinding() {
        return running.or(selected.isNull());
    }

    /** Runs the selected step (again). */
    public void runSelected() {
        if (!running.get() && selected.get() != null) {
            runningAll = false;
            run(selected.get());
        }
    }

    /**
     * Runs every step from the first that is not done yet, stopping at the first that fails. The refund is optional,
     * so it runs only when asked for.
     */
    public void runAll() {
        if (running.get()) {
            return;
        }
        StepRow first = steps.stream().filter(row -> row.step() != Step.REFUND && row.stateProperty().get() != StepState.DONE)
                .findFirst().orElse(null);
        if (first != null) {
            runningAll = true;
            selected.set(first);
            run(first);
        }
    }

    /** Stops the step that is running; it shows as failed, "Cancelled", and can be run again. */
    public void cancel() {
        runningAll = false;
        if (runningStep != null) {
            runningStep.cancel();
        }
    }

    /** Forgets everything the demo made and starts again from its first step. */
    public void restart() {
        cancel();
        demo.restart();
        steps.forEach(StepRow::reset);
        selected.set(null);
        selected.set(steps.get(0));
    }

    private void run(StepRow row) {
        switch (row.step()) {
            case CREATE_LINK -> {
                PaymentFlowDemo.LinkSpec spec;
                try {
                    spec = linkSpec();
                } catch (InvalidInputException invalid) {
                    finish(row, new StepReport(row.step(), PaymentFlowDemo.Outcome.FAILED, invalid.getMessage(),
                            "Correct " + invalid.field() + " above and run the step again. Nothing was sent.", List.of(), Duration.ZERO));
                    return;
                }
                inBackground(row, cancel -> demo.createLink(spec, cancel));
            }
            case OPEN_SESSION -> inBackground(row, demo::openSession);
            case PAY -> {
                // The payment dialog is modal on the UI thread; the step waits for it to close.
                started(row);
                StepReport report = demo.payWith(paymentDialog);
                stopped();
                finish(row, report);
            }
            case CONFIRM -> inBackground(row, cancel -> demo.confirm(progressOf(row), cancel));
            case WATCH -> inBackground(row, cancel -> demo.watch(WATCH_TIMEOUT, progressOf(row), cancel));
            case EXPIRE_AND_REFRESH -> inBackground(row, cancel -> demo.expireAndRefresh(progressOf(row), cancel));
            case REFUND -> {
                String amount = refundAmount.get();
                String approverName = approver.get();
                inBackground(row, cancel -> demo.refund(localData, amount, approverName, cancel));
            }
        }
    }

    private PaymentFlowDemo.LinkSpec linkSpec() {
        BigDecimal parsedAmount;
        try {
            parsedAmount = new BigDecimal(amount.get().trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidInputException("amount", "is not a number: '" + amount.get() + "'");
        }
        int parsedDuration;
        try {
            parsedDuration = Integer.parseInt(durationSeconds.get().trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidInputException("duration", "is not a whole number of seconds: '" + durationSeconds.get() + "'");
        }
        List<String> chosen = new ArrayList<>();
        methods.forEach((method, on) -> {
            if (on.get()) {
                chosen.add(method);
            }
        });
        PaymentFlowDemo.LinkSpec example = PaymentFlowDemo.LinkSpec.example();
        return new PaymentFlowDemo.LinkSpec(parsedAmount, currency.get() == null ? null : currency.get().trim().toUpperCase(java.util.Locale.ROOT),
                chosen, parsedDuration, example.description(), example.ownerIdentityId(), example.accountNumber());
    }

    private void inBackground(StepRow row, Function<Cancellation, StepReport> step) {
        started(row);
        runningStep = executor.execute(BackgroundTask.of(step::apply)
                .onSuccess(report -> {
                    stopped();
                    finish(row, report);
                })
                .onFailure(failure -> {
                    stopped();
                    finish(row, new StepReport(row.step(), PaymentFlowDemo.Outcome.FAILED, ErrorReport.of(failure).copyText(),
                            "Run the step again; if it fails again, restart the demo.", List.of(), Duration.ZERO));
                })
                .whenDone(() -> {
                    if (row.stateProperty().get() == StepState.RUNNING) {
                        // Cancelled: neither outcome was handed over, but the demo recorded how the step ended.
                        stopped();
                        demo.report(row.step()).ifPresentOrElse(report -> finish(row, report), row::reset);
                    }
                }));
    }

    private void stopped() {
        running.set(false);
        runningStep = null;
    }

    private void started(StepRow row) {
        running.set(true);
        row.state.set(StepState.RUNNING);
        row.progress.set("");
    }

    private PaymentFlowDemo.Progress progressOf(StepRow row) {
        return message -> executor.onUiThread(() -> row.progress.set(message));
    }

    private void finish(StepRow row, StepReport report) {
        row.report.set(report);
        row.state.set(report.ok() ? StepState.DONE : StepState.FAILED);
        row.progress.set("");
        if (selected.get() == row) {
            showSelected();
        }
        int next = steps.indexOf(row) + 1;
        if (report.ok() && next < steps.size() && selected.get() == row) {
            selected.set(steps.get(next));
        }
        if (runningAll && report.ok() && next < steps.size() && steps.get(next).step() != Step.REFUND && !running.get()) {
            run(steps.get(next));
        } else {
            runningAll = false;
        }
    }

    private void showSelected() {
        StepRow row = selected.get();
        StepReport report = row == null ? null : row.reportProperty().get();
        exchanges.setAll(report == null ? List.of() : report.exchanges());
        // A failed step opens on its last request, the one that went wrong; a done step on its first.
        selectedExchange.set(exchanges.isEmpty() ? null : report.ok() ? exchanges.get(0) : exchanges.get(exchanges.size() - 1));
        stepHelp.set(row == null ? "" : help(row.step()));
        if (row != null && row.step() == Step.EXPIRE_AND_REFRESH) {
            timelineTitle.set("Timeline of the expiry step's session");
            timeline.setAll(demo.expiryTimeline(clock.instant()));
        } else {
            timelineTitle.set("Timeline of the demo session");
            timeline.setAll(demo.timeline(clock.instant()));
        }
    }

    private String help(Step step) {
        return switch (step) {
            case CREATE_LINK -> "Creates a payment link with the amount, currency, payment methods and duration below.";
            case OPEN_SESSION -> "Opens a checkout session from the link's token (POST /payment-links/token/{token}/checkout-sessions).";
            case PAY -> "Opens the console's payment dialog for the session; submit the payment there, then close it.";
            case CONFIRM -> sandbox.drivesTransitions()
                    ? "On the embedded sandbox this step plays the provider: it confirms the funds (POST /payments/received) and "
                    + "settles the payment, so the session reaches FINISHED."
                    : sandbox.simulatesProvider()
                    ? "On this sandbox this step plays the provider: it confirms the funds (POST /payments/received)."
                    : "On this profile the real provider confirms the payment: this step waits for it, polling the payment every "
                    + "2 s for up to 2 minutes.";
            case WATCH -> "Polls the session and its payment every second, for up to " + WATCH_TIMEOUT.toSeconds()
                    + " s, until the session is FINISHED and the payment SETTLED.";
            case EXPIRE_AND_REFRESH -> (sandbox.drivesTransitions()
                    ? "Opens a session that lives 30 s, moves the sandbox's clock past its expiry"
                    : "Opens a session that lives 30 s, waits for it to expire")
                    + ", checks it reads EXPIRED, then refreshes it (POST /checkout-sessions/token/{token}/refresh).";
            case REFUND -> "Optional. Refunds the settled payment through the refund review, in its two steps: you flag it, "
                    + "then a second person (the approver below) approves it, which sends the refund once.";
        };
    }
}
