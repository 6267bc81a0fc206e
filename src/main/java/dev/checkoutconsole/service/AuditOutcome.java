package dev.checkoutconsole.service;

/** How a recorded action ended. */
public enum AuditOutcome {
    /** It was done. */
    SUCCESS,
    /** The server refused (4xx): nothing was done. */
    FAILED,
    /** No answer came, or the server failed (5xx): it may or may not have been done. */
    UNKNOWN,
    /** The console refused before sending, by one of its rules (e.g. the same operator approving). */
    REFUSED
}
