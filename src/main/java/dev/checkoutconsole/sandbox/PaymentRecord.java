package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One payment (or refund child). Its nodes are kept as values and written on demand: the payer's rail
 * ({@code method}, with {@code payer}, the customer of the session, never modified) and the merchant's accounts.
 * A purchase flows from the rail to the accounts; a refund the other way. Mutable fields are changed only under
 * the state's write lock.
 */
final class PaymentRecord {
    final String id;
    final String externalId;
    final String type;
    final String identityId;
    final String accountNumber;
    final BigDecimal totalAmount;
    final String currency;
    final String description;
    final long createdAtMs;
    /** totalAmount as a double, for fast ordering; ties fall back to totalAmount itself. */
    final double amountKey;
    final Instant expiresAt;
    final String method;
    final ObjectNode payer;
    final List<Destination> accounts;
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
                  String method, ObjectNode payer, List<Destination> accounts, String checkoutSessionId, String paymentLinkId,
                  String parentPaymentId, PaymentStatus status) {
        this.id = id;
        this.externalId = externalId;
        this.type = type;
        this.identityId = identityId;
        this.accountNumber = accountNumber;
        this.totalAmount = totalAmount;
        this.currency = currency;
        this.description = description;
        this.createdAtMs = createdAt.toEpochMilli();
        this.amountKey = totalAmount.doubleValue();
        this.expiresAt = expiresAt;
        this.method = method;
        this.payer = payer;
        this.accounts = List.copyOf(accounts);
        this.checkoutSessionId = checkoutSessionId;
        this.paymentLinkId = paymentLinkId;
        this.parentPaymentId = parentPaymentId;
        this.status = status;
        this.updatedAt = createdAt;
    }

    Instant createdAt() {
        return Instant.ofEpochMilli(createdAtMs);
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
