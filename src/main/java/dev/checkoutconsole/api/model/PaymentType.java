package dev.checkoutconsole.api.model;

/** payment-type (CONOMY-API.md §3.3), plus REFUND for refund children. */
public enum PaymentType {
    PURCHASE, TOPUP_ACCOUNT, WITHDRAWAL_ACCOUNT, P2P, COLLECT, FEE, REMITTANCE, REFUND
}
