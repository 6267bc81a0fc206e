package dev.checkoutconsole.ui.detail;

import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.CheckoutSessionStatus;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.sandbox.ChaosSettings;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.Money;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.testsupport.LocalDataFixture;
import dev.checkoutconsole.testsupport.MutableClock;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import dev.checkoutconsole.ui.common.ConsoleNavigator;
import dev.checkoutconsole.ui.common.ErrorReport;
import dev.checkoutconsole.ui.common.LoadState;
import dev.checkoutconsole.ui.common.QueuedUiExecutor;
import dev.checkoutconsole.ui.common.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The detail pane's actions on the shown session and how their failures show, against the real sandbox. */
class SessionDetailActionsTest {
    @RegisterExtension
    static final SandboxFixture sandbox = SandboxFixture.builder().seedSessions(40).seed(3L).build();

    @RegisterExtension
    static final LocalDataFixture local = new LocalDataFixture();

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private ActiveConnection connection;
    private SessionDetailViewModel detail;
    private final MutableClock clock = new MutableClock(Instant.now());

    @BeforeEach
    void connect() {
        connection = new ActiveConnection(local.data().audit());
        TaskExecutor sameThread = TaskExecutor.sameThread();
        connection.switchTo(new OperatorContext("detail-agent", "Embedded sandbox", false), sandbox.connectionSettings());
        detail = new SessionDetailViewModel(connection, sameThread, dialogs, new NoNavigation(),
                clock, ZoneOffset.UTC);
    }

    @AfterEach
    void disconnect() {
        connection.close();
    }

    @Test
    void aRefreshTheServerRefusesShowsItsErrorInThePaneWithItsTraceId() {
        detail.sessionProperty().set(anActiveSession());
        sandbox.server().setChaos(ChaosSettings.NONE.withErrorRate(1.0));

        detail.refreshToken();

        ErrorReport shown = detail.actionErrorProperty().get();
        assertThat(shown).isNotNull();
        assertThat(shown.apiError().status()).isBetween(500, 599);
        assertThat(shown.apiError().traceId()).isNotBlank();
    }

    @Test
    void theErrorOfOneSessionIsGoneWhenAnotherIsShown() {
        detail.sessionProperty().set(anActiveSession());
        sandbox.server().setChaos(ChaosSettings.NONE.withErrorRate(1.0));
        detail.refreshToken();
        sandbox.server().setChaos(ChaosSettings.NONE);
        assertThat(detail.actionErrorProperty().get()).isNotNull();

        detail.sessionProperty().set(aSessionIn(CheckoutSessionStatus.EXPIRED));

        assertThat(detail.actionErrorProperty().get()).isNull();
    }

    @Test
    void paymentsThatFailedToLoadComeBackOnRetry() {
        sandbox.server().setChaos(ChaosSettings.NONE.withErrorRate(1.0));
        detail.sessionProperty().set(aSessionFromTheListIn(CheckoutSessionStatus.FINISHED));
        assertThat(detail.paymentsStateProperty().get()).isEqualTo(LoadState.ERROR);
        assertThat(detail.paymentsErrorProperty().get().apiError().traceId()).isNotBlank();

        sandbox.server().setChaos(ChaosSettings.NONE);
        detail.reloadPayments();

        assertThat(detail.paymentsErrorProperty().get()).isNull();
        assertThat(detail.paymentsStateProperty().get()).isEqualTo(LoadState.LOADED);
    }

    @Test
    void theSupportSummaryHasTheIdStatusAmountsAndTheTraceIdOfTheLastCallAboutTheSession() {
        CheckoutSession session = anActiveSession();
        List<HttpExchange> calls = new CopyOnWriteArrayList<>();
        connection.onExchange(calls::add);
        detail.sessionProperty().set(session);
        HttpExchange paymentsCall = calls.stream().filter(call -> call.path().startsWith("/payments?")).findFirst().orElseThrow();
        connection.connection().sessions().list(CheckoutSessionQuery.all(), new Cancellation());

        detail.copySupportSummary();

        assertThat(calls.get(calls.size() - 1).traceId()).as("the console's last call is about something else")
                .isNotEqualTo(paymentsCall.traceId());
        assertThat(dialogs.clipboard()).singleElement().asString()
                .contains("Checkout session " + session.id())
                .contains("status: ACTIVE")
                .contains("total: " + Money.formatWithCurrency(session.totalAmount(), session.currency()))
                .contains("traceId of the last call about it: " + paymentsCall.traceId());
    }

    @Test
    void theTimeLeftIsWorkedOutAgainWhenAsked() {
        CheckoutSession session = anActiveSession();
        detail.sessionProperty().set(session);
        String before = expiresAt();

        clock.advance(Duration.between(clock.instant(), session.expiresAt()).plusHours(3));
        detail.redrawRelativeTimes();

        assertThat(before).startsWith("in ");
        assertThat(expiresAt()).startsWith("expired 3 h ago");
    }

    private String expiresAt() {
        return detail.fields().stream().filter(field -> field.label().equals("expiresAt")).findFirst().orElseThrow().value();
    }

    @Test
    void aRefreshAnsweredAfterAnotherSessionWasSelectedLeavesThatOtherSessionShown() throws Exception {
        List<CheckoutSession> two = connection.connection().sessions().list(new CheckoutSessionQuery(null, null,
                CheckoutSessionStatus.ACTIVE.name(), null, null, null, 2, 0), new Cancellation()).results();
        QueuedUiExecutor executor = new QueuedUiExecutor();
        SessionDetailViewModel pane = new SessionDetailViewModel(connection, executor, dialogs, new NoNavigation(),
                clock, ZoneOffset.UTC);
        pane.sessionProperty().set(two.get(0));
        sandbox.server().setChaos(ChaosSettings.NONE.withLatency(300, 300));

        pane.refreshToken();
        pane.sessionProperty().set(two.get(1));
        executor.runUntil("the refresh has been answered", () -> !dialogs.notifications().isEmpty(), Duration.ofSeconds(10));

        assertThat(pane.sessionProperty().get().id()).isEqualTo(two.get(1).id());
        assertThat(dialogs.notifications()).singleElement().asString().startsWith("Refreshed " + two.get(0).id());
    }

    private CheckoutSession anActiveSession() {
        return aSessionIn(CheckoutSessionStatus.ACTIVE);
    }

    private CheckoutSession aSessionIn(CheckoutSessionStatus wanted) {
        return connection.connection().sessions().list(
                new CheckoutSessionQuery(null, null, wanted.name(), null, null, null, 1, 0), new Cancellation()).results().get(0);
    }

    /** Read while the sandbox answers, so that the pane's own call is the one that meets the chaos. */
    private CheckoutSession aSessionFromTheListIn(CheckoutSessionStatus wanted) {
        ChaosSettings chaos = sandbox.server().chaos();
        sandbox.server().setChaos(ChaosSettings.NONE);
        CheckoutSession session = aSessionIn(wanted);
        sandbox.server().setChaos(chaos);
        return session;
    }

    private static final class NoNavigation implements ConsoleNavigator {
        @Override
        public void openPaymentDialog(CheckoutSession session) {
            throw new AssertionError("no payment here");
        }

        @Override
        public void openFlagRefundDialog(String paymentId, String currency, BigDecimal maxRefundable) {
            throw new AssertionError("no flag here");
        }

        @Override
        public void sessionChanged(String checkoutSessionId) {
        }
    }
}
