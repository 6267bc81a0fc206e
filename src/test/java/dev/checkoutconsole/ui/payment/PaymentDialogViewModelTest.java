package dev.checkoutconsole.ui.payment;

import dev.checkoutconsole.api.ClientConfig;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionStatus;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.ModelJson;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentLink;
import dev.checkoutconsole.api.model.PaymentStatus;
import dev.checkoutconsole.sandbox.ChaosSettings;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.SessionRules;
import dev.checkoutconsole.service.SettledPayments;
import dev.checkoutconsole.testsupport.LocalDataFixture;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.ui.common.DetailField;
import dev.checkoutconsole.ui.common.QueuedUiExecutor;
import dev.checkoutconsole.ui.common.TaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javafx.beans.binding.StringBinding;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payment dialog's logic: the methods it offers, the payer fields it asks for, one payment per dialog, and no
 * second one while the first may have gone through unanswered.
 */
class PaymentDialogViewModelTest {
    @RegisterExtension
    static final SandboxFixture sandbox = SandboxFixture.builder().seedSessions(10).build();

    @RegisterExtension
    static final LocalDataFixture local = new LocalDataFixture();

    /** Short, so a server slower than the read timeout is a matter of seconds; the whole call may include retries of reads. */
    private static final ClientConfig.Timeouts TIMEOUTS =
            new ClientConfig.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(15));
    private static final long SLOWER_THAN_THE_READ_TIMEOUT_MS = 3_000;
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private static final List<HttpExchange> exchanges = new CopyOnWriteArrayList<>();
    /** "POST /checkout-sessions/…/payments" for every answer the sandbox gave, even to a client that stopped waiting. */
    private static final List<String> answeredOnTheServer = new CopyOnWriteArrayList<>();
    private static ActiveConnection connection;

    @BeforeAll
    static void connect() {
        connection = new ActiveConnection(local.data().audit(), TIMEOUTS);
        connection.onExchange(exchanges::add);
        sandbox.server().addResponseObserver((method, path, status, body, contentType) -> answeredOnTheServer.add(method + " " + path));
        connection.switchTo(new OperatorContext("agent-ana", "Embedded sandbox", false), sandbox.connectionSettings());
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void eachMethodIsPricedFromTheConfigInTheSessionsCurrencyAndADisabledOneIsNotOffered() throws Exception {
        CheckoutSession session = session("""
                "paymentMethodsAllowed": ["ETPAY", "SPEI", "WEBPAY"],
                "paymentConfigs": [
                  { "currency": "USD", "product": "USD:CLP", "exchangeRate": "0.0011",
                    "paymentMethods": [ { "id": "ETPAY", "type": "ETPAY", "enabled": true, "purchaseAmount": "55.10" } ] },
                  { "currency": "CLP", "product": "CLP:CLP", "exchangeRate": "1",
                    "paymentMethods": [ { "id": "ETPAY", "type": "ETPAY", "enabled": true, "purchaseAmount": "50490" },
                                        { "id": "SPEI", "type": "SPEI", "enabled": false, "purchaseAmount": "49990" } ] } ],
                "customerRequirements": []""");

        assertThat(PaymentDialogViewModel.methodChoices(session)).containsExactly(
                new PaymentDialogViewModel.MethodChoice("ETPAY", new BigDecimal("50490"), "CLP"),
                new PaymentDialogViewModel.MethodChoice("WEBPAY", new BigDecimal("49990"), "CLP"));
    }

    @Test
    void aRequirementTheConsoleDoesNotKnowGetsNoInputButIsSaid() throws Exception {
        CheckoutSession session = session("""
                "paymentMethodsAllowed": ["ETPAY"],
                "paymentConfigs": [],
                "customerRequirements": ["email", "loyaltyNumber"]""");

        PaymentDialogViewModel viewModel = new PaymentDialogViewModel(connection, TaskExecutor.sameThread(), ZoneOffset.UTC, session);

        assertThat(viewModel.customerInputs()).containsOnlyKeys("email");
        assertThat(viewModel.requirementsNotFillable()).containsExactly("loyaltyNumber");
    }

    @Test
    void theRequiredPayerFieldsAreNamedUntilFilledAndThePaymentIsSentOnce() {
        CheckoutSession session = aSessionOfANewLink();
        PaymentDialogViewModel viewModel = new PaymentDialogViewModel(connection, TaskExecutor.sameThread(), ZoneOffset.UTC, session);

        assertThat(viewModel.methodProperty().get()).isEqualTo(
                new PaymentDialogViewModel.MethodChoice("ETPAY", new BigDecimal("12000"), "CLP"));
        assertThat(viewModel.submitBlockedReasonBinding().get()).isEqualTo("firstName is required by this session");
        viewModel.customerInputs().get("firstName").set("Jane");
        viewModel.customerInputs().get("email").set("jane@example");
        assertThat(viewModel.submitBlockedReasonBinding().get()).startsWith("email: must be an e-mail address");
        viewModel.customerInputs().get("email").set("jane@example.com");

        viewModel.submit();
        viewModel.submit();

        assertThat(paymentPosts(session)).hasSize(1);
        assertThat(viewModel.paymentProperty().get().checkoutSessionId()).isEqualTo(session.id());
        assertThat(viewModel.sessionStatusAfterProperty().get()).isEqualTo(CheckoutSessionStatus.PROCESSING_PAYMENT.name());
        assertThat(viewModel.transactionFields()).extracting(DetailField::label).contains("id", "status", "totalAmount", "createdAt");
        assertThat(viewModel.submitBlockedReasonBinding().get()).isEqualTo("Already paid");
    }

    @Test
    void aDialogOpenedBeforeTheProfileWasSwitchedSendsNothing() {
        CheckoutSession session = aSessionOfANewLink();
        PaymentDialogViewModel viewModel = new PaymentDialogViewModel(connection, TaskExecutor.sameThread(), ZoneOffset.UTC, session);
        viewModel.customerInputs().get("firstName").set("Jane");
        viewModel.customerInputs().get("email").set("jane@example.com");

        connection.switchTo(new OperatorContext("agent-ana", "Another profile", false), sandbox.connectionSettings());
        viewModel.submit();

        assertThat(viewModel.errorProperty().get().headline()).isEqualTo("The profile changed");
        assertThat(paymentPosts(session)).isEmpty();
        assertThat(viewModel.paymentProperty().get()).isNull();
    }

    @Test
    void aPaymentTheServerMadeAfterTheAnswerTimedOutIsFoundAndSubmitStaysBlocked() throws InterruptedException {
        CheckoutSession session = aSessionOfANewLink();
        QueuedUiExecutor ui = new QueuedUiExecutor();
        PaymentDialogViewModel viewModel = filledIn(session, ui);
        StringBinding blockedReason = viewModel.submitBlockedReasonBinding();

        sandbox.server().setChaos(ChaosSettings.NONE.withLatency(SLOWER_THAN_THE_READ_TIMEOUT_MS, SLOWER_THAN_THE_READ_TIMEOUT_MS));
        viewModel.submit();
        await("the sandbox made the payment the console stopped waiting for", () -> answeredOnTheServer.stream()
                .anyMatch(answer -> answer.startsWith("POST ") && answer.endsWith("/checkout-sessions/" + session.id() + "/payments")));
        sandbox.server().setChaos(ChaosSettings.NONE);
        ui.runUntil("the dialog checks the session's payments", viewModel.checkingProperty()::get, PATIENCE);

        assertThat(viewModel.outcomeNoticeProperty().get()).startsWith("The server did not answer in time, so the console cannot tell");
        assertThat(blockedReason.get()).isEqualTo("Checking whether the payment went through…");

        ui.runUntil("the check is done", () -> !viewModel.checkingProperty().get(), PATIENCE);

        List<Payment> onTheServer = connection.connection().sessions().payments(session.id(), new Cancellation()).results();
        assertThat(onTheServer).hasSize(1);
        assertThat(paymentPosts(session)).hasSize(1);
        assertThat(viewModel.paymentProperty().get().id()).isEqualTo(onTheServer.get(0).id());
        assertThat(viewModel.sessionStatusAfterProperty().get()).isEqualTo(CheckoutSessionStatus.PROCESSING_PAYMENT.name());
        assertThat(viewModel.outcomeNoticeProperty().get()).contains("found after the unclear answer");
        assertThat(blockedReason.get()).isEqualTo("Already paid");
    }

    @Test
    void whenTheDroppedPaymentMadeNothingTheCheckSaysSoAndSubmitIsFreeAgain() throws InterruptedException {
        CheckoutSession session = aSessionOfANewLink();
        QueuedUiExecutor ui = new QueuedUiExecutor();
        PaymentDialogViewModel viewModel = filledIn(session, ui);
        StringBinding blockedReason = viewModel.submitBlockedReasonBinding();

        sandbox.server().setChaos(ChaosSettings.NONE.withDropRate(1.0));
        viewModel.submit();
        await("the payment's connection was closed without an answer",
                () -> paymentPosts(session).stream().anyMatch(post -> post.status() == null));
        sandbox.server().setChaos(ChaosSettings.NONE);
        ui.runUntil("the dialog checks the session's payments", viewModel.checkingProperty()::get, PATIENCE);

        assertThat(viewModel.outcomeNoticeProperty().get()).startsWith("Cannot reach the server, so the console cannot tell");
        assertThat(blockedReason.get()).isEqualTo("Checking whether the payment went through…");

        ui.runUntil("the check is done", () -> !viewModel.checkingProperty().get(), PATIENCE);

        assertThat(paymentReadBacks(session)).isNotEmpty();
        assertThat(connection.connection().sessions().payments(session.id(), new Cancellation()).results()).isEmpty();
        assertThat(paymentPosts(session)).hasSize(1);
        assertThat(viewModel.paymentProperty().get()).isNull();
        assertThat(viewModel.outcomeNoticeProperty().get()).startsWith("No payment was found");
        assertThat(blockedReason.get()).isNull();
    }

    @Test
    void aCheckThatFailsKeepsSubmitBlockedAndCanBeDoneAgain() {
        CheckoutSession session = aSessionOfANewLink();
        PaymentDialogViewModel viewModel = filledIn(session, TaskExecutor.sameThread());
        StringBinding blockedReason = viewModel.submitBlockedReasonBinding();

        sandbox.server().setChaos(ChaosSettings.NONE.withDropRate(1.0));
        viewModel.submit();

        assertThat(paymentReadBacks(session)).isNotEmpty();
        assertThat(blockedReason.get()).isEqualTo("The payment may have gone through: check before paying again");
        assertThat(viewModel.errorProperty().get().headline()).startsWith("Could not read this session's payments");
        assertThat(viewModel.checkAgainOfferedBinding().get()).isTrue();

        sandbox.server().setChaos(ChaosSettings.NONE);
        viewModel.checkPayments();

        assertThat(viewModel.errorProperty().get()).isNull();
        assertThat(viewModel.checkAgainOfferedBinding().get()).isFalse();
        assertThat(viewModel.outcomeNoticeProperty().get()).startsWith("No payment was found");
        assertThat(blockedReason.get()).isNull();
        assertThat(paymentPosts(session)).hasSize(1);
    }

    private static PaymentDialogViewModel filledIn(CheckoutSession session, TaskExecutor executor) {
        PaymentDialogViewModel viewModel = new PaymentDialogViewModel(connection, executor, ZoneOffset.UTC, session);
        viewModel.customerInputs().get("firstName").set("Jane");
        viewModel.customerInputs().get("email").set("jane@example.com");
        return viewModel;
    }

    /** Filled in, once the dialog has read the session's payments, as it does when it opens. */
    private static PaymentDialogViewModel filledIn(CheckoutSession session, QueuedUiExecutor ui) throws InterruptedException {
        PaymentDialogViewModel viewModel = filledIn(session, (TaskExecutor) ui);
        ui.runUntil("the dialog has read the session's payments", () -> !viewModel.checkingProperty().get(), PATIENCE);
        return viewModel;
    }

    @Test
    void aPaymentLeftOpenByAnEarlierDialogKeepsSubmitBlockedInTheNextOne() {
        CheckoutSession session = aSessionOfANewLink();
        PaymentDialogViewModel earlier = filledIn(session, TaskExecutor.sameThread());
        earlier.submit();
        Payment open = earlier.paymentProperty().get();

        PaymentDialogViewModel next = filledIn(session, TaskExecutor.sameThread());
        next.submit();

        assertThat(next.submitBlockedReasonBinding().get()).isEqualTo("Payment " + open.id() + " of this session is "
                + open.status().raw() + " and may still go through");
        assertThat(paymentPosts(session)).hasSize(1);
    }

    @Test
    void anEarlierPaymentThatExpiredIsNotTakenForTheAttemptWhoseAnswerWasLost() {
        CheckoutSession session = aSessionOfANewLink();
        PaymentDialogViewModel earlier = filledIn(session, TaskExecutor.sameThread());
        earlier.submit();
        Cancellation none = new Cancellation();
        connection.connection().payments().advanceInSandbox(earlier.paymentProperty().get().id(), PaymentStatus.EXPIRED, none);
        CheckoutSession reopened = connection.connection().sessions().refresh(session.checkoutToken(), none);
        assertThat(SessionRules.isPayable(reopened)).isTrue();
        PaymentDialogViewModel next = filledIn(reopened, TaskExecutor.sameThread());
        assertThat(next.submitBlockedReasonBinding().get()).as("an expired payment holds nothing back").isNull();

        sandbox.server().setChaos(ChaosSettings.NONE.withDropRate(1.0));
        next.submit();
        sandbox.server().setChaos(ChaosSettings.NONE);
        next.checkPayments();

        assertThat(next.paymentProperty().get()).isNull();
        assertThat(next.outcomeNoticeProperty().get()).startsWith("No payment was found");
        assertThat(next.submitBlockedReasonBinding().get()).isNull();
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    /** A session of 12,000 CLP, opened from a new link, that asks for the payer's first name and e-mail. */
    private static CheckoutSession aSessionOfANewLink() {
        Cancellation none = new Cancellation();
        PaymentLink link = connection.connection().paymentLinks().create(
                SettledPayments.linkRequest("pay-dialog-" + UUID.randomUUID(), new BigDecimal("12000"), "CLP"), none);
        return connection.connection().sessions().openFromPaymentLink(link.checkoutToken(), none);
    }

    private static List<HttpExchange> paymentPosts(CheckoutSession session) {
        return exchanges.stream().filter(exchange -> exchange.method().equals("POST")
                && exchange.path().contains(session.id()) && exchange.path().contains("pay")).toList();
    }

    /** The dialog's reads of the session's payments, GET /payments?checkoutSessionId=…. */
    private static List<HttpExchange> paymentReadBacks(CheckoutSession session) {
        return exchanges.stream().filter(exchange -> exchange.method().equals("GET")
                && exchange.path().contains("/payments?") && exchange.path().contains("checkoutSessionId=" + session.id())).toList();
    }

    private static CheckoutSession session(String methodsAndRequirements) throws Exception {
        return ModelJson.mapper().readValue("""
                {
                  "id": "6808d26af21dc6b97c1cc12a",
                  "checkoutToken": "invoice-1001",
                  "status": "ACTIVE",
                  "currency": "CLP",
                  "preTaxAmount": "49990",
                  "totalAmount": "49990",
                """ + methodsAndRequirements + "\n}", CheckoutSession.class);
    }
}
