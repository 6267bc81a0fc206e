package dev.checkoutconsole.store;

import java.util.List;

/**
 * The schema, as the list of migrations that build it: migration N (1-based) takes a database from version N-1 to
 * N. A released migration is never edited; a change is a new migration at the end.
 */
final class Schema {
    /** "CCON" in the SQLite header's application_id: marks the file as the console's. */
    static final int APPLICATION_ID = 0x43434F4E;

    static final List<List<String>> MIGRATIONS = List.of(List.of(
            """
            CREATE TABLE schema_version (
                version    INTEGER PRIMARY KEY,
                applied_at INTEGER NOT NULL)""",
            """
            CREATE TABLE refund_review (
                id             INTEGER PRIMARY KEY AUTOINCREMENT,
                payment_id     TEXT NOT NULL,
                currency       TEXT NOT NULL,
                amount         TEXT NOT NULL,
                max_refundable TEXT NOT NULL,
                reason         TEXT NOT NULL,
                note           TEXT,
                state          TEXT NOT NULL,
                profile        TEXT NOT NULL,
                flagged_by     TEXT NOT NULL,
                flagged_at     INTEGER NOT NULL,
                decided_by     TEXT,
                decided_at     INTEGER,
                reject_reason  TEXT,
                intent_at      INTEGER,
                result_at      INTEGER,
                refund_id      TEXT,
                refund_status  TEXT,
                failure        TEXT,
                updated_at     INTEGER NOT NULL)""",
            // the two-person rule's other half: one open review per payment, whoever tries at the same time
            """
            CREATE UNIQUE INDEX refund_review_one_open ON refund_review(payment_id)
                WHERE state IN ('TO_CHECK', 'APPROVED', 'REFUND_REQUESTED', 'NEEDS_RECONCILIATION')""",
            "CREATE INDEX refund_review_state ON refund_review(state)",
            """
            CREATE TABLE refund_review_event (
                id         INTEGER PRIMARY KEY AUTOINCREMENT,
                review_id  INTEGER NOT NULL REFERENCES refund_review(id),
                at         INTEGER NOT NULL,
                operator   TEXT NOT NULL,
                from_state TEXT,
                to_state   TEXT NOT NULL,
                comment    TEXT)""",
            "CREATE INDEX refund_review_event_review ON refund_review_event(review_id)",
            """
            CREATE TABLE audit_entry (
                id          INTEGER PRIMARY KEY AUTOINCREMENT,
                at          INTEGER NOT NULL,
                operator    TEXT NOT NULL,
                profile     TEXT NOT NULL,
                live        INTEGER NOT NULL,
                action      TEXT NOT NULL,
                targets     TEXT NOT NULL,
                outcome     TEXT NOT NULL,
                http_status INTEGER,
                trace_id    TEXT,
                detail      TEXT)""",
            "CREATE INDEX audit_entry_at ON audit_entry(at)",
            // append-only even for a bug or a hand-run statement: the database itself refuses edits
            """
            CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
            """
            CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
            """
            CREATE TABLE ui_state (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL)""",
            """
            CREATE TABLE profile (
                name        TEXT PRIMARY KEY,
                base_url    TEXT NOT NULL,
                api_version TEXT NOT NULL,
                client_id   TEXT,
                live        INTEGER NOT NULL,
                operator    TEXT,
                updated_at  INTEGER NOT NULL)"""));

    static int latestVersion() {
        return MIGRATIONS.size();
    }

    private Schema() {
    }
}
