package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** One payment link and its state. Mutable fields are changed only under the state's write lock. */
final class PaymentLinkRecord {
    final String id;
    final String checkoutToken;
    final Offer offer;
    final ObjectNode customer;
    final Instant createdAt;
    final BigDecimal totalAmount;
    /** When the current window of {@code duration} seconds began: creation, or the last activation. */
    Instant activeFrom;
    LinkStatus storedStatus;

    PaymentLinkRecord(String id, String checkoutToken, Offer offer, ObjectNode customer, Instant createdAt, LinkStatus status) {
        this.id = id;
        this.checkoutToken = checkoutToken;
        this.offer = offer;
        this.customer = customer;
        this.createdAt = createdAt;
        this.totalAmount = offer.totalAmount();
        this.activeFrom = createdAt;
        this.storedStatus = status;
    }

    Instant expiresAt() {
        return activeFrom.plus(Duration.ofSeconds(offer.durationSeconds()));
    }

    /** An ATTEMPT or ACTIVE link past its window reads EXPIRED. */
    LinkStatus status(Instant now) {
        boolean open = storedStatus == LinkStatus.ATTEMPT || storedStatus == LinkStatus.ACTIVE;
        return open && !now.isBefore(expiresAt()) ? LinkStatus.EXPIRED : storedStatus;
    }
}
