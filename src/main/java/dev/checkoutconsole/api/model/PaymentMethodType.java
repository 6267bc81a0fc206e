package dev.checkoutconsole.api.model;

/** payment-node-type (CONOMY-API.md §3.9), also the values of paymentMethodsAllowed. */
public enum PaymentMethodType {
    CARD, CRYPTO, ACCOUNT, BANK_ACCOUNT, PIX, PCT, CVU, ETPAY, FINTOC, WEBPAY, SPEI, PSE, BANCOLOMBIA, DAVIVIENDA,
    DAVIPLATA, NEQUI, BREB, WOMPI, LIGO, SIP, ACH, WIRE, FEDNOW, RTP, SEPA, FPE, SWIFT
}
