package dev.checkoutconsole.sandbox;

import java.util.List;

/** The enum values the sandbox checks input against (CONOMY-API.md §3.9 and §6). */
final class Enums {
    static final List<String> PAYMENT_NODE_TYPES = List.of("CARD", "CRYPTO", "ACCOUNT", "BANK_ACCOUNT", "PIX", "PCT", "CVU",
            "ETPAY", "FINTOC", "WEBPAY", "SPEI", "PSE", "BANCOLOMBIA", "DAVIVIENDA", "DAVIPLATA", "NEQUI", "BREB", "WOMPI",
            "LIGO", "SIP", "ACH", "WIRE", "FEDNOW", "RTP", "SEPA", "FPE", "SWIFT");

    static final List<String> CUSTOMER_FIELDS = List.of("firstName", "email", "lastName", "phoneNumber",
            "phoneNumberPrefix", "address", "documentNumber", "documentType");

    static final List<String> ACCOUNT_TYPES = List.of("CHECKING", "ASSET", "SAVINGS", "ESCROW", "FEE");

    static final List<String> PAYMENT_TYPES = List.of("PURCHASE", "TOPUP_ACCOUNT", "WITHDRAWAL_ACCOUNT", "P2P",
            "COLLECT", "FEE", "REMITTANCE", "REFUND");

    private Enums() {
    }
}
