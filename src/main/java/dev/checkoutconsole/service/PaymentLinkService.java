package dev.checkoutconsole.service;

import dev.checkoutconsole.api.ConomyClient;
import dev.checkoutconsole.api.model.CreateCheckoutSessionRequest;
import dev.checkoutconsole.api.model.Page;
import dev.checkoutconsole.api.model.PaymentLink;
import dev.checkoutconsole.api.model.PaymentLinkQuery;

/** Payment links: reusable offers that open checkout sessions. */
public final class PaymentLinkService {
    private final ConomyClient client;

    PaymentLinkService(ConomyClient client) {
        this.client = client;
    }

    public PaymentLink create(CreateCheckoutSessionRequest request, Cancellation cancellation) {
        if (request.duration() != null) {
            InputValidation.duration("duration", request.duration());
        }
        return cancellation.run(client.createPaymentLink(request));
    }

    public Page<PaymentLink> list(PaymentLinkQuery query, Cancellation cancellation) {
        return cancellation.run(client.listPaymentLinks(query));
    }

    public PaymentLink get(String paymentLinkId, Cancellation cancellation) {
        return cancellation.run(client.getPaymentLink(InputValidation.required("id", paymentLinkId)));
    }

    public void delete(String paymentLinkId, Cancellation cancellation) {
        cancellation.run(client.deletePaymentLink(InputValidation.required("id", paymentLinkId)));
    }

    public PaymentLink activate(String paymentLinkId, Cancellation cancellation) {
        return cancellation.run(client.activatePaymentLink(InputValidation.required("id", paymentLinkId)));
    }
}
