package dev.checkoutconsole.app;

import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.EmbeddedSandbox;
import dev.checkoutconsole.service.ConnectionSettings;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.Profile;
import dev.checkoutconsole.service.ProfileService;
import dev.checkoutconsole.service.Secret;
import dev.checkoutconsole.service.HttpLog;
import dev.checkoutconsole.service.PaymentFlowDemo;
import dev.checkoutconsole.ui.common.BackgroundTask;
import dev.checkoutconsole.ui.common.ConnectionStatus;
import dev.checkoutconsole.ui.common.ConsoleNavigator;
import dev.checkoutconsole.ui.common.DeferredPane;
import dev.checkoutconsole.ui.common.DialogService;
import dev.checkoutconsole.ui.common.ErrorReport;
import dev.checkoutconsole.ui.common.LoadState;
import dev.checkoutconsole.ui.common.MainWindowView;
import dev.checkoutconsole.ui.common.MainWindowViewModel;
import dev.checkoutconsole.ui.common.TaskExecutor;
import dev.checkoutconsole.ui.common.UiPreferences;
import dev.checkoutconsole.ui.common.ViewLoader;
import dev.checkoutconsole.ui.demo.DemoView;
import dev.checkoutconsole.ui.demo.DemoViewModel;
import dev.checkoutconsole.ui.detail.SessionDetailView;
import dev.checkoutconsole.ui.detail.SessionDetailViewModel;
import dev.checkoutconsole.ui.httplog.HttpLogView;
import dev.checkoutconsole.ui.httplog.HttpLogViewModel;
import dev.checkoutconsole.ui.payment.PaymentDialogView;
import dev.checkoutconsole.ui.payment.PaymentDialogViewModel;
import dev.checkoutconsole.service.RefundReviewService;
import dev.checkoutconsole.ui.audit.AuditView;
import dev.checkoutconsole.ui.audit.AuditViewModel;
import dev.checkoutconsole.ui.refunds.FlagRefundView;
import dev.checkoutconsole.ui.refunds.FlagRefundViewModel;
import dev.checkoutconsole.ui.refunds.RefundQueueView;
import dev.checkoutconsole.ui.refunds.RefundQueueViewModel;
import dev.checkoutconsole.ui.sessions.NewSessionView;
import dev.checkoutconsole.ui.settings.SettingsView;
import dev.checkoutconsole.ui.settings.SettingsViewModel;
import dev.checkoutconsole.ui.sessions.NewSessionViewModel;
import dev.checkoutconsole.ui.sessions.SessionsView;
import dev.checkoutconsole.ui.sessions.SessionsViewModel;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.stage.Modality;
import javafx.stage.Stage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The composition root of the GUI: builds the view-models with their services, gives the FXML loader a factory
 * that builds each controller with its dependencies, lays the features into the main window, and connects to the
 * default profile in the background.
 */
