package dev.checkoutconsole.service;

import dev.checkoutconsole.api.ConomyClient;
import dev.checkoutconsole.api.model.CreateCheckoutSessionRequest;
import dev.checkoutconsole.api.model.Page;
import dev.checkoutconsole.api.model.PaymentLink;
import dev.checkoutconsole.api.model.PaymentLinkQuery;


/** Payment links: reusable offers that open checkout sessions. */
public final class PaymentLinkService {
    private final ConomyClient client;
    private final Mutations mutations;

    PaymentLinkService(ConomyClient client, Mutations mutations) {
        this.client = client;
        this.mutations = mutations;
    }

    public PaymentLink create(CreateCheckoutSessionRequest request, Cancellation cancellation) {
        if (request.duration() != null) {
            InputValidation.duration("duration", request.duration());
        }
        return mutations.run(AuditAction.PAYMENT_LINK_CREATE, Mutations.ids(request.checkoutToken()),
                () -> cancellation.run(client.createPaymentLink(request)), link -> Mutations.ids(link.id()));
    }

    public Page<PaymentLink> list(PaymentLinkQuery query, Cancellation cancellation) {
        return cancellation.run(client.listPaymentLinks(query));
    }

    public PaymentLink get(String paymentLinkId, Cancellation cancellation) {
        return cancellation.run(client.getPaymentLink(InputValidation.required("id", paymentLinkId)));
    }

    public void delete(String paymentLinkId, Cancellation cancellation) {
        String id = InputValidation.required("id", paymentLinkId);
        mutations.run(AuditAction.PAYMENT_LINK_DELETE, Mutations.ids(id), () -> cancellation.run(client.deletePaymentLink(id)));
    }

    public PaymentLink activate(String paymentLinkId, Cancellation cancellation) {
        String id = InputValidation.required("id", paymentLinkId);
        return mutations.run(AuditAction.PAYMENT_LINK_ACTIVATE, Mutations.ids(id),
                () -> cancellation.run(client.activatePaymentLink(id)), link -> Mutations.ids());
    }
}
