package dev.checkoutconsole.service;

/** Every mutating action the audit trail records, with the code it is stored and filtered by. */
public enum AuditAction {
    SESSION_CREATE("session.create"),
    SESSION_CREATE_FROM_LINK("session.create-from-link"),
    SESSION_DELETE("session.delete"),
    SESSION_PAY("session.pay"),
    SESSION_REFRESH("session.refresh"),
    PAYMENT_LINK_CREATE("payment-link.create"),
    PAYMENT_LINK_DELETE("payment-link.delete"),
    PAYMENT_LINK_ACTIVATE("payment-link.activate"),
    PAYMENT_SIMULATE_RECEIVED("payment.simulate-received"),
    PAYMENT_SANDBOX_ADVANCE("payment.sandbox-advance"),
    REFUND_CREATE("refund.create"),
    REVIEW_FLAG("refund-review.flag"),
    REVIEW_APPROVE("refund-review.approve"),
    REVIEW_REJECT("refund-review.reject"),
    REVIEW_REFRESH("refund-review.refresh"),
    REVIEW_RECONCILE("refund-review.reconcile"),
    PROFILE_SAVE("profile.save"),
    PROFILE_DELETE("profile.delete");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
