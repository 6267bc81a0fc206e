package dev.checkoutconsole.cli;

import dev.checkoutconsole.api.model.AccessToken;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.OpenEnum;
import dev.checkoutconsole.api.model.Page;
import dev.checkoutconsole.api.model.Pagination;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentRefunds;
import dev.checkoutconsole.api.model.RefundCreated;
import dev.checkoutconsole.api.model.RefundSummary;
import dev.checkoutconsole.service.Money;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

/** The table form of each kind of result. Times are printed in UTC. */
final class Tables {
    private Tables() {
    }

    static void sessions(PrintWriter out, Page<CheckoutSession> page) {
        TextTable table = TextTable.withColumns("ID", "STATUS", "CURRENCY", "TOTAL>", "CHECKOUT TOKEN", "PAYMENT LINK",
                "OWNER", "CREATED (UTC)", "EXPIRES (UTC)");
        for (CheckoutSession s : page.results()) {
            table.row(s.id(), s.status(), s.currency(), Money.format(s.totalAmount(), s.currency()), s.checkoutToken(),
                    s.paymentLinkId(), s.owner() == null ? null : s.owner().identityId(), time(s.createdAt()), time(s.expiresAt()));
        }
        table.print(out);
        footer(out, page);
    }

    static void session(PrintWriter out, CheckoutSession s) {
        TextTable.withColumns("FIELD", "VALUE")
                .row("id", s.id())
                .row("status", s.status())
                .row("currency", s.currency())
                .row("preTaxAmount", Money.format(s.preTaxAmount(), s.currency()))
                .row("totalAmount", Money.format(s.totalAmount(), s.currency()))
                .row("checkoutToken", s.checkoutToken())
                .row("paymentLinkId", s.paymentLinkId())
                .row("owner", s.owner() == null ? null : s.owner().identityId())
                .row("paymentMethodsAllowed", join(s.paymentMethodsAllowed()))
                .row("customerRequirements", join(s.customerRequirements()))
                .row("url", s.url())
                .row("redirectUrl", s.redirectUrl())
                .row("createdAt", time(s.createdAt()))
                .row("expiresAt", time(s.expiresAt()))
                .row("items", s.items().size())
                .row("destinations", s.destinations().stream()
                        .map(d -> d.account() == null ? d.type() : d.account().accountNumber())
                        .collect(Collectors.joining(", ")))
                .print(out);
    }

    static void payments(PrintWriter out, Page<Payment> page) {
        TextTable table = TextTable.withColumns("ID", "STATUS", "TYPE", "CURRENCY", "TOTAL>", "CHECKOUT SESSION",
                "PARENT", "CREATED (UTC)");
        for (Payment p : page.results()) {
            table.row(p.id(), p.status(), p.type(), p.currency(), Money.format(p.totalAmount(), p.currency()),
                    p.checkoutSessionId(), p.parentPaymentId(), time(p.createdAt()));
        }
        table.print(out);
        footer(out, page);
    }

    static void payment(PrintWriter out, Payment p) {
        TextTable.withColumns("FIELD", "VALUE")
                .row("id", p.id())
                .row("status", p.status())
                .row("type", p.type())
                .row("currency", p.currency())
                .row("totalAmount", Money.format(p.totalAmount(), p.currency()))
                .row("purchaseAmount", Money.format(p.purchaseAmount(), p.purchaseCurrency()))
                .row("purchaseCurrency", p.purchaseCurrency())
                .row("description", p.description())
                .row("externalId", p.externalId())
                .row("identityId", p.identityId())
                .row("accountNumber", p.accountNumber())
                .row("checkoutSessionId", p.checkoutSessionId())
                .row("paymentLinkId", p.paymentLinkId())
                .row("parentPaymentId", p.parentPaymentId())
                .row("origins", p.origins().stream().map(o -> String.valueOf(o.type())).collect(Collectors.joining(", ")))
                .row("createdAt", time(p.createdAt()))
                .row("updatedAt", time(p.updatedAt()))
                .row("capturedAt", time(p.capturedAt()))
                .row("settledAt", time(p.settledAt()))
                .print(out);
    }

    static void refunds(PrintWriter out, PaymentRefunds refunds) {
        RefundSummary s = refunds.summary();
        if (s != null) {
            String currency = s.currency();
            TextTable.withColumns("SUMMARY", "VALUE>")
                    .row("parentPaymentId", s.parentPaymentId())
                    .row("parentAmount", Money.formatWithCurrency(s.parentAmount(), currency))
                    .row("totalRefunded", Money.formatWithCurrency(s.totalRefunded(), currency))
                    .row("totalInProgress", Money.formatWithCurrency(s.totalInProgress(), currency))
                    .row("totalFailed", Money.formatWithCurrency(s.totalFailed(), currency))
                    .row("maxRefundable", Money.formatWithCurrency(s.maxRefundable(), currency))
                    .row("completed / in progress / failed",
                            s.completedCount() + " / " + s.inProgressCount() + " / " + s.failedCount())
                    .print(out);
            out.println();
        }
        TextTable table = TextTable.withColumns("REFUND ID", "STATUS", "TOTAL>", "CURRENCY", "CREATED (UTC)", "REASON");
        for (Payment r : refunds.refunds()) {
            table.row(r.id(), r.status(), Money.format(r.totalAmount(), r.currency()), r.currency(), time(r.createdAt()), r.description());
        }
        table.print(out);
    }

    static void refundCreated(PrintWriter out, RefundCreated r) {
        TextTable.withColumns("FIELD", "VALUE")
                .row("refundId", r.refundId())
                .row("parentPaymentId", r.parentPaymentId())
                .row("status", r.status())
                .row("totalAmount", Money.formatWithCurrency(r.totalAmount(), r.currency()))
                .row("createdAt", time(r.createdAt()))
                .print(out);
    }

    static void accessToken(PrintWriter out, AccessToken token) {
        TextTable.withColumns("FIELD", "VALUE")
                .row("tokenType", token.tokenType())
                .row("expiresIn", token.expiresIn() + " s")
                .row("accessToken", token.accessToken())
                .print(out);
    }

    private static void footer(PrintWriter out, Page<?> page) {
        Pagination p = page.pagination();
        long first = page.results().isEmpty() ? 0 : p.count() - page.results().size() + 1;
        out.println();
        out.println("Showing " + first + "-" + p.count() + " of " + p.total()
                + (p.count() < p.total() ? " (next page: --offset " + p.next() + ")" : ""));
        out.flush();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String join(java.util.List<? extends OpenEnum<?>> values) {
        return values.stream().map(OpenEnum::raw).collect(Collectors.joining(", "));
    }
}
