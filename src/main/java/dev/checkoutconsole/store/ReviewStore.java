package dev.checkoutconsole.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Refund reviews and their history. Every state change is one conditional UPDATE (only from the expected states)
 * in the same transaction as its history row, so of two operators or processes changing a review at once exactly
 * one succeeds.
 */
public final class ReviewStore {
    private static final String COLUMNS = "id, payment_id, currency, amount, max_refundable, reason, note, state, profile,"
            + " flagged_by, flagged_at, decided_by, decided_at, reject_reason, intent_at, result_at, refund_id,"
            + " refund_status, failure, updated_at";

    private final LocalStore store;

    ReviewStore(LocalStore store) {
        this.store = store;
    }

    /** Inserts the review unless the payment already has an open one; empty then. */
    public Optional<ReviewRow> insertIfNoneOpen(NewReview review) {
        return store.write(connection -> {
            if (openReviewOf(connection, review.paymentId()).isPresent()) {
                return Optional.<ReviewRow>empty();
            }
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO refund_review (payment_id, currency,"
                    + " amount, max_refundable, reason, note, state, profile, flagged_by, flagged_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                LocalStore.bind(insert, Arrays.asList(review.paymentId(), review.currency(),
                        review.amount().toPlainString(), review.maxRefundable().toPlainString(), review.reason(),
                        review.note(), review.state(), review.profile(), review.flaggedBy(),
                        review.flaggedAt().toEpochMilli(), review.flaggedAt().toEpochMilli()));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            appendEvent(connection, id, review.flaggedAt(), review.flaggedBy(), null, review.state(), review.comment());
            return Optional.of(find(connection, id).orElseThrow());
        });
    }

    /**
     * Moves the review to {@code to} if it is in one of {@code from} now, setting the change's columns and adding
     * the history row. Returns the updated review, or empty when it was not in one of those states (someone else
     * moved it first, or it does not exist).
     */
    public Optional<ReviewRow> transition(long id, Set<String> from, String to, ReviewChange change) {
        return store.write(connection -> {
            Optional<ReviewRow> current = find(connection, id);
            if (current.isEmpty() || !from.contains(current.get().state())) {
                return Optional.<ReviewRow>empty();
            }
            String placeholders = String.join(", ", Collections.nCopies(from.size(), "?"));
            try (PreparedStatement update = connection.prepareStatement("UPDATE refund_review SET state = ?, updated_at = ?,"
                    + " decided_by = coalesce(?, decided_by), decided_at = coalesce(?, decided_at),"
                    + " reject_reason = coalesce(?, reject_reason), intent_at = coalesce(?, intent_at),"
                    + " result_at = coalesce(?, result_at), refund_id = coalesce(?, refund_id),"
                    + " refund_status = coalesce(?, refund_status), failure = coalesce(?, failure)"
                    + " WHERE id = ? AND state IN (" + placeholders + ")")) {
                List<Object> values = new ArrayList<>(Arrays.asList(to, change.at().toEpochMilli(),
                        change.decidedBy(), millis(change.decidedAt()), change.rejectReason(), millis(change.intentAt()),
                        millis(change.resultAt()), change.refundId(), change.refundStatus(), change.failure(), id));
                values.addAll(from);
                LocalStore.bind(update, values);
                if (update.executeUpdate() != 1) {
                    return Optional.<ReviewRow>empty();
                }
            }
            appendEvent(connection, id, change.at(), change.operator(), current.get().state(), to, change.comment());
            return find(connection, id);
        });
    }

    public Optional<ReviewRow> find(long id) {
        return store.read(connection -> find(connection, id));
    }

    /** The payment's review that is still open, if any. */
    public Optional<ReviewRow> openReviewOf(String paymentId) {
        return store.read(connection -> openReviewOf(connection, paymentId));
    }

    /** Matching reviews, newest first, at most {@code limit}. */
    public List<ReviewRow> list(ReviewQuery query, int limit) {
        List<ReviewRow> rows = new ArrayList<>();
        page(query, Long.MAX_VALUE, limit, rows::add);
        return rows;
    }

    /** Every matching review, newest first, read a page at a time so memory stays flat however many there are. */
    public void forEach(ReviewQuery query, int pageSize, Consumer<ReviewRow> action) {
        long before = Long.MAX_VALUE;
        while (true) {
            List<ReviewRow> rows = new ArrayList<>(pageSize);
            page(query, before, pageSize, rows::add);
            rows.forEach(action);
            if (rows.size() < pageSize) {
                return;
            }
            before = rows.get(rows.size() - 1).id();
        }
    }

    private void page(ReviewQuery query, long beforeId, int limit, Consumer<ReviewRow> action) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM refund_review WHERE id < ?");
        List<Object> values = new ArrayList<>(List.of(beforeId));
        if (!query.states().isEmpty()) {
            sql.append(" AND state IN (").append(String.join(", ", Collections.nCopies(query.states().size(), "?"))).append(")");
            values.addAll(query.states());
        }
        if (query.operator() != null) {
            sql.append(" AND (flagged_by = ? OR decided_by = ?)");
            values.add(query.operator());
            values.add(query.operator());
        }
        if (query.from() != null) {
            sql.append(" AND flagged_at >= ?");
            values.add(query.from().toEpochMilli());
        }
        if (query.until() != null) {
            sql.append(" AND flagged_at < ?");
            values.add(query.until().toEpochMilli());
        }
        if (query.currency() != null) {
            sql.append(" AND currency = ?");
            values.add(query.currency());
        }
        if (query.paymentId() != null) {
            sql.append(" AND payment_id = ?");
            values.add(query.paymentId());
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        values.add(limit);
        List<ReviewRow> rows = store.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                LocalStore.bind(select, values);
                List<ReviewRow> found = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        found.add(review(result));
                    }
                }
                return found;
            }
        });
        rows.forEach(action);
    }

    /** How many reviews are in each state; states with none are absent. */
    public Map<String, Integer> countByState() {
        return store.read(connection -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state, count(*) FROM refund_review GROUP BY state ORDER BY state");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
            return counts;
        });
    }

    /** The review's history, oldest first. */
    public List<ReviewEventRow> history(long reviewId) {
        return store.read(connection -> {
            List<ReviewEventRow> events = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, review_id, at, operator, from_state,"
                    + " to_state, comment FROM refund_review_event WHERE review_id = ? ORDER BY id")) {
                select.setLong(1, reviewId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(new ReviewEventRow(rows.getLong(1), rows.getLong(2), Instant.ofEpochMilli(rows.getLong(3)),
                                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7)));
                    }
                }
            }
            return events;
        });
    }

    /** Refund ids already recorded on any review of the payment, so reconciliation never claims one twice. */
    public Set<String> recordedRefundIds(String paymentId) {
        return store.read(connection -> {
            Set<String> ids = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT refund_id FROM refund_review WHERE payment_id = ? AND refund_id IS NOT NULL")) {
                select.setString(1, paymentId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    private static Optional<ReviewRow> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM refund_review WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(review(rows)) : Optional.empty();
            }
        }
    }

    /** "Open" has the same states here as in the partial unique index of the schema. */
    private static Optional<ReviewRow> openReviewOf(Connection connection, String paymentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM refund_review"
                + " WHERE payment_id = ? AND state IN ('TO_CHECK', 'APPROVED', 'REFUND_REQUESTED', 'NEEDS_RECONCILIATION')")) {
            select.setString(1, paymentId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(review(rows)) : Optional.empty();
            }
        }
    }

    private static void appendEvent(Connection connection, long reviewId, Instant at, String operator, String from, String to,
                                    String comment) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO refund_review_event"
                + " (review_id, at, operator, from_state, to_state, comment) VALUES (?, ?, ?, ?, ?, ?)")) {
            LocalStore.bind(insert, Arrays.asList(reviewId, at.toEpochMilli(), operator, from, to, comment));
            insert.executeUpdate();
        }
    }

    private static ReviewRow review(ResultSet rows) throws SQLException {
        return new ReviewRow(rows.getLong("id"), rows.getString("payment_id"), rows.getString("currency"),
                new BigDecimal(rows.getString("amount")), new BigDecimal(rows.getString("max_refundable")),
                rows.getString("reason"), rows.getString("note"), rows.getString("state"), rows.getString("profile"),
                rows.getString("flagged_by"), instant(rows, "flagged_at"), rows.getString("decided_by"),
                instant(rows, "decided_at"), rows.getString("reject_reason"), instant(rows, "intent_at"),
                instant(rows, "result_at"), rows.getString("refund_id"), rows.getString("refund_status"),
                rows.getString("failure"), instant(rows, "updated_at"));
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
