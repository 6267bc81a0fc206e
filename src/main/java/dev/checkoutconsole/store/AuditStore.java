package dev.checkoutconsole.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The audit trail: append and read, nothing else. There is no code path that edits or deletes an entry, and the
 * schema's triggers refuse one from anywhere else.
 */
public final class AuditStore {
    private final LocalStore store;

    AuditStore(LocalStore store) {
        this.store = store;
    }

    /** Appends the entry (its id is ignored) and returns the id it got. */
    public long append(AuditRow entry) {
        return store.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (at, operator, profile,"
                    + " live, action, targets, outcome, http_status, trace_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                LocalStore.bind(insert, Arrays.asList(entry.at().toEpochMilli(), entry.operator(), entry.profile(),
                        entry.live() ? 1 : 0, entry.action(), entry.targets(), entry.outcome(), entry.httpStatus(),
                        entry.traceId(), entry.detail()));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Matching entries, newest first, at most {@code limit}. */
    public List<AuditRow> list(AuditQuery query, int limit) {
        return page(query, Long.MAX_VALUE, limit);
    }

    /** Every matching entry, newest first, a page at a time so memory stays flat. */
    public void forEach(AuditQuery query, int pageSize, Consumer<AuditRow> action) {
        long before = Long.MAX_VALUE;
        while (true) {
            List<AuditRow> rows = page(query, before, pageSize);
            rows.forEach(action);
            if (rows.size() < pageSize) {
                return;
            }
            before = rows.get(rows.size() - 1).id();
        }
    }

    private List<AuditRow> page(AuditQuery query, long beforeId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, at, operator, profile, live, action, targets, outcome, http_status,"
                + " trace_id, detail FROM audit_entry WHERE id < ?");
        List<Object> values = new ArrayList<>(List.of(beforeId));
        if (query.since() != null) {
            sql.append(" AND at >= ?");
            values.add(query.since().toEpochMilli());
        }
        if (query.until() != null) {
            sql.append(" AND at < ?");
            values.add(query.until().toEpochMilli());
        }
        if (query.action() != null) {
            if (query.action().endsWith(".")) {
                sql.append(" AND substr(action, 1, ?) = ?");
                values.add(query.action().length());
            } else {
                sql.append(" AND action = ?");
            }
            values.add(query.action());
        }
        if (query.operator() != null) {
            sql.append(" AND operator = ?");
            values.add(query.operator());
        }
        if (query.profile() != null) {
            sql.append(" AND profile = ?");
            values.add(query.profile());
        }
        if (query.outcome() != null) {
            sql.append(" AND outcome = ?");
            values.add(query.outcome());
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        values.add(limit);
        return store.read(connection -> {
            List<AuditRow> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                LocalStore.bind(select, values);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(row(result));
                    }
                }
            }
            return rows;
        });
    }

    private static AuditRow row(ResultSet rows) throws SQLException {
        int status = rows.getInt("http_status");
        Integer httpStatus = rows.wasNull() ? null : status;
        return new AuditRow(rows.getLong("id"), ReviewStore.instant(rows, "at"), rows.getString("operator"),
                rows.getString("profile"), rows.getInt("live") == 1, rows.getString("action"), rows.getString("targets"),
                rows.getString("outcome"), httpStatus, rows.getString("trace_id"), rows.getString("detail"));
    }
}
