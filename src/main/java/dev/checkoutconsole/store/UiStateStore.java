package dev.checkoutconsole.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the window remembers between runs (saved filters, sizes, split positions), as key → text. */
public final class UiStateStore {
    private final LocalStore store;

    UiStateStore(LocalStore store) {
        this.store = store;
    }

    public Optional<String> get(String key) {
        return store.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT value FROM ui_state WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public Map<String, String> all() {
        return store.read(connection -> {
            Map<String, String> values = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT key, value FROM ui_state ORDER BY key");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getString(1), rows.getString(2));
                }
            }
            return values;
        });
    }

    /** Sets the values in one transaction; a null value removes its key. */
    public void putAll(Map<String, String> values) {
        store.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO ui_state (key, value) VALUES (?, ?)"
                    + " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM ui_state WHERE key = ?")) {
                for (Map.Entry<String, String> entry : values.entrySet()) {
                    if (entry.getValue() == null) {
                        delete.setString(1, entry.getKey());
                        delete.executeUpdate();
                    } else {
                        upsert.setString(1, entry.getKey());
                        upsert.setString(2, entry.getValue());
                        upsert.executeUpdate();
                    }
                }
            }
            return null;
        });
    }
}
