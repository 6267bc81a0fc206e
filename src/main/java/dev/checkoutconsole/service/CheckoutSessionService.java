package dev.checkoutconsole.service;

import dev.checkoutconsole.api.ConomyClient;
import dev.checkoutconsole.api.model.CheckoutPaymentRequest;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.CreateCheckoutSessionRequest;
import dev.checkoutconsole.api.model.Page;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentQuery;


/** Checkout sessions: reading, creating, paying, refreshing and deleting them. Every change goes into the audit trail. */
public final class CheckoutSessionService {
    private final ConomyClient client;
    private final Mutations mutations;

    CheckoutSessionService(ConomyClient client, Mutations mutations) {
        this.client = client;
        this.mutations = mutations;
    }

    public Page<CheckoutSession> list(CheckoutSessionQuery query, Cancellation cancellation) {
        return cancellation.run(client.listCheckoutSessions(query));
    }

    public CheckoutSession get(String checkoutSessionId, Cancellation cancellation) {
        return cancellation.run(client.getCheckoutSession(InputValidation.required("id", checkoutSessionId)));
    }

    public void delete(String checkoutSessionId, Cancellation cancellation) {
        String id = InputValidation.required("id", checkoutSessionId);
        mutations.run(AuditAction.SESSION_DELETE, Mutations.ids(id), () -> cancellation.run(client.deleteCheckoutSession(id)));
    }

    public CheckoutSession create(CreateCheckoutSessionRequest request, Cancellation cancellation) {
        if (request.duration() != null) {
            InputValidation.duration("duration", request.duration());
        }
        return mutations.run(AuditAction.SESSION_CREATE, Mutations.ids(request.checkoutToken()),
                () -> cancellation.run(client.createCheckoutSession(request)), session -> Mutations.ids(session.id()));
    }

    public Payment pay(String checkoutSessionId, CheckoutPaymentRequest request, Cancellation cancellation) {
        String id = InputValidation.required("id", checkoutSessionId);
        return mutations.run(AuditAction.SESSION_PAY, Mutations.ids(id),
                () -> cancellation.run(client.payCheckoutSession(id, request)), payment -> Mutations.ids(payment.id()));
    }

    public CheckoutSession refresh(String checkoutToken, Cancellation cancellation) {
        String token = InputValidation.required("checkoutToken", checkoutToken);
        return mutations.run(AuditAction.SESSION_REFRESH, Mutations.ids(token),
                () -> cancellation.run(client.refreshCheckoutSession(token)), session -> Mutations.ids(session.id()));
    }

    /** Opens a new session from a payment link's token, as the hosted checkout page does. */
    public CheckoutSession openFromPaymentLink(String paymentLinkToken, Cancellation cancellation) {
        String token = InputValidation.required("checkoutToken", paymentLinkToken);
        return mutations.run(AuditAction.SESSION_CREATE_FROM_LINK, Mutations.ids(token),
                () -> cancellation.run(client.createCheckoutSessionFromLink(token)), session -> Mutations.ids(session.id()));
    }

    /** The payments made on one session (GET /payments?checkoutSessionId=…). */
    public Page<Payment> payments(String checkoutSessionId, Cancellation cancellation) {
        return cancellation.run(client.listPayments(PaymentQuery.ofCheckoutSession(InputValidation.required("id", checkoutSessionId))));
    }
}
