package dev.checkoutconsole.store;

import java.time.Instant;

/**
 * Which audit entries to read; null means any. since is inclusive, until exclusive; action matches exactly or, when
 * it ends in '.', as a prefix ("refund-review." matches every review step).
 */
public record AuditQuery(Instant since, Instant until, String action, String operator, String profile, String outcome) {
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
