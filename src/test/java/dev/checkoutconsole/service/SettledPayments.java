package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.Account;
import dev.checkoutconsole.api.model.CheckoutCustomer;
import dev.checkoutconsole.api.model.CheckoutPaymentRequest;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CreateCheckoutSessionRequest;
import dev.checkoutconsole.api.model.CustomerField;
import dev.checkoutconsole.api.model.Destination;
import dev.checkoutconsole.api.model.Item;
import dev.checkoutconsole.api.model.OpenEnum;
import dev.checkoutconsole.api.model.Owner;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentLink;
import dev.checkoutconsole.api.model.PaymentMethodType;
import dev.checkoutconsole.api.model.PaymentStatus;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Makes a SETTLED payment in the sandbox the way a payer would: link, session, payment, confirmation, settlement. */
public final class SettledPayments {
    private SettledPayments() {
    }

    public static Payment settled(Connection connection, String amount, String currency) {
        Cancellation none = new Cancellation();
        PaymentLink link = connection.paymentLinks().create(linkRequest("review-" + UUID.randomUUID(), new BigDecimal(amount), currency), none);
        CheckoutSession session = connection.sessions().openFromPaymentLink(link.checkoutToken(), none);
        CheckoutCustomer payer = new CheckoutCustomer(null, "Jane", "jane@example.com", null, null, null, null, null, null);
        Payment payment = connection.sessions().pay(session.id(), CheckoutPaymentRequest.withMethod("ETPAY", "Order", payer), none);
        connection.payments().simulateReceived(payment.id(), none);
        return connection.payments().advanceInSandbox(payment.id(), PaymentStatus.SETTLED, none);
    }

    public static CreateCheckoutSessionRequest linkRequest(String token, BigDecimal amount, String currency) {
        Destination destination = new Destination(null, "ACCOUNT", null, amount, currency, null,
                new Account(null, null, "123456", null), null);
        return new CreateCheckoutSessionRequest(token, List.of(new Item(amount, amount, "Order", null)), currency,
                List.of(OpenEnum.of(PaymentMethodType.ETPAY)), null, List.of(destination), 86400,
                List.of(OpenEnum.of(CustomerField.firstName), OpenEnum.of(CustomerField.email)),
                Owner.of("679c482ee4420cb5b0966c9a"), "https://merchant.example/ok", "https://merchant.example/failed");
    }
}
