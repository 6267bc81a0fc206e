package dev.checkoutconsole.api.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A payment (transaction), CONOMY-API.md §3.3, with the fields that appear outside the spec's schema too
 * (checkout and link ids, refund parent, settlement and reconciliation details). Refunds are payments of type
 * REFUND whose parentPaymentId is the refunded payment.
 */
public record Payment(
        String id,
        String externalId,
        String identityId,
        String identityExternalId,
        String accountNumber,
        BigDecimal totalAmount,
        String currency,
        String description,
        String product,
        OpenEnum<PaymentStatus> status,
        OpenEnum<PaymentType> type,
        BigDecimal purchaseAmount,
        String purchaseCurrency,
        List<Fee> fees,
        Instant createdAt,
        Instant updatedAt,
        Instant expiresAt,
        Instant capturedAt,
        Instant authorizedAt,
        Instant refundedAt,
        List<PaymentNode> origins,
        List<PaymentNode> destinations,
        String settlement,
        String checkoutSessionId,
        String paymentLinkId,
        String parentPaymentId,
        String relatedPaymentId,
        String customerId,
        Instant settledAt,
        Instant expiredAt,
        Instant unsettledAt,
        String unsettledReason,
        String settlementBatchId,
        String documentationStatus,
        String reconciliationStatus) {

    public Payment {
        fees = Lists.copy(fees);
        origins = Lists.copy(origins);
        destinations = Lists.copy(destinations);
    }
}