public final class ConsoleComposition implements ConsoleNavigator {
    private static final Duration RELATIVE_TIMES_EVERY = Duration.ofSeconds(30);
    private static final String SESSIONS_SPLIT = "window.sessionsSplit";
    private static final javafx.util.Duration DETAIL_PANE_DELAY = javafx.util.Duration.millis(500);

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final UiPreferences preferences;
    private final ActiveConnection connection;
    private final EmbeddedSandbox embeddedSandbox;
    private final LocalData localData;
    private final ZoneId zone;
    private final ConnectionStatus connectionStatus;
    private final SessionsViewModel sessionsViewModel;
    private final SessionDetailViewModel detailViewModel;
    private final MainWindowViewModel mainWindowViewModel;
    private final RefundReviewService refundReviews;
    private final RefundQueueViewModel refundQueueViewModel;
    private final AuditViewModel auditViewModel;
    private final ViewLoader viewLoader;
    private final Map<Class<?>, Supplier<Object>> controllers = new HashMap<>();
    private final DeferredPane detailPane;
    private final HttpLog httpLog = new HttpLog(HttpLog.DEFAULT_CAPACITY);
    /** Wakes the table and the detail pane now and then, so "in 12 min" does not stay on screen past the expiry. */
    private final ScheduledExecutorService relativeTimesClock = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "relative-times");
        thread.setDaemon(true);
        return thread;
    });
    private Stage stage;
    private volatile EmbeddedSandbox.Running runningSandbox;

    public ConsoleComposition(TaskExecutor executor, DialogService dialogs, UiPreferences preferences,
                              EmbeddedSandbox embeddedSandbox, LocalData localData, Clock clock, ZoneId zone) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.embeddedSandbox = embeddedSandbox;
        this.localData = localData;
        this.zone = zone;
        this.connection = new ActiveConnection(localData.audit());
        this.connectionStatus = new ConnectionStatus(connection, executor);
        this.sessionsViewModel = new SessionsViewModel(connection, executor, dialogs, preferences, clock);
        this.detailViewModel = new SessionDetailViewModel(connection, executor, dialogs, this, clock, zone);
        this.mainWindowViewModel = new MainWindowViewModel(connection, connectionStatus, localData.profiles(), executor,
                dialogs, this::switchToProfile, zone);
        this.viewLoader = new ViewLoader(this::controllerFor);
        this.detailPane = new DeferredPane("Select a session to see its fields, payments and timeline.",
                () -> viewLoader.load("session-detail.fxml").root());
        controllers.put(MainWindowView.class, () -> new MainWindowView(mainWindowViewModel));
        controllers.put(SessionsView.class, () -> new SessionsView(sessionsViewModel, dialogs, this::openNewSessionDialog, zone));
        controllers.put(SessionDetailView.class, () -> new SessionDetailView(detailViewModel, dialogs));
        controllers.put(SettingsView.class, () -> new SettingsView(new SettingsViewModel(localData.profiles(), connection,
                executor, dialogs, mainWindowViewModel::choose)));
        // Review steps act as the active connection's operator, on its profile.
        this.refundReviews = new RefundReviewService(localData, connection::connection, clock);
        this.refundQueueViewModel = new RefundQueueViewModel(refundReviews, connection, executor, dialogs, zone);
        this.auditViewModel = new AuditViewModel(localData.audit(), executor, dialogs, zone);
        controllers.put(RefundQueueView.class, () -> new RefundQueueView(refundQueueViewModel, dialogs, zone));
        controllers.put(AuditView.class, () -> new AuditView(auditViewModel, dialogs, zone));
        connection.onExchange(httpLog);
        controllers.put(HttpLogView.class, () -> new HttpLogView(new HttpLogViewModel(httpLog, executor, dialogs, clock), zone));
        PaymentFlowDemo.SandboxControls demoSandbox = activeSandboxControls();
        controllers.put(DemoView.class, () -> new DemoView(new DemoViewModel(
                new PaymentFlowDemo(connection, demoSandbox, clock, duration -> Thread.sleep(duration.toMillis())),
                demoSandbox, this::showPaymentDialog, localData, executor, dialogs, clock), zone));
    }

    private Object controllerFor(Class<?> type) {
        Supplier<Object> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller is wired for " + type.getName());
        }
        return supplier.get();
    }

    /** Builds the main window on the stage: sessions table and detail pane side by side. */
    public MainWindowView buildMainWindow(Stage stage) {
        this.stage = stage;
        ViewLoader.View<MainWindowView> main = viewLoader.load("main-window.fxml");
        ViewLoader.View<SessionsView> sessions = viewLoader.load("sessions.fxml");
        SplitPane split = new SplitPane(sessions.root(), detailPane);
        split.setId("sessions-split");
        split.setDividerPositions(preferences.getDouble(SESSIONS_SPLIT, 0.2, 0.85).orElse(0.62));
        split.getDividers().get(0).positionProperty().addListener((observable, old, position) ->
                preferences.put(SESSIONS_SPLIT, String.valueOf(position.doubleValue())));
        Tab sessionsTab = main.controller().addFeatureTab("Sessions", "mdmz-receipt", () -> split);
        main.controller().bindSessionActions(sessions.controller(), sessionsTab);
        sessionsViewModel.onReload(detailViewModel::reloadPayments);
        relativeTimesClock.scheduleAtFixedRate(() -> executor.onUiThread(() -> {
            sessions.controller().redrawRelativeTimes();
            detailViewModel.redrawRelativeTimes();
        }), RELATIVE_TIMES_EVERY.toSeconds(), RELATIVE_TIMES_EVERY.toSeconds(), TimeUnit.SECONDS);
        main.controller().onOpenSettings(this::openSettings);
        mainWindowViewModel.reloadProfiles();
        main.controller().addFeatureTab("Demo", "mdmz-play_circle_outline", () -> viewLoader.load("demo.fxml").root());
        main.controller().addFeatureTab("HTTP log", "mdal-list_alt", () -> viewLoader.load("http-log.fxml").root());
        followSingleSelection();
        addReviewTabs(main.controller());
        return main.controller();
    }

    /** The Refunds and Audit tabs; each reads its data again whenever it is shown, so new steps and entries appear. */
    private void addReviewTabs(MainWindowView window) {
        Tab refunds = window.addFeatureTab("Refunds", "mdmz-replay", () -> viewLoader.<RefundQueueView>load("refund-queue.fxml").root());
        refunds.selectedProperty().addListener((observable, old, shown) -> {
            if (shown) {
                refundQueueViewModel.reload();
            }
        });
        Tab audit = window.addFeatureTab("Audit", "mdal-history", () -> viewLoader.<AuditView>load("audit.fxml").root());
        audit.selectedProperty().addListener((observable, old, shown) -> {
            if (shown) {
                auditViewModel.refresh();
            }
        });
    }

    public SessionsViewModel sessionsViewModel() {
        return sessionsViewModel;
    }

    public ActiveConnection connection() {
        return connection;
    }

    public LocalData localData() {
        return localData;
    }

    /**
     * The detail pane shows the session when exactly one row is selected. Its view is built before its view-model
     * first gets a session, so it starts bound to what it shows.
     */
    private void followSingleSelection() {
        sessionsViewModel.selection().addListener((ListChangeListener<CheckoutSession>) change -> {
            detailPane.build();
            detailViewModel.sessionProperty().set(sessionsViewModel.selection().size() == 1
                    ? sessionsViewModel.selection().get(0) : null);
        });
    }

    /**
     * Starts the embedded sandbox and connects to it, off the FX thread; then shows the first page. {@code onFirstPage}
     * runs once, when the first page (or its empty or error state) is on screen.
     */
    public void connectToEmbeddedSandbox(Runnable onFirstPage) {
        connectionStatus.connecting("Starting the embedded sandbox…");
        executor.execute(BackgroundTask.of(cancel -> {
                    if (runningSandbox == null) {
                        runningSandbox = embeddedSandbox.start();
                    }
                    OperatorContext operator = new OperatorContext(OperatorContext.operatorName(null, null),
                            ProfileService.EMBEDDED_SANDBOX, false);
                    ActiveConnection.Target target = connection.switchTo(operator, runningSandbox.settings());
                    // Signing in here, while the FX thread still builds the window, keeps POST /auth off the first page's time.
                    target.connection().authenticate(cancel);
                    return target;
                })
                .onSuccess(target -> {
                    whenFirstPageShown(onFirstPage);
                    sessionsViewModel.apply();
                })
                .onFailure(failure -> connectionStatus.failed("The embedded sandbox did not start: " + failure.getMessage())));
    }

    /**
     * Connects to a saved profile: reads its remembered secrets in the background, asks (masked) for any it needs and
     * does not have, then switches and shows its first page. The embedded sandbox profile starts the sandbox if needed.
     */
    public void switchToProfile(Profile profile) {
        if (profile.embeddedSandbox()) {
            connectToEmbeddedSandbox(() -> { });
            return;
        }
        connectionStatus.connecting("Connecting to " + profile.name() + "…");
        executor.execute(BackgroundTask.of(cancel -> localData.profiles().settingsFor(profile))
                .onSuccess(remembered -> askForMissingSecrets(profile, remembered).ifPresentOrElse(
                        settings -> executor.execute(BackgroundTask.of(cancel -> connection.switchTo(
                                        ProfileService.operatorFor(profile, null), settings.requireCredentials()))
                                .onSuccess(target -> sessionsViewModel.apply())
                                .onFailure(failure -> connectionFailed(profile, failure))),
                        () -> connectionStatus.failed("Not connected to " + profile.name() + ": no credentials given")))
                .onFailure(failure -> connectionFailed(profile, failure)));
    }

    private void connectionFailed(Profile profile, Throwable failure) {
        connectionStatus.failed(ErrorReport.of(failure).message());
        mainWindowViewModel.connectionFailed(profile.name(), failure);
    }

    /** Empty when the user cancels a question: then nothing is connected. */
    private Optional<ConnectionSettings> askForMissingSecrets(Profile profile, ConnectionSettings remembered) {
        Secret apiKey = remembered.apiKey();
        Secret accessToken = remembered.accessToken();
        Secret clientSecret = remembered.clientSecret();
        if (apiKey == null) {
            Optional<String> typed = dialogs.askSecret("API key for " + profile.name(), "The integration's x-api-key");
            if (typed.isEmpty()) {
                return Optional.empty();
            }
            apiKey = Secret.ofNullable(typed.get());
        }
        if (accessToken == null && clientSecret == null) {
            boolean withClientId = remembered.clientId() != null;
            Optional<String> typed = dialogs.askSecret((withClientId ? "Client secret" : "Access token") + " for " + profile.name(),
                    withClientId ? "The secret of client " + remembered.clientId() : "A bearer token for the API");
            if (typed.isEmpty()) {
                return Optional.empty();
            }
            if (withClientId) {
                clientSecret = Secret.ofNullable(typed.get());
            } else {
                accessToken = Secret.ofNullable(typed.get());
            }
        }
        return Optional.of(new ConnectionSettings(remembered.baseUrl(), remembered.apiVersion(), apiKey, accessToken,
                remembered.clientId(), clientSecret));
    }

    /** Opens the profiles and settings dialog; the header's selector reads the profiles again when it closes. */
    public void openSettings() {
        ViewLoader.View<SettingsView> settings = viewLoader.load("settings.fxml");
        showModal("Profiles and settings", settings.root(), dialogStage -> dialogStage.setOnCloseRequest(event -> {
            if (settings.controller().busy()) {
                event.consume();
            }
        }));
        mainWindowViewModel.reloadProfiles();
    }

    /**
     * Runs the action once the first page (or its empty or error state) has been laid out on screen, then builds the
     * detail pane, which the first frame did without. Not at once: that would take the CPU the renderer needs to
     * paint the frame (on 2 cores the rows appeared 150 ms later). A selection before then builds it at once.
     */
    private void whenFirstPageShown(Runnable action) {
        ChangeListener<LoadState> listener = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends LoadState> observable, LoadState old, LoadState state) {
                if (state != LoadState.LOADING && state != LoadState.IDLE) {
                    observable.removeListener(this);
                    afterNextLayout(() -> {
                        action.run();
                        PauseTransition afterPainting = new PauseTransition(DETAIL_PANE_DELAY);
                        afterPainting.setOnFinished(event -> detailPane.build());
                        afterPainting.play();
                    });
                }
            }
        };
        sessionsViewModel.loadStateProperty().addListener(listener);
    }

    /** Runs the action after the next pulse's layout, i.e. once what the model holds now is on screen. */
    private void afterNextLayout(Runnable action) {
        Scene scene = stage.getScene();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    @Override
    public void openPaymentDialog(CheckoutSession session) {
        showPaymentDialog(session);
    }

    /**
     * Shows the New session dialog until it is closed; returns the session it created, if any. It cannot be closed
     * while Create is in flight: a failure would then land on a closed dialog, unseen.
     */
    private Optional<CheckoutSession> openNewSessionDialog() {
        NewSessionViewModel viewModel = new NewSessionViewModel(connection, executor);
        ViewLoader.View<NewSessionView> form = viewLoader.load("new-session.fxml", new NewSessionView(viewModel));
        showModal("New checkout session", form.root(), dialogStage -> {
            viewModel.createdProperty().addListener((observable, old, created) -> dialogStage.close());
            dialogStage.setOnCloseRequest(event -> {
                if (viewModel.creatingProperty().get()) {
                    event.consume();
                }
            });
        });
        return Optional.ofNullable(viewModel.createdProperty().get());
    }

    /** Shows the payment dialog until it is closed; returns the payment it made, if any. */
    private Optional<Payment> showPaymentDialog(CheckoutSession session) {
        PaymentDialogViewModel viewModel = new PaymentDialogViewModel(connection, executor, zone, session);
        ViewLoader.View<PaymentDialogView> dialog = viewLoader.load("payment-dialog.fxml",
                new PaymentDialogView(viewModel, dialogs));
        showModal("Pay checkout session", dialog.root(), dialogStage ->
                dialogStage.setOnCloseRequest(event -> {
                    if (viewModel.submittingProperty().get()) {
                        event.consume();
                    }
                }));
        return Optional.ofNullable(viewModel.paymentProperty().get());
    }

    /**
     * What the demo may simulate on the profile in use: everything on the embedded sandbox, the provider on another
     * sandbox, nothing on a real environment.
     */
    private PaymentFlowDemo.SandboxControls activeSandboxControls() {
        Supplier<PaymentFlowDemo.SandboxControls> current = () -> connection.target()
                .map(target -> target.profileName().equals(ProfileService.EMBEDDED_SANDBOX) && runningSandbox != null
                        ? PaymentFlowDemo.SandboxControls.embedded(runningSandbox)
                        : PaymentFlowDemo.SandboxControls.of(target.connection().settings()))
                .orElseGet(PaymentFlowDemo.SandboxControls::none);
        return new PaymentFlowDemo.SandboxControls() {
            @Override
            public boolean simulatesProvider() {
                return current.get().simulatesProvider();
            }

            @Override
            public boolean drivesTransitions() {
                return current.get().drivesTransitions();
            }

            @Override
            public void advanceClock(Duration duration) {
                current.get().advanceClock(duration);
            }
        };
    }

    @Override
    public void openFlagRefundDialog(String paymentId, String currency, BigDecimal maxRefundable) {
        FlagRefundViewModel viewModel = new FlagRefundViewModel(refundReviews, executor, paymentId, currency, maxRefundable);
        ViewLoader.View<FlagRefundView> dialog = viewLoader.load("flag-refund.fxml", new FlagRefundView(viewModel));
        showModal("Flag for refund", dialog.root(), dialogStage -> {
            dialog.controller().onFlagged(review -> {
                dialogStage.close();
                dialogs.notify("Flagged payment " + review.paymentId() + " for a refund of " + review.formattedAmount()
                        + " (review #" + review.id() + ")");
                refundQueueViewModel.reload();
            });
            dialogStage.setOnCloseRequest(event -> {
                if (viewModel.flaggingProperty().get()) {
                    event.consume();
                }
            });
        });
    }

    @Override
    public void sessionChanged(String checkoutSessionId) {
        sessionsViewModel.reloadAfterChange(checkoutSessionId);
    }

    private void showModal(String title, Parent content, Consumer<Stage> configure) {
        Stage dialogStage = new Stage();
        dialogStage.initOwner(stage);
        dialogStage.initModality(Modality.WINDOW_MODAL);
        dialogStage.setTitle(title);
        dialogStage.setScene(new Scene(content));
        configure.accept(dialogStage);
        dialogStage.showAndWait();
    }

    /** Stops what the console started: the connection and the embedded sandbox. */
    public void close() {
        relativeTimesClock.shutdownNow();
        connection.close();
        if (runningSandbox != null) {
            runningSandbox.close();
        }
    }
}
