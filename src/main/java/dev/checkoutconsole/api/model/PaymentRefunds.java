package dev.checkoutconsole.api.model;

import java.util.List;

/** GET /payments/{id}/refunds: the refund children of one payment and their summary. */
public record PaymentRefunds(String parentId, List<Payment> refunds, RefundSummary summary) {

    public PaymentRefunds {
        refunds = Lists.copy(refunds);
    }
}
