package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionStatus;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentStatus;
import dev.checkoutconsole.api.model.PaymentType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The life of a session as a list of dated events: created, its payment created, captured, received, settled,
 * refunded, expired, and what this console did to it (refreshed, deleted). The API keeps no history, so events are
 * read off the timestamps it does return; the console's own actions come from its audit trail.
 */
public final class SessionTimeline {
    private SessionTimeline() {
    }

    public enum Kind { CREATED, PAYMENT_CREATED, AUTHORIZED, CAPTURED, RECEIVED, SETTLED, FAILED, EXPIRED, REFUNDED, REFRESHED, DELETED }

    /** One event. {@code approximate} when the API gives no exact time for it and a nearby timestamp stands in. */
    public record Event(Kind kind, Instant at, String detail, boolean approximate) {
    }

    /**
     * @param payments    the session's payments and their refund children, as GET /payments returns them
     * @param localEvents what this console recorded doing to the session (refresh, delete), already dated
     */
    public static List<Event> of(CheckoutSession session, List<Payment> payments, List<Event> localEvents, Instant now) {
        List<Event> events = new ArrayList<>();
        events.add(new Event(Kind.CREATED, session.createdAt(), "session " + session.id(), false));
        for (Payment payment : payments) {
            if (payment.type() != null && payment.type().is(PaymentType.REFUND)) {
                events.add(new Event(Kind.REFUNDED, payment.createdAt(),
                        Money.formatWithCurrency(payment.totalAmount(), payment.currency()) + " · " + payment.status(), false));
            } else {
                paymentEvents(payment, events);
            }
        }
        if (session.status().is(CheckoutSessionStatus.EXPIRED) || (session.expiresAt() != null && session.expiresAt().isBefore(now)
                && (session.status().is(CheckoutSessionStatus.ATTEMPT) || session.status().is(CheckoutSessionStatus.ACTIVE)))) {
            events.add(new Event(Kind.EXPIRED, session.expiresAt(), "session expired", false));
        }
        events.addAll(localEvents);
        events.removeIf(event -> event.at() == null);
        events.sort(Comparator.comparing(Event::at).thenComparing(Event::kind));
        return events;
    }

    private static void paymentEvents(Payment payment, List<Event> events) {
        String what = "payment " + payment.id() + " · " + Money.formatWithCurrency(payment.totalAmount(), payment.currency());
        events.add(new Event(Kind.PAYMENT_CREATED, payment.createdAt(), what, false));
        if (payment.authorizedAt() != null) {
            events.add(new Event(Kind.AUTHORIZED, payment.authorizedAt(), what, false));
        }
        if (payment.capturedAt() != null) {
            events.add(new Event(Kind.CAPTURED, payment.capturedAt(), what, false));
        }
        if (payment.status().is(PaymentStatus.RECEIVED)) {
            events.add(new Event(Kind.RECEIVED, payment.updatedAt(), what, true));
        }
        if (payment.status().is(PaymentStatus.SETTLED)) {
            Instant settled = payment.settledAt() != null ? payment.settledAt() : payment.updatedAt();
            events.add(new Event(Kind.SETTLED, settled, what, payment.settledAt() == null));
        }
        if (payment.status().is(PaymentStatus.FAILED) || payment.status().is(PaymentStatus.UNSETTLED)) {
            events.add(new Event(Kind.FAILED, payment.unsettledAt() != null ? payment.unsettledAt() : payment.updatedAt(),
                    what + (payment.unsettledReason() == null ? "" : " · " + payment.unsettledReason()), payment.unsettledAt() == null));
        }
        if (payment.status().is(PaymentStatus.EXPIRED)) {
            events.add(new Event(Kind.EXPIRED, payment.expiredAt() != null ? payment.expiredAt() : payment.updatedAt(), what,
                    payment.expiredAt() == null));
        }
    }
}
