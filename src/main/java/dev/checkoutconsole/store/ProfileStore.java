package dev.checkoutconsole.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Saved connection profiles, by name. */
public final class ProfileStore {
    private final LocalStore store;

    ProfileStore(LocalStore store) {
        this.store = store;
    }

    public List<ProfileRow> all() {
        return store.read(connection -> {
            List<ProfileRow> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT name, base_url, api_version, client_id, live,"
                    + " operator, updated_at FROM profile ORDER BY name");
                 ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(row(result));
                }
            }
            return rows;
        });
    }

    public Optional<ProfileRow> find(String name) {
        return store.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT name, base_url, api_version, client_id, live,"
                    + " operator, updated_at FROM profile WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? Optional.of(row(result)) : Optional.<ProfileRow>empty();
                }
            }
        });
    }

    /** Inserts or replaces the profile of that name. */
    public void save(ProfileRow profile) {
        store.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO profile (name, base_url, api_version,"
                    + " client_id, live, operator, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET"
                    + " base_url = excluded.base_url, api_version = excluded.api_version, client_id = excluded.client_id,"
                    + " live = excluded.live, operator = excluded.operator, updated_at = excluded.updated_at")) {
                LocalStore.bind(upsert, Arrays.asList(profile.name(), profile.baseUrl(), profile.apiVersion(),
                        profile.clientId(), profile.live() ? 1 : 0, profile.operator(), profile.updatedAt().toEpochMilli()));
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /** Removes the profile; false when there was none of that name. */
    public boolean delete(String name) {
        return store.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM profile WHERE name = ?")) {
                delete.setString(1, name);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private static ProfileRow row(ResultSet rows) throws SQLException {
        return new ProfileRow(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getInt(5) == 1,
                rows.getString(6), ReviewStore.instant(rows, "updated_at"));
    }
}
