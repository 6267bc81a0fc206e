package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;

import java.math.BigDecimal;
import java.time.Instant;

/** One payment (or refund child). Mutable fields are changed only under the state's write lock. */
final class PaymentRecord {
    final String id;
    final String externalId;
    final String type;
    final String identityId;
    final String accountNumber;
    final BigDecimal totalAmount;
    final String currency;
    final String description;
    final Instant createdAt;
    final Instant expiresAt;
    final ArrayNode origins;
    final ArrayNode destinations;
    final String checkoutSessionId;
    final String paymentLinkId;
    final String parentPaymentId;
    PaymentStatus status;
    Instant updatedAt;
    Instant authorizedAt;
    Instant capturedAt;
    Instant settledAt;
    Instant expiredAt;
    Instant unsettledAt;

    PaymentRecord(String id, String externalId, String type, String identityId, String accountNumber,
                  BigDecimal totalAmount, String currency, String description, Instant createdAt, Instant expiresAt,
                  ArrayNode origins, ArrayNode destinations, String checkoutSessionId, String paymentLinkId,
                  String parentPaymentId, PaymentStatus status) {
        this.id = id;
        this.externalId = externalId;
        this.type = type;
        this.identityId = identityId;
        this.accountNumber = accountNumber;
        this.totalAmount = totalAmount;
        this.currency = currency;
        this.description = description;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.origins = origins;
        this.destinations = destinations;
        this.checkoutSessionId = checkoutSessionId;
        this.paymentLinkId = paymentLinkId;
        this.parentPaymentId = parentPaymentId;
        this.status = status;
        this.updatedAt = createdAt;
    }

    boolean isRefund() {
        return "REFUND".equals(type);
    }

    /** Moves the payment, stamping the times of the steps it passes through. */
    void moveTo(PaymentStatus target, Instant now) {
        if (target == PaymentStatus.AUTHORIZED) {
            authorizedAt = now;
        }
        if ((target == PaymentStatus.CAPTURED || target == PaymentStatus.RECEIVED || target == PaymentStatus.SETTLED)
                && capturedAt == null) {
            capturedAt = now;
        }
        if (target == PaymentStatus.SETTLED) {
            settledAt = now;
        }
        if (target == PaymentStatus.EXPIRED) {
            expiredAt = now;
        }
        if (target == PaymentStatus.UNSETTLED) {
            unsettledAt = now;
        }
        status = target;
        updatedAt = now;
    }
}
