package dev.checkoutconsole.store;

import java.time.Instant;

/** One audit entry as stored; id is 0 for an entry not yet appended. targets holds the ids as the caller joined them. */
public record AuditRow(
        long id,
        Instant at,
        String operator,
        String profile,
        boolean live,
        String action,
        String targets,
        String outcome,
        Integer httpStatus,
        String traceId,
        String detail) {
}
