package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;

/** The checkout-session endpoints (CONOMY-API.md §2) and their state machine (§6.1). */
final class CheckoutSessions {
    /** How long the rail instructions of a new payment stay valid. */
    private static final Duration PAYMENT_TTL = Duration.ofMinutes(30);

    private final SandboxState state;

    CheckoutSessions(SandboxState state) {
        this.state = state;
    }

    ObjectNode get(String id) {
        return state.read(() -> JsonViews.session(state.session(id), state.clock.now()));
    }

    /**
     * Creates a stand-alone session from the offer in the body, or, when the body carries only a checkoutToken (and
     * perhaps a customer), opens a session of the payment link with that token.
     */
    ObjectNode create(JsonNode body) {
        String token = Fields.requiredText(body, "checkoutToken", "checkoutToken");
        ObjectNode customer = CustomerData.read("customer", body.get("customer"));
        if (!OfferReader.describesOffer(body)) {
            return openFromLink(token, customer);
        }
        Offer offer = OfferReader.read(body);
        return state.write(() -> {
            if (state.sessionsByToken.containsKey(token)) {
                throw ApiProblem.alreadyExists("a checkout session with checkoutToken " + token + " already exists");
            }
            Instant now = state.clock.now();
            CheckoutSessionRecord session = new CheckoutSessionRecord(state.ids.next(now), null, token, offer, customer,
                    now, SessionStatus.ATTEMPT);
            session.storedStatus = session.openStatus();
            state.addSession(session);
            return JsonViews.session(session, now);
        });
    }

    /** POST /payment-links/token/{token}/checkout-sessions, and the recipe's form of POST /checkout-sessions. */
    ObjectNode openFromLink(String linkToken, ObjectNode customer) {
        return state.write(() -> {
            PaymentLinkRecord link = state.linksByToken.get(linkToken);
            if (link == null) {
                throw ApiProblem.notFound("no payment link has checkoutToken " + linkToken);
            }
            Instant now = state.clock.now();
            LinkStatus status = link.status(now);
            if (status != LinkStatus.ACTIVE) {
                throw ApiProblem.failedPrecondition("payment link " + link.id + " is " + status + "; only an ACTIVE link opens sessions");
            }
            String token;
            do {
                token = linkToken + "-" + state.ids.shortSuffix();
            } while (state.sessionsByToken.containsKey(token));
            CheckoutSessionRecord session = new CheckoutSessionRecord(state.ids.next(now), link.id, token, link.offer,
                    CustomerData.merge(link.customer, customer), now, SessionStatus.ATTEMPT);
            session.storedStatus = session.openStatus();
            state.addSession(session);
            return JsonViews.session(session, now);
        });
    }

    /** Removes the session, unless a payment is in progress or has finished (422). */
    void delete(String id) {
        state.write(() -> {
            CheckoutSessionRecord session = state.session(id);
            SessionStatus status = session.status(state.clock.now());
            if (status == SessionStatus.PROCESSING_PAYMENT || status == SessionStatus.FINISHED || status == SessionStatus.FAILED) {
                throw ApiProblem.failedPrecondition("checkout session " + id + " is " + status
                        + "; a session whose payment is in progress or finished cannot be deleted");
            }
            state.removeSession(session);
            return null;
        });
    }

    /** Extends an open or expired session by its duration from now; refused once a payment exists. */
    ObjectNode refresh(String token) {
        return state.write(() -> {
            CheckoutSessionRecord session = state.sessionsByToken.get(token);
            if (session == null) {
                throw ApiProblem.notFound("no checkout session has checkoutToken " + token);
            }
            Instant now = state.clock.now();
            SessionStatus status = session.status(now);
            if (status == SessionStatus.PROCESSING_PAYMENT || status == SessionStatus.FINISHED || status == SessionStatus.FAILED) {
                throw ApiProblem.failedPrecondition("checkout session " + session.id + " is " + status + "; it cannot be refreshed");
            }
            session.extendFrom(now);
            session.storedStatus = session.openStatus();
            return JsonViews.session(session, now);
        });
    }

    /**
     * Pays the session: the recipe's {paymentMethod, customer} or the spec's {origins}, plus description. The method
     * must be allowed and the customer requirements met; the session moves to PROCESSING_PAYMENT.
     */
    ObjectNode pay(String id, JsonNode body) {
        PaymentChoice choice = PaymentChoice.read(body);
        return state.write(() -> {
            CheckoutSessionRecord session = state.session(id);
            Instant now = state.clock.now();
            SessionStatus status = session.status(now);
            if (!status.isOpen()) {
                throw ApiProblem.failedPrecondition("checkout session " + id + " is " + status
                        + "; only an ATTEMPT or ACTIVE session can be paid");
            }
            Offer offer = session.offer;
            if (!offer.paymentMethodsAllowed().contains(choice.method())) {
                throw ApiProblem.invalidParam(choice.methodField(), "must be one of the session's paymentMethodsAllowed "
                        + offer.paymentMethodsAllowed() + ", not '" + choice.method() + "'");
            }
            ObjectNode customer = CustomerData.merge(session.customer, choice.customer());
            String missing = CustomerData.firstMissing(customer, offer.customerRequirements());
            if (missing != null) {
                throw ApiProblem.missingParam("customer." + missing);
            }
            String paymentId = state.ids.next(now);
            PaymentRecord payment = new PaymentRecord(paymentId, session.checkoutToken, "PURCHASE", offer.identityId(),
                    offer.destinations().get(0).accountNumber(), session.totalAmount, offer.currency(), choice.description(),
                    now, now.plus(PAYMENT_TTL), choice.method(), customer, offer.destinations(),
                    session.id, session.paymentLinkId, null, PaymentStatus.CREATED);
            state.addPayment(payment);
            session.customer = customer;
            session.storedStatus = SessionStatus.PROCESSING_PAYMENT;
            session.paymentId = paymentId;
            return JsonViews.payment(payment);
        });
    }
}
