package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** The payment-link endpoints (CONOMY-API.md §4.1). A new link is ACTIVE at once and reusable by many payers. */
final class PaymentLinks {
    private final SandboxState state;

    PaymentLinks(SandboxState state) {
        this.state = state;
    }

    ObjectNode create(JsonNode body) {
        String token = Fields.requiredText(body, "checkoutToken", "checkoutToken");
        ObjectNode customer = CustomerData.read("customer", body.get("customer"));
        Offer offer = OfferReader.read(body);
        return state.write(() -> {
            if (state.linksByToken.containsKey(token)) {
                throw ApiProblem.alreadyExists("a payment link with checkoutToken " + token + " already exists");
            }
            Instant now = state.clock.now();
            PaymentLinkRecord link = new PaymentLinkRecord(state.ids.next(now), token, offer, customer, now, LinkStatus.ACTIVE);
            state.addLink(link);
            return JsonViews.link(link, now);
        });
    }

    ObjectNode get(String id) {
        return state.read(() -> JsonViews.link(state.link(id), state.clock.now()));
    }

    /** Only ATTEMPT and EXPIRED links may be deleted (CONOMY-API.md §4.1). */
    void delete(String id) {
        state.write(() -> {
            PaymentLinkRecord link = state.link(id);
            LinkStatus status = link.status(state.clock.now());
            if (status != LinkStatus.ATTEMPT && status != LinkStatus.EXPIRED) {
                throw ApiProblem.failedPrecondition("payment link " + id + " is " + status + "; only ATTEMPT or EXPIRED links can be deleted");
            }
            state.removeLink(link);
            return null;
        });
    }

    /** Opens the link for another {@code duration} seconds from now; a FINISHED or busy link stays as it is. */
    ObjectNode activate(String id) {
        return state.write(() -> {
            PaymentLinkRecord link = state.link(id);
            Instant now = state.clock.now();
            LinkStatus status = link.status(now);
            if (status == LinkStatus.FINISHED || status == LinkStatus.PROCESSING_PAYMENT) {
                throw ApiProblem.failedPrecondition("payment link " + id + " is " + status + "; it cannot be activated");
            }
            link.activeFrom = now;
            link.storedStatus = LinkStatus.ACTIVE;
            return JsonViews.link(link, now);
        });
    }
}
