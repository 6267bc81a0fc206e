package dev.checkoutconsole.ui.detail;

import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutCustomer;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.PaymentFlowDemo;
import dev.checkoutconsole.service.SessionTimeline;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.ui.common.ConsoleNavigator;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import dev.checkoutconsole.ui.common.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The detail pane's timeline of the shown session, built from the session, its payments and the refreshes done there. */
class SessionDetailTimelineTest {
    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(10).build();

    @TempDir
    Path folder;
    private LocalData localData;
    private ActiveConnection connection;
    private SessionDetailViewModel detail;
    private PaymentFlowDemo flow;

    @BeforeEach
    void connect() {
        localData = LocalData.open(new LocalPaths(folder, folder.resolve("config")), Clock.systemUTC());
        connection = new ActiveConnection(localData.audit());
        connection.switchTo(new OperatorContext("detail-agent", "Embedded sandbox", false), sandbox.connectionSettings());
        TaskExecutor sameThread = TaskExecutor.sameThread();
        ConsoleNavigator navigator = new ConsoleNavigator() {
            @Override
            public void openPaymentDialog(CheckoutSession session) {
                throw new AssertionError("no payment here");
            }

            @Override
            public void openFlagRefundDialog(String paymentId, String currency, java.math.BigDecimal maxRefundable) {
                throw new AssertionError("no flag here");
            }

            @Override
            public void sessionChanged(String checkoutSessionId) {
            }
        };
        detail = new SessionDetailViewModel(connection, sameThread, new ScriptedDialogService(), navigator,
                Clock.systemUTC(), ZoneOffset.UTC);
        flow = new PaymentFlowDemo(connection, PaymentFlowDemo.SandboxControls.of(sandbox.connectionSettings()), Clock.systemUTC(),
                duration -> { });
        assertThat(flow.createLink(PaymentFlowDemo.LinkSpec.example(), new Cancellation()).ok()).isTrue();
        assertThat(flow.openSession(new Cancellation()).ok()).isTrue();
    }

    @AfterEach
    void disconnect() {
        connection.close();
        localData.close();
    }

    private List<SessionTimeline.Kind> kinds() {
        return detail.timeline().stream().map(SessionTimeline.Event::kind).toList();
    }

    @Test
    void aPaidSessionShowsItsCreationAndItsPaymentsSteps() {
        Cancellation cancel = new Cancellation();
        assertThat(flow.pay("ETPAY", "timeline", new CheckoutCustomer(null, "Jane", "jane@example.com", null, null, null, null, null, null),
                cancel).ok()).isTrue();
        assertThat(flow.confirm(message -> { }, cancel).ok()).isTrue();
        CheckoutSession paid = connection.connection().sessions().get(flow.session().orElseThrow().id(), cancel);

        detail.sessionProperty().set(paid);

        assertThat(kinds()).containsSubsequence(SessionTimeline.Kind.CREATED, SessionTimeline.Kind.PAYMENT_CREATED,
                SessionTimeline.Kind.RECEIVED);
        assertThat(detail.timeline()).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
        assertThat(detail.timeline().get(0).detail()).isEqualTo("session " + paid.id());
    }

    @Test
    void aRefreshDoneInThePaneJoinsTheTimeline() {
        detail.sessionProperty().set(flow.session().orElseThrow());
        assertThat(kinds()).containsExactly(SessionTimeline.Kind.CREATED);

        detail.refreshToken();

        assertThat(kinds()).containsExactly(SessionTimeline.Kind.CREATED, SessionTimeline.Kind.REFRESHED);
        assertThat(detail.timeline().get(1).detail()).startsWith("now expires ");

        detail.sessionProperty().set(null);
        assertThat(detail.timeline()).isEmpty();
    }
}
