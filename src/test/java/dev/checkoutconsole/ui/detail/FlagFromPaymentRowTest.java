package dev.checkoutconsole.ui.detail;

import dev.checkoutconsole.api.model.CheckoutCustomer;
import dev.checkoutconsole.api.model.CheckoutPaymentRequest;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentLink;
import dev.checkoutconsole.api.model.RefundRequest;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.Connection;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.SettledPayments;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import dev.checkoutconsole.ui.common.ConsoleNavigator;
import dev.checkoutconsole.ui.common.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** "Flag for refund…" on the detail pane's payment row: offered only for a SETTLED payment with something left to refund. */
class FlagFromPaymentRowTest {
    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(20).build();

    @TempDir
    Path folder;
    private final List<String> flagDialogs = new CopyOnWriteArrayList<>();
    private LocalData localData;
    private ActiveConnection connection;
    private SessionDetailViewModel detail;

    @BeforeEach
    void open() {
        localData = LocalData.open(new LocalPaths(folder, folder.resolve("config")), Clock.systemUTC());
        connection = new ActiveConnection(localData.audit());
        connection.switchTo(new OperatorContext("ana", "Embedded sandbox", false), sandbox.connectionSettings());
        ConsoleNavigator navigator = new ConsoleNavigator() {
            @Override
            public void openPaymentDialog(CheckoutSession session) {
                throw new AssertionError("not expected here");
            }

            @Override
            public void openFlagRefundDialog(String paymentId, String currency, BigDecimal maxRefundable) {
                flagDialogs.add(paymentId + " " + maxRefundable.toPlainString() + " " + currency);
            }

            @Override
            public void sessionChanged(String checkoutSessionId) {
            }
        };
        detail = new SessionDetailViewModel(connection, TaskExecutor.sameThread(), new ScriptedDialogService(), navigator,
                Clock.systemUTC(), ZoneId.of("UTC"));
    }

    @AfterEach
    void close() {
        connection.close();
        localData.close();
    }

    private Connection api() {
        return connection.connection();
    }

    private void show(String checkoutSessionId) {
        detail.sessionProperty().set(api().sessions().get(checkoutSessionId, new Cancellation()));
        assertThat(detail.payments()).hasSize(1);
        detail.selectedPaymentProperty().set(detail.payments().get(0));
    }

    @Test
    void aSettledPaymentOpensTheFlagDialogWithWhatIsStillRefundable() {
        Payment payment = SettledPayments.settled(api(), "49990", "CLP");
        detail.sessionProperty().set(api().sessions().get(payment.checkoutSessionId(), new Cancellation()));
        assertThat(detail.flagBlockedReasonBinding().get()).isEqualTo("Select a payment");
        detail.flagForRefund();
        assertThat(flagDialogs).isEmpty();

        detail.selectedPaymentProperty().set(detail.payments().get(0));
        assertThat(detail.flagBlockedReasonBinding().get()).isNull();
        detail.flagForRefund();

        assertThat(flagDialogs).containsExactly(payment.id() + " 49990 CLP");
    }

    @Test
    void aPaymentNotYetSettledCannotBeFlagged() {
        Cancellation none = new Cancellation();
        PaymentLink link = api().paymentLinks().create(SettledPayments.linkRequest("pending-" + UUID.randomUUID(),
                new BigDecimal("12000"), "CLP"), none);
        CheckoutSession session = api().sessions().openFromPaymentLink(link.checkoutToken(), none);
        CheckoutCustomer payer = new CheckoutCustomer(null, "Jane", "jane@example.com", null, null, null, null, null, null);
        Payment pending = api().sessions().pay(session.id(), CheckoutPaymentRequest.withMethod("ETPAY", "Order", payer), none);

        show(session.id());

        assertThat(detail.flagBlockedReasonBinding().get()).contains(pending.status().raw()).contains("only a SETTLED one");
        detail.flagForRefund();
        assertThat(flagDialogs).isEmpty();
    }

    @Test
    void aFullyRefundedPaymentHasNothingLeftToFlag() {
        Payment payment = SettledPayments.settled(api(), "8000", "CLP");
        api().payments().refund(payment.id(), new RefundRequest(new BigDecimal("8000"), "all of it"), new Cancellation());

        show(payment.checkoutSessionId());

        assertThat(detail.flagBlockedReasonBinding().get()).isEqualTo("Nothing is left to refund of this payment");
        detail.flagForRefund();
        assertThat(flagDialogs).isEmpty();
    }
}
