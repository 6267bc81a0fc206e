package dev.checkoutconsole.service;

import java.time.Instant;
import java.util.List;

/**
 * One recorded action: when (UTC), who, on which profile (LIVE or SANDBOX), what, on which ids, how it ended,
 * and the HTTP status and traceId when a call was made. It never holds a secret. action and outcome are kept as
 * stored, so entries of a newer console still read.
 */
public record AuditEntry(
        long id,
        Instant at,
        String operator,
        String profile,
        boolean live,
        String action,
        List<String> targets,
        String outcome,
        Integer httpStatus,
        String traceId,
        String detail) {

    public AuditEntry {
        targets = List.copyOf(targets);
    }

    public String environment() {
        return live ? "LIVE" : "SANDBOX";
    }
}
