package dev.checkoutconsole.api;

import dev.checkoutconsole.api.model.AccessToken;
import dev.checkoutconsole.api.model.CheckoutPaymentRequest;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.CreateCheckoutSessionRequest;
import dev.checkoutconsole.api.model.Page;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentLink;
import dev.checkoutconsole.api.model.PaymentLinkQuery;
import dev.checkoutconsole.api.model.PaymentQuery;
import dev.checkoutconsole.api.model.PaymentRefunds;
import dev.checkoutconsole.api.model.PaymentStatus;
import dev.checkoutconsole.api.model.RefundCreated;
import dev.checkoutconsole.api.model.RefundQuery;
import dev.checkoutconsole.api.model.RefundRequest;

/**
 * The Conomy API, one method per endpoint. Every method only prepares the call; see {@link ApiCall}.
 * GETs are retried on transient failures; POST and DELETE never are.
 */
public final class ConomyClient implements AutoCloseable {

    public ConomyClient(ClientConfig config, HttpExchangeListener listener) {
        throw new UnsupportedOperationException("TODO");
    }

    // --- checkout sessions ---
    public ApiCall<Page<CheckoutSession>> listCheckoutSessions(CheckoutSessionQuery query) { throw new UnsupportedOperationException(); }
    public ApiCall<CheckoutSession> getCheckoutSession(String checkoutSessionId) { throw new UnsupportedOperationException(); }
    public ApiCall<Void> deleteCheckoutSession(String checkoutSessionId) { throw new UnsupportedOperationException(); }
    public ApiCall<CheckoutSession> createCheckoutSession(CreateCheckoutSessionRequest request) { throw new UnsupportedOperationException(); }
    public ApiCall<Payment> payCheckoutSession(String checkoutSessionId, CheckoutPaymentRequest request) { throw new UnsupportedOperationException(); }
    public ApiCall<CheckoutSession> refreshCheckoutSession(String checkoutToken) { throw new UnsupportedOperationException(); }
    public ApiCall<CheckoutSession> createCheckoutSessionFromLink(String paymentLinkToken) { throw new UnsupportedOperationException(); }

    // --- auth ---
    public ApiCall<AccessToken> authenticate() { throw new UnsupportedOperationException(); }

    // --- payments ---
    public ApiCall<Page<Payment>> listPayments(PaymentQuery query) { throw new UnsupportedOperationException(); }
    public ApiCall<Payment> getPayment(String paymentId) { throw new UnsupportedOperationException(); }

    // --- refunds ---
    public ApiCall<RefundCreated> refundPayment(String paymentId, RefundRequest request) { throw new UnsupportedOperationException(); }
    public ApiCall<PaymentRefunds> listPaymentRefunds(String paymentId) { throw new UnsupportedOperationException(); }
    public ApiCall<Page<Payment>> listRefunds(RefundQuery query) { throw new UnsupportedOperationException(); }

    // --- payment links ---
    public ApiCall<PaymentLink> createPaymentLink(CreateCheckoutSessionRequest request) { throw new UnsupportedOperationException(); }
    public ApiCall<Page<PaymentLink>> listPaymentLinks(PaymentLinkQuery query) { throw new UnsupportedOperationException(); }
    public ApiCall<PaymentLink> getPaymentLink(String paymentLinkId) { throw new UnsupportedOperationException(); }
    public ApiCall<Void> deletePaymentLink(String paymentLinkId) { throw new UnsupportedOperationException(); }
    public ApiCall<PaymentLink> activatePaymentLink(String paymentLinkId) { throw new UnsupportedOperationException(); }

    // --- sandbox provider simulator (sandbox environments only) ---
    /** POST /payments/received {"id": …}: the documented simulation of the provider confirming funds. */
    public ApiCall<Payment> simulatePaymentReceived(String paymentId) { throw new UnsupportedOperationException(); }
    /** POST /_sandbox/payments/{id}/advance {"to": …}: the embedded sandbox's own transition driver. */
    public ApiCall<Payment> advanceSandboxPayment(String paymentId, PaymentStatus to) { throw new UnsupportedOperationException(); }

    @Override
    public void close() { }
}
