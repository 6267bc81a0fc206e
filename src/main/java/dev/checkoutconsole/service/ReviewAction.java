package dev.checkoutconsole.service;

/** What an operator may do to a review; which ones apply depends on its state (RefundReview.allowedActions). */
public enum ReviewAction {
    APPROVE, REJECT, REFRESH, RECONCILE
}
