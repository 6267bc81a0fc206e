package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.Page;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * CSV exports (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * quotes doubled) of the sessions filter, the refund queue and the audit trail. Rows stream from their source to
 * the file a page at a time, so memory stays flat whatever the row count; progress is reported after each page and
 * cancelling stops between pages. A file export goes to a temporary file that replaces the target only when
 * complete, so a failed or cancelled export never leaves half a file.
 */
public final class CsvExports {
    /** Sessions fetched per request when the filter gives no page size. */
    public static final int DEFAULT_SESSION_PAGE_SIZE = 100;
    static final List<String> SESSION_COLUMNS = List.of("id", "status", "currency", "totalAmount", "preTaxAmount",
            "checkoutToken", "paymentLinkId", "ownerIdentityId", "createdAt", "expiresAt", "url");
    static final List<String> REVIEW_COLUMNS = List.of("id", "state", "paymentId", "currency", "amount", "reason", "note",
            "profile", "flaggedBy", "flaggedAt", "decidedBy", "decidedAt", "rejectReason", "intentAt", "resultAt", "refundId",
            "refundStatus", "failure");
    static final List<String> AUDIT_COLUMNS = List.of("id", "at", "operator", "profile", "environment", "action", "targets",
            "outcome", "httpStatus", "traceId", "detail");
    private static final int PROGRESS_EVERY = 500;

    /** How far an export is: rows written, and the total when known (-1 otherwise). Called on the exporting thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    private CsvExports() {
    }

    /** Every session the filter matches, every page of it, to {@code target}; returns the rows written. */
    public static long sessions(CheckoutSessionService sessions, CheckoutSessionQuery filter, Path target, Progress progress,
                                Cancellation cancellation) throws IOException {
        return toFile(target, out -> sessions(sessions, filter, out, progress, cancellation));
    }

    /**
     * Streams the sessions to {@code out}: one page is fetched, written and let go before the next is asked for,
     * from the first page (offset 0) to the last, with the filter's limit as the page size.
     */
    public static long sessions(CheckoutSessionService sessions, CheckoutSessionQuery filter, Writer out, Progress progress,
                                Cancellation cancellation) throws IOException {
        return unwrapping(() -> writeSessions(sessions, filter, out, progress, cancellation));
    }

    private static long writeSessions(CheckoutSessionService sessions, CheckoutSessionQuery filter, Writer out, Progress progress,
                                      Cancellation cancellation) throws IOException {
        int pageSize = filter.limit() == null || filter.limit() == 0 ? DEFAULT_SESSION_PAGE_SIZE : filter.limit();
        CsvWriter csv = new CsvWriter(out);
        csv.row(SESSION_COLUMNS);
        long written = 0;
        int offset = 0;
        while (true) {
            cancellation.throwIfCancelled();
            Page<CheckoutSession> page = sessions.list(filter.withPage(pageSize, offset), cancellation);
            for (CheckoutSession s : page.results()) {
                csv.row(s.id(), s.status(), s.currency(), amount(s.totalAmount()), amount(s.preTaxAmount()), s.checkoutToken(),
                        s.paymentLinkId(), s.owner() == null ? null : s.owner().identityId(), time(s.createdAt()),
                        time(s.expiresAt()), s.url());
            }
            written += page.results().size();
            progress.update(written, page.pagination().total());
            offset += page.results().size();
            if (page.results().isEmpty() || page.results().size() < pageSize || offset >= page.pagination().total()) {
                out.flush();
                return written;
            }
        }
    }

    /** The refund queue's matching reviews, newest first. */
    public static long refundQueue(RefundReviewService reviews, ReviewFilter filter, Path target, Progress progress,
                                   Cancellation cancellation) throws IOException {
        return toFile(target, out -> refundQueue(reviews, filter, out, progress, cancellation));
    }

    public static long refundQueue(RefundReviewService reviews, ReviewFilter filter, Writer out, Progress progress,
                                   Cancellation cancellation) throws IOException {
        return unwrapping(() -> writeRefundQueue(reviews, filter, out, progress, cancellation));
    }

    private static long writeRefundQueue(RefundReviewService reviews, ReviewFilter filter, Writer out, Progress progress,
                                         Cancellation cancellation) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(REVIEW_COLUMNS);
        long[] written = {0};
        reviews.forEach(filter, r -> {
            cancellation.throwIfCancelled();
            csv.row(String.valueOf(r.id()), r.state(), r.paymentId(), r.currency(), amount(r.amount()), r.reason().code(),
                    r.note(), r.profile(), r.flaggedBy(), time(r.flaggedAt()), r.decidedBy(), time(r.decidedAt()),
                    r.rejectReason(), time(r.intentAt()), time(r.resultAt()), r.refundId(), r.refundStatus(), r.failure());
            if (++written[0] % PROGRESS_EVERY == 0) {
                progress.update(written[0], -1);
            }
        });
        out.flush();
        progress.update(written[0], written[0]);
        return written[0];
    }

    /** The audit trail's matching entries, newest first. */
    public static long auditTrail(AuditTrail audit, AuditFilter filter, Path target, Progress progress,
                                  Cancellation cancellation) throws IOException {
        return toFile(target, out -> auditTrail(audit, filter, out, progress, cancellation));
    }

    public static long auditTrail(AuditTrail audit, AuditFilter filter, Writer out, Progress progress,
                                  Cancellation cancellation) throws IOException {
        return unwrapping(() -> writeAuditTrail(audit, filter, out, progress, cancellation));
    }

    private static long writeAuditTrail(AuditTrail audit, AuditFilter filter, Writer out, Progress progress,
                                        Cancellation cancellation) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(AUDIT_COLUMNS);
        long[] written = {0};
        audit.forEach(filter, e -> {
            cancellation.throwIfCancelled();
            csv.row(String.valueOf(e.id()), time(e.at()), e.operator(), e.profile(), e.environment(), e.action(),
                    String.join(", ", e.targets()), e.outcome(), e.httpStatus(), e.traceId(), e.detail());
            if (++written[0] % PROGRESS_EVERY == 0) {
                progress.update(written[0], -1);
            }
        });
        out.flush();
        progress.update(written[0], written[0]);
        return written[0];
    }

    @FunctionalInterface
    private interface Export {
        long writeTo(Writer out) throws IOException;
    }

    @FunctionalInterface
    private interface RowsWritten {
        long write() throws IOException;
    }

    private static long toFile(Path target, Export export) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + "-", ".tmp");
        try {
            long rows;
            try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                rows = export.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return rows;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The CSV writer reports a failed write unchecked (it runs inside row callbacks); callers get the IOException. */
    private static long unwrapping(RowsWritten export) throws IOException {
        try {
            return export.write();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** One RFC 4180 record per call. */
    static final class CsvWriter {
        private final Writer out;

        CsvWriter(Writer out) {
            this.out = out;
        }

        void row(Object... cells) {
            row(Arrays.asList(cells));
        }

        void row(List<?> cells) {
            try {
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(field(cells.get(i)));
                }
                out.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String field(Object cell) {
            if (cell == null) {
                return "";
            }
            String text = cell.toString();
            if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
                return text;
            }
            return '"' + text.replace("\"", "\"\"") + '"';
        }
    }
}
