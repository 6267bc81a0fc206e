package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Payments and refunds (CONOMY-API.md §4.2, §4.3, §6.2): reading them, moving them along their lifecycle (the
 * provider simulator and the sandbox's own driver), and refunds as child payments of a SETTLED parent.
 */
final class Payments {
    static final List<String> ADVANCE_TARGETS = List.of("CAPTURED", "RECEIVED", "SETTLED", "FAILED", "EXPIRED");

    private final SandboxState state;

    Payments(SandboxState state) {
        this.state = state;
    }

    ObjectNode get(String id) {
        return state.read(() -> JsonViews.payment(state.payment(id)));
    }

    /** POST /payments/received {"id"}: the provider confirms the funds. */
    ObjectNode received(JsonNode body) {
        String id = Fields.optionalText(body, "id", "id");
        if (id == null) {
            // The spec's own body names it transactionId.
            id = Fields.optionalText(body, "transactionId", "transactionId");
        }
        if (id == null) {
            throw ApiProblem.missingParam("id");
        }
        return move(id, PaymentStatus.RECEIVED);
    }

    /** POST /_sandbox/payments/{id}/advance {"to"}. */
    ObjectNode advance(String id, JsonNode body) {
        String to = Fields.requiredEnum(body, "to", "to", ADVANCE_TARGETS);
        return move(id, PaymentStatus.valueOf(to));
    }

    private ObjectNode move(String id, PaymentStatus target) {
        return state.write(() -> {
            PaymentRecord payment = state.payment(id);
            if (!payment.status.canMoveTo(target)) {
                throw ApiProblem.failedPrecondition("payment " + id + " is " + payment.status + "; it cannot move to " + target);
            }
            Instant now = state.clock.now();
            payment.moveTo(target, now);
            followedBySession(payment);
            return JsonViews.payment(payment);
        });
    }

    /** The session of a checkout payment follows it: FINISHED once captured, FAILED or EXPIRED with it. */
    private void followedBySession(PaymentRecord payment) {
        if (payment.checkoutSessionId == null) {
            return;
        }
        CheckoutSessionRecord session = state.sessionsById.get(payment.checkoutSessionId);
        if (session == null || !payment.id.equals(session.paymentId)) {
            return;
        }
        switch (payment.status) {
            case CAPTURED, RECEIVED, SETTLED -> session.storedStatus = SessionStatus.FINISHED;
            case FAILED, UNSETTLED -> session.storedStatus = SessionStatus.FAILED;
            case EXPIRED -> session.storedStatus = SessionStatus.EXPIRED;
            default -> {
                // CREATED and AUTHORIZED leave the session PROCESSING_PAYMENT.
            }
        }
    }

    /** POST /payments/{id}/refund: a REFUND child of a SETTLED parent, never past maxRefundable. */
    ObjectNode refund(String parentId, JsonNode body) {
        BigDecimal requested = Fields.optionalAmount(body, "amount", "amount");
        if (requested != null && requested.signum() <= 0) {
            throw ApiProblem.invalidParam("amount", "must be positive");
        }
        String reason = Fields.optionalText(body, "reason", "reason");
        return state.write(() -> {
            PaymentRecord parent = state.payment(parentId);
            if (parent.isRefund()) {
                throw ApiProblem.failedPrecondition("payment " + parentId + " is itself a refund");
            }
            if (parent.status != PaymentStatus.SETTLED) {
                throw ApiProblem.failedPrecondition("payment " + parentId + " is " + parent.status + "; only a SETTLED payment can be refunded");
            }
            if (requested != null && requested.stripTrailingZeros().scale() > Currencies.decimals(parent.currency)) {
                throw ApiProblem.invalidParam("amount", "has more decimals than " + parent.currency + " allows");
            }
            BigDecimal maxRefundable = RefundSummary.of(parent, state.refundsOf(parentId)).maxRefundable();
            BigDecimal amount = requested == null ? maxRefundable : Currencies.scale(requested, parent.currency);
            if (maxRefundable.signum() == 0) {
                throw ApiProblem.failedPrecondition("payment " + parentId + " has nothing left to refund");
            }
            if (amount.compareTo(maxRefundable) > 0) {
                throw ApiProblem.failedPrecondition("amount " + amount.toPlainString() + " is above maxRefundable "
                        + maxRefundable.toPlainString());
            }
            Instant now = state.clock.now();
            int number = state.refundsOf(parentId).size() + 1;
            PaymentRecord refund = new PaymentRecord(state.ids.next(now), parent.externalId + "-refund-" + number, "REFUND",
                    parent.identityId, parent.accountNumber, amount, parent.currency, reason, now, null,
                    parent.method, parent.payer, parent.accounts, null, null, parentId, PaymentStatus.RECEIVED);
            refund.capturedAt = now;
            state.addPayment(refund);
            return JsonNodeFactory.instance.objectNode()
                    .put("refundId", refund.id)
                    .put("parentPaymentId", parentId)
                    .put("status", refund.status.name())
                    .put("totalAmount", JsonViews.amount(amount))
                    .put("currency", refund.currency)
                    .put("createdAt", now.toString());
        });
    }

    /** GET /payments/{id}/refunds: {parentId, refunds, summary}. */
    ObjectNode refundsOf(String parentId) {
        return state.read(() -> {
            PaymentRecord parent = state.payment(parentId);
            List<PaymentRecord> refunds = state.refundsOf(parentId);
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("parentId", parentId);
            ArrayNode items = json.putArray("refunds");
            refunds.forEach(refund -> items.add(JsonViews.payment(refund)));
            json.set("summary", RefundSummary.of(parent, refunds).toJson());
            return json;
        });
    }
}
