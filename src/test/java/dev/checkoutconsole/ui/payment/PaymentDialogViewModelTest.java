package dev.checkoutconsole.ui.payment;

import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionStatus;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.ModelJson;
import dev.checkoutconsole.api.model.PaymentLink;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.SettledPayments;
import dev.checkoutconsole.testsupport.LocalDataFixture;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.ui.common.DetailField;
import dev.checkoutconsole.ui.common.TaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The payment dialog's logic: the methods it offers, the payer fields it asks for, and one payment per dialog. */
class PaymentDialogViewModelTest {
    @RegisterExtension
    static final SandboxFixture sandbox = SandboxFixture.builder().seedSessions(10).build();

    @RegisterExtension
    static final LocalDataFixture local = new LocalDataFixture();

    private static final List<HttpExchange> exchanges = new CopyOnWriteArrayList<>();
    private static ActiveConnection connection;

    @BeforeAll
    static void connect() {
        connection = new ActiveConnection(local.data().audit());
        connection.onExchange(exchanges::add);
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
