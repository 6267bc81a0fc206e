package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** One checkout session and its state. Mutable fields are changed only under the state's write lock. */
final class CheckoutSessionRecord {
    final String id;
    final String paymentLinkId;
    final String checkoutToken;
    final Offer offer;
    final Instant createdAt;
    /** Kept because sorting and filtering must not sum items or read the owner node for every session. */
    final BigDecimal totalAmount;
    final String identityId;
    ObjectNode customer;
    Instant expiresAt;
    SessionStatus storedStatus;
    String paymentId;

    CheckoutSessionRecord(String id, String paymentLinkId, String checkoutToken, Offer offer, ObjectNode customer,
                          Instant createdAt, SessionStatus status) {
        this.id = id;
        this.paymentLinkId = paymentLinkId;
        this.checkoutToken = checkoutToken;
        this.offer = offer;
        this.customer = customer;
        this.createdAt = createdAt;
        this.totalAmount = offer.totalAmount();
        this.identityId = offer.identityId();
        this.expiresAt = createdAt.plus(Duration.ofSeconds(offer.durationSeconds()));
        this.storedStatus = status;
    }

    /** The status as read at {@code now}: an open session past its expiry reads EXPIRED. */
    SessionStatus status(Instant now) {
        if (storedStatus.isOpen() && !now.isBefore(expiresAt)) {
            return SessionStatus.EXPIRED;
        }
        return storedStatus;
    }

    /** ACTIVE once the payer's data covers every customer requirement, else ATTEMPT. */
    SessionStatus openStatus() {
        return CustomerData.satisfies(customer, offer.customerRequirements()) ? SessionStatus.ACTIVE : SessionStatus.ATTEMPT;
    }
}
