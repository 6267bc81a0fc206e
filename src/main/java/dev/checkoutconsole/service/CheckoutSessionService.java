package dev.checkoutconsole.service;

import dev.checkoutconsole.api.ConomyClient;
import dev.checkoutconsole.api.model.CheckoutPaymentRequest;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.CreateCheckoutSessionRequest;
import dev.checkoutconsole.api.model.Page;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentQuery;

/** Checkout sessions: reading, creating, paying, refreshing and deleting them. */
public final class CheckoutSessionService {
    private final ConomyClient client;

    CheckoutSessionService(ConomyClient client) {
        this.client = client;
    }

    public Page<CheckoutSession> list(CheckoutSessionQuery query, Cancellation cancellation) {
        return cancellation.run(client.listCheckoutSessions(query));
    }

    public CheckoutSession get(String checkoutSessionId, Cancellation cancellation) {
        return cancellation.run(client.getCheckoutSession(InputValidation.required("id", checkoutSessionId)));
    }

    public void delete(String checkoutSessionId, Cancellation cancellation) {
        cancellation.run(client.deleteCheckoutSession(InputValidation.required("id", checkoutSessionId)));
    }

    public CheckoutSession create(CreateCheckoutSessionRequest request, Cancellation cancellation) {
        if (request.duration() != null) {
            InputValidation.duration("duration", request.duration());
        }
        return cancellation.run(client.createCheckoutSession(request));
    }

    public Payment pay(String checkoutSessionId, CheckoutPaymentRequest request, Cancellation cancellation) {
        return cancellation.run(client.payCheckoutSession(InputValidation.required("id", checkoutSessionId), request));
    }

    public CheckoutSession refresh(String checkoutToken, Cancellation cancellation) {
        return cancellation.run(client.refreshCheckoutSession(InputValidation.required("checkoutToken", checkoutToken)));
    }

    /** Opens a new session from a payment link's token, as the hosted checkout page does. */
    public CheckoutSession openFromPaymentLink(String paymentLinkToken, Cancellation cancellation) {
        return cancellation.run(client.createCheckoutSessionFromLink(InputValidation.required("checkoutToken", paymentLinkToken)));
    }

    /** The payments made on one session (GET /payments?checkoutSessionId=…). */
    public Page<Payment> payments(String checkoutSessionId, Cancellation cancellation) {
        return cancellation.run(client.listPayments(PaymentQuery.ofCheckoutSession(InputValidation.required("id", checkoutSessionId))));
    }
}
