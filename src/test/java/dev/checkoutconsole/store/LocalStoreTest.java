package dev.checkoutconsole.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database file: schema on first open, the pragmas, and every kind of file it must refuse without touching it. */
class LocalStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve(LocalStore.FILE_NAME);
    }

    @Test
    void aFreshFolderGetsTheLatestSchemaInWalModeWithForeignKeysOn() throws SQLException {
        try (LocalStore store = LocalStore.openIn(folder.resolve("nested/data"), CLOCK)) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.latestVersion());
            assertThat(store.file()).exists();
            assertThat(store.<String>read(c -> pragma(c, "journal_mode"))).isEqualTo("wal");
            assertThat(store.<String>read(c -> pragma(c, "foreign_keys"))).isEqualTo("1");
            assertThat(store.<String>read(c -> pragma(c, "synchronous"))).isEqualTo("2");
            // a history row for a review that does not exist is refused: the foreign key is enforced
            assertThatThrownBy(() -> store.write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO refund_review_event (review_id, at, operator, to_state) VALUES (999, 0, 'x', 'TO_CHECK')")))
                    .isInstanceOf(LocalDataException.class);
        }
    }

    @Test
    void reopeningKeepsTheDataAndDoesNotMigrateAgain() {
        try (LocalStore store = LocalStore.openIn(folder, CLOCK)) {
            store.uiState().putAll(Map.of("window.width", "1200"));
        }
        try (LocalStore store = LocalStore.openIn(folder, CLOCK)) {
            assertThat(store.uiState().get("window.width")).contains("1200");
            assertThat(store.<Integer>read(c -> c.createStatement().executeQuery("SELECT count(*) FROM schema_version").getInt(1)))
                    .isEqualTo(Schema.latestVersion());
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAsItIs() throws Exception {
        byte[] garbage = "this is my shopping list, not a database\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(db(), garbage);

        assertThatThrownBy(() -> LocalStore.openIn(folder, CLOCK))
                .isInstanceOfSatisfying(LocalDataException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LocalDataException.Kind.CORRUPT);
                    assertThat(e.getMessage()).contains("damaged", db().toString());
                });
        assertThat(Files.readAllBytes(db())).isEqualTo(garbage);
    }

    @Test
    void aDatabaseWithDamagedPagesIsRefusedAndLeftAsItIs() throws Exception {
        try (LocalStore store = LocalStore.openIn(folder, CLOCK)) {
            for (int i = 0; i < 300; i++) {
                store.audit().append(new AuditRow(0, CLOCK.instant(), "ana", "Sandbox", false, "session.delete",
                        "cs_" + i, "OK", 204, "trace-" + i, "x".repeat(200)));
            }
        }
        byte[] bytes = Files.readAllBytes(db());
        for (int i = 4096 + 100; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(db(), bytes);

        assertThatThrownBy(() -> LocalStore.openIn(folder, CLOCK))
                .isInstanceOfSatisfying(LocalDataException.class,
                        e -> assertThat(e.kind()).isEqualTo(LocalDataException.Kind.CORRUPT));
        assertThat(Files.readAllBytes(db())).isEqualTo(bytes);
    }

    @Test
    void aDatabaseFromANewerConsoleIsRefusedAndNotMigrated() throws Exception {
        try (LocalStore store = LocalStore.openIn(folder, CLOCK)) {
            store.write(c -> c.createStatement().executeUpdate("INSERT INTO schema_version VALUES (99, 0)"));
        }
        assertThatThrownBy(() -> LocalStore.openIn(folder, CLOCK))
                .isInstanceOfSatisfying(LocalDataException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LocalDataException.Kind.TOO_NEW);
                    assertThat(e.getMessage()).contains("version 99");
                });
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db())) {
            assertThat(raw.createStatement().executeQuery("SELECT max(version) FROM schema_version").getInt(1)).isEqualTo(99);
        }
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndNotChanged() throws Exception {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db())) {
            raw.createStatement().executeUpdate("CREATE TABLE recipes (name TEXT)");
            raw.createStatement().executeUpdate("INSERT INTO recipes VALUES ('bread')");
        }
        assertThatThrownBy(() -> LocalStore.openIn(folder, CLOCK))
                .isInstanceOfSatisfying(LocalDataException.class,
                        e -> assertThat(e.kind()).isEqualTo(LocalDataException.Kind.NOT_OURS));
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db());
             ResultSet tables = raw.createStatement().executeQuery("SELECT group_concat(name) FROM sqlite_schema WHERE type = 'table'")) {
            assertThat(tables.getString(1)).isEqualTo("recipes");
        }
    }

    @Test
    void aDatabaseHeldByAnotherProgramIsReportedAsLocked() throws Exception {
        LocalStore.openIn(folder, CLOCK).close();
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + db())) {
            holder.createStatement().execute("BEGIN EXCLUSIVE");
            holder.createStatement().executeUpdate("INSERT INTO ui_state VALUES ('held', 'yes')");

            assertThatThrownBy(() -> LocalStore.open(db(), Duration.ofMillis(200), CLOCK))
                    .isInstanceOfSatisfying(LocalDataException.class, e -> {
                        assertThat(e.kind()).isEqualTo(LocalDataException.Kind.LOCKED);
                        assertThat(e.getMessage()).contains("another program");
                    });
            holder.createStatement().execute("ROLLBACK");
        }
    }

    @Test
    void theAuditTrailCannotBeEditedOrDeletedEvenByHand() throws Exception {
        try (LocalStore store = LocalStore.openIn(folder, CLOCK)) {
            store.audit().append(new AuditRow(0, CLOCK.instant(), "ana", "Sandbox", false, "session.delete", "cs_1",
                    "OK", 204, "t-1", null));
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db())) {
            assertThatThrownBy(() -> raw.createStatement().executeUpdate("UPDATE audit_entry SET operator = 'mallory'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> raw.createStatement().executeUpdate("DELETE FROM audit_entry"))
                    .hasMessageContaining("append-only");
        }
        try (LocalStore store = LocalStore.openIn(folder, CLOCK)) {
            assertThat(store.audit().list(AuditQuery.all(), 10)).singleElement()
                    .satisfies(row -> assertThat(row.operator()).isEqualTo("ana"));
        }
    }

    @Test
    void aTransitionHappensOnlyFromTheExpectedStateAndWritesItsHistory() {
        try (LocalStore store = LocalStore.openIn(folder, CLOCK)) {
            ReviewRow flagged = store.reviews().insertIfNoneOpen(newReview("pay_1")).orElseThrow();
            assertThat(store.reviews().insertIfNoneOpen(newReview("pay_1"))).isEmpty();

            Optional<ReviewRow> approved = store.reviews().transition(flagged.id(), Set.of("TO_CHECK"), "APPROVED",
                    ReviewChange.by("bo", CLOCK.instant(), "looks right").decided("bo", CLOCK.instant()));
            Optional<ReviewRow> again = store.reviews().transition(flagged.id(), Set.of("TO_CHECK"), "APPROVED",
                    ReviewChange.by("cy", CLOCK.instant(), "me too").decided("cy", CLOCK.instant()));

            assertThat(approved).get().satisfies(row -> {
                assertThat(row.state()).isEqualTo("APPROVED");
                assertThat(row.decidedBy()).isEqualTo("bo");
                assertThat(row.amount()).isEqualByComparingTo("150.00");
            });
            assertThat(again).isEmpty();
            assertThat(store.reviews().history(flagged.id()))
                    .extracting(ReviewEventRow::operator, ReviewEventRow::fromState, ReviewEventRow::toState)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", null, "TO_CHECK"),
                            org.assertj.core.groups.Tuple.tuple("bo", "TO_CHECK", "APPROVED"));
            assertThat(store.reviews().countByState()).containsEntry("APPROVED", 1);
        }
    }

    private static NewReview newReview(String paymentId) {
        return new NewReview(paymentId, "USD", new BigDecimal("150.00"), new BigDecimal("200.00"), "duplicate", null,
                "TO_CHECK", "Sandbox", "ana", CLOCK.instant(), "flagged");
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return LocalStore.singleString(statement, "PRAGMA " + name);
        }
    }
}
