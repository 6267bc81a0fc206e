package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One checkout session and its state. Mutable fields are changed only under the state's write lock. Times are kept
 * as epoch milliseconds and the owner, first account and amount are kept beside the offer, because a list scans
 * every session: the scan then reads this object alone.
 */
final class CheckoutSessionRecord {
    final String id;
    final String paymentLinkId;
    final String checkoutToken;
    final Offer offer;
    final long createdAtMs;
    final BigDecimal totalAmount;
    /** totalAmount as a double, for fast ordering; ties fall back to totalAmount itself. */
    final double amountKey;
    final String identityId;
    final String firstAccountNumber;
    ObjectNode customer;
    long expiresAtMs;
    SessionStatus storedStatus;
    String paymentId;

    CheckoutSessionRecord(String id, String paymentLinkId, String checkoutToken, Offer offer, ObjectNode customer,
                          Instant createdAt, SessionStatus status) {
        this.id = id;
        this.paymentLinkId = paymentLinkId;
        this.checkoutToken = checkoutToken;
        this.offer = offer;
        this.customer = customer;
        this.createdAtMs = createdAt.toEpochMilli();
        this.totalAmount = offer.totalAmount();
        this.amountKey = totalAmount.doubleValue();
        this.identityId = offer.identityId();
        this.firstAccountNumber = offer.destinations().get(0).accountNumber();
        this.storedStatus = status;
        extendFrom(createdAt);
    }

    Instant createdAt() {
        return Instant.ofEpochMilli(createdAtMs);
    }

    Instant expiresAt() {
        return Instant.ofEpochMilli(expiresAtMs);
    }

    /** expiresAt = start + duration. */
    void extendFrom(Instant start) {
        expiresAtMs = start.toEpochMilli() + offer.durationSeconds() * 1000L;
    }

    /** The status as read at {@code nowMs}: an open session past its expiry reads EXPIRED. */
    SessionStatus status(long nowMs) {
        return storedStatus.isOpen() && nowMs >= expiresAtMs ? SessionStatus.EXPIRED : storedStatus;
    }

    SessionStatus status(Instant now) {
        return status(now.toEpochMilli());
    }

    boolean paysInto(String accountNumber) {
        return accountNumber.equals(firstAccountNumber) || offer.destinations().size() > 1 && offer.paysInto(accountNumber);
    }

    /** ACTIVE once the payer's data covers every customer requirement, else ATTEMPT. */
    SessionStatus openStatus() {
        return CustomerData.satisfies(customer, offer.customerRequirements()) ? SessionStatus.ACTIVE : SessionStatus.ATTEMPT;
    }
}
