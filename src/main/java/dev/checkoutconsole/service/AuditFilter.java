package dev.checkoutconsole.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Which audit entries to show; null means any. since is inclusive and until exclusive. action is an action code
 * ("session.delete") or a family ending in '.' ("refund-review.").
 */
public record AuditFilter(Instant since, Instant until, String action, String operator, String profile, AuditOutcome outcome) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    /** From the start (UTC) of the day on. */
    public static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
