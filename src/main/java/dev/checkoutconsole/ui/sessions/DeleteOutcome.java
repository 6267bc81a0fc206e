package dev.checkoutconsole.ui.sessions;

import dev.checkoutconsole.ui.common.ErrorReport;

/** What happened to one row of a delete. */
public record DeleteOutcome(String checkoutSessionId, Result result, String explanation, String traceId) {

    public enum Result { DELETED, REFUSED, UNKNOWN, NOT_ATTEMPTED }

    static DeleteOutcome deleted(String id) {
        return new DeleteOutcome(id, Result.DELETED, "deleted", null);
    }

    static DeleteOutcome refused(String id, ErrorReport report) {
        String reason = report.apiError() != null
                ? "refused: " + report.apiError().detail() + " (HTTP " + report.apiError().status() + " " + report.apiError().type() + ")"
                : "failed: " + report.headline() + (report.message() == null ? "" : " — " + report.message());
        return new DeleteOutcome(id, Result.REFUSED, reason, report.traceId());
    }

    /** The DELETE went out and no answer came back: it may have happened. */
    static DeleteOutcome unknown(String id, ErrorReport report) {
        return new DeleteOutcome(id, Result.UNKNOWN, "outcome unknown: " + report.headline()
                + ", reload to see whether it was deleted", report.traceId());
    }

    static DeleteOutcome notAttempted(String id, String why) {
        return new DeleteOutcome(id, Result.NOT_ATTEMPTED, "not deleted: " + why, null);
    }

    public boolean deleted() {
        return result == Result.DELETED;
    }

    /** One line for the outcome list: "6808d… deleted". */
    @Override
    public String toString() {
        return checkoutSessionId + "  " + explanation + (traceId == null ? "" : "  [traceId " + traceId + "]");
    }
}
