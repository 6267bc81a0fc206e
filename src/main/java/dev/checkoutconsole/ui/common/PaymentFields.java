package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.api.model.Fee;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentNode;
import dev.checkoutconsole.service.Money;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Every field of a payment (the Payment schema and the fields seen beside it), labelled for a detail view. */
public final class PaymentFields {
    private PaymentFields() {
    }

    public static List<DetailField> of(Payment p, ZoneId zone) {
        List<DetailField> fields = new ArrayList<>();
        fields.add(DetailField.copyable("id", p.id()));
        fields.add(DetailField.of("status", p.status()));
        fields.add(DetailField.of("type", p.type()));
        fields.add(DetailField.of("totalAmount", Money.formatWithCurrency(p.totalAmount(), p.currency())));
        fields.add(DetailField.of("purchaseAmount", Money.formatWithCurrency(p.purchaseAmount(), p.purchaseCurrency())));
        fields.add(DetailField.of("product", p.product()));
        fields.add(DetailField.of("description", p.description()));
        fields.add(DetailField.copyable("externalId", p.externalId()));
        fields.add(DetailField.of("identityId", p.identityId()));
        fields.add(DetailField.of("identityExternalId", p.identityExternalId()));
        fields.add(DetailField.of("accountNumber", p.accountNumber()));
        fields.add(DetailField.copyable("checkoutSessionId", p.checkoutSessionId()));
        fields.add(DetailField.of("paymentLinkId", p.paymentLinkId()));
        fields.add(DetailField.of("parentPaymentId", p.parentPaymentId()));
        fields.add(DetailField.of("relatedPaymentId", p.relatedPaymentId()));
        fields.add(DetailField.of("customerId", p.customerId()));
        fields.add(DetailField.of("fees", p.fees().stream().map(PaymentFields::fee).collect(Collectors.joining("; "))));
        fields.add(DetailField.of("origins", p.origins().stream().map(PaymentFields::node).collect(Collectors.joining("; "))));
        fields.add(DetailField.of("destinations", p.destinations().stream().map(PaymentFields::node).collect(Collectors.joining("; "))));
        fields.add(DetailField.of("settlement", p.settlement()));
        fields.add(DetailField.of("settlementBatchId", p.settlementBatchId()));
        fields.add(DetailField.of("reconciliationStatus", p.reconciliationStatus()));
        fields.add(DetailField.of("documentationStatus", p.documentationStatus()));
        fields.add(DetailField.of("unsettledReason", p.unsettledReason()));
        fields.add(DetailField.time("createdAt", p.createdAt(), zone));
        fields.add(DetailField.time("updatedAt", p.updatedAt(), zone));
        fields.add(DetailField.time("expiresAt", p.expiresAt(), zone));
        fields.add(DetailField.time("authorizedAt", p.authorizedAt(), zone));
        fields.add(DetailField.time("capturedAt", p.capturedAt(), zone));
        fields.add(DetailField.time("settledAt", p.settledAt(), zone));
        fields.add(DetailField.time("refundedAt", p.refundedAt(), zone));
        fields.add(DetailField.time("expiredAt", p.expiredAt(), zone));
        fields.add(DetailField.time("unsettledAt", p.unsettledAt(), zone));
        return fields;
    }

    private static String fee(Fee fee) {
        return fee.name() + " " + Money.formatWithCurrency(fee.amount(), fee.currency());
    }

    /** "ETPAY 49,990 CLP (url https://…)": the type, the amount, and a rail URL the payer is sent to, if any. */
    private static String node(PaymentNode node) {
        StringBuilder text = new StringBuilder(String.valueOf(node.type()));
        if (node.amount() != null) {
            text.append(' ').append(Money.formatWithCurrency(node.amount(), node.currency()));
        }
        node.rails().values().stream()
                .filter(rail -> rail instanceof java.util.Map<?, ?> map && map.get("url") != null)
                .map(rail -> ((java.util.Map<?, ?>) rail).get("url"))
                .findFirst()
                .ifPresent(url -> text.append(" (url ").append(url).append(')'));
        return text.toString();
    }
}
