package dev.checkoutconsole.cli;

import dev.checkoutconsole.service.AuditEntry;
import dev.checkoutconsole.service.Money;
import dev.checkoutconsole.service.RefundReview;
import dev.checkoutconsole.service.ReviewState;
import dev.checkoutconsole.service.ReviewStep;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The table forms of the local data: the review queue, one review with its history, the audit trail. Times in UTC. */
final class ReviewTables {
    private ReviewTables() {
    }

    static void queue(PrintWriter out, List<RefundReview> reviews, Map<ReviewState, Integer> counts) {
        TextTable table = TextTable.withColumns("ID>", "STATE", "PAYMENT", "AMOUNT>", "CURRENCY", "REASON", "FLAGGED BY",
                "FLAGGED (UTC)", "DECIDED BY", "REFUND");
        for (RefundReview r : reviews) {
            table.row(r.id(), r.state(), r.paymentId(), Money.format(r.amount(), r.currency()), r.currency(), r.reason(),
                    r.flaggedBy(), time(r.flaggedAt()), r.decidedBy(), r.refundId() == null ? null : r.refundId() + " " + r.refundStatus());
        }
        table.print(out);
        out.println(counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ", "Counts: ", "")));
        out.flush();
    }

    static void review(PrintWriter out, RefundReview r, List<ReviewStep> history) {
        TextTable.withColumns("FIELD", "VALUE")
                .row("id", r.id())
                .row("state", r.state())
                .row("payment", r.paymentId())
                .row("amount", r.formattedAmount())
                .row("reason", r.reason())
                .row("note", r.note())
                .row("profile", r.profile())
                .row("flaggedBy", r.flaggedBy())
                .row("flaggedAt", time(r.flaggedAt()))
                .row("decidedBy", r.decidedBy())
                .row("decidedAt", time(r.decidedAt()))
                .row("rejectReason", r.rejectReason())
                .row("refundId", r.refundId())
                .row("refundStatus", r.refundStatus())
                .row("failure", r.failure())
                .row("allowedActions", r.allowedActions().stream().map(Enum::name).collect(Collectors.joining(", ")))
                .print(out);
        if (!history.isEmpty()) {
            out.println();
            TextTable table = TextTable.withColumns("WHEN (UTC)", "OPERATOR", "FROM", "TO", "COMMENT");
            for (ReviewStep step : history) {
                table.row(time(step.at()), step.operator(), step.from(), step.to(), step.comment());
            }
            table.print(out);
        }
        out.flush();
    }

    static void audit(PrintWriter out, List<AuditEntry> entries) {
        TextTable table = TextTable.withColumns("WHEN (UTC)", "OPERATOR", "PROFILE", "ENV", "ACTION", "TARGETS", "OUTCOME",
                "HTTP>", "TRACE ID", "DETAIL");
        for (AuditEntry e : entries) {
            table.row(time(e.at()), e.operator(), e.profile(), e.environment(), e.action(), String.join(", ", e.targets()),
                    e.outcome(), e.httpStatus(), e.traceId(), e.detail());
        }
        table.print(out);
        out.println(entries.size() + " entries");
        out.flush();
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
