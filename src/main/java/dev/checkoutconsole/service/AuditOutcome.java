package dev.checkoutconsole.service;

/** How a recorded action ended. */
public enum AuditOutcome {
    /** It was done. */
    SUCCESS,
    /** The server answered with an error: nothing was done. */
    FAILED,
    /** No answer came: it may or may not have been done. */
    UNKNOWN,
    /** The console refused before sending, by one of its rules (e.g. the same operator approving). */
    REFUSED
}
