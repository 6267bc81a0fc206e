package dev.checkoutconsole.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The console's SQLite database: WAL journal, foreign keys on, every commit synced, schema migrated on open.
 * A file that is damaged, locked, newer than this console or someone else's is refused with a typed error and left
 * untouched; the console never starts empty over it. One connection serves the process; writes are IMMEDIATE
 * transactions, so two processes writing at once take turns instead of failing half-way.
 */
public final class LocalStore implements AutoCloseable {
    public static final String FILE_NAME = "console.db";
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private final ReviewStore reviews;
    private final AuditStore audit;
    private final UiStateStore uiState;
    private final ProfileStore profiles;

    private LocalStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.reviews = new ReviewStore(this);
        this.audit = new AuditStore(this);
        this.uiState = new UiStateStore(this);
        this.profiles = new ProfileStore(this);
    }

    /** Opens (creating if missing) {@value #FILE_NAME} in the folder. */
    public static LocalStore openIn(Path folder, Clock clock) {
        return open(folder.resolve(FILE_NAME), DEFAULT_BUSY_TIMEOUT, clock);
    }

    /** Opens the database file, waiting up to {@code busyTimeout} for another process that holds it. */
    public static LocalStore open(Path file, Duration busyTimeout, Clock clock) {
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new LocalDataException(LocalDataException.Kind.UNAVAILABLE, absolute,
                    "The local data folder cannot be created: " + e.getMessage(), e);
        }
        requireSqliteHeader(absolute);
        Connection connection;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout((int) busyTimeout.toMillis());
            config.enforceForeignKeys(true);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute, config.toProperties());
        } catch (SQLException e) {
            throw translate(absolute, "The local database cannot be opened", e);
        }
        try {
            prepare(connection, absolute, clock);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e instanceof LocalDataException known ? known
                    : e instanceof SQLException sql ? translate(absolute, "The local database cannot be opened", sql)
                    : new LocalDataException(LocalDataException.Kind.UNAVAILABLE, absolute, e.getMessage(), e);
        }
        return new LocalStore(absolute, connection);
    }

    private static void requireSqliteHeader(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            byte[] header = new byte[SQLITE_HEADER.length];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(header, 0, header.length);
            }
            if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new LocalDataException(LocalDataException.Kind.CORRUPT, file,
                        "The local database is damaged or is not a database file; it was left as it is."
                                + " Move it away to start with empty local data", null);
            }
        } catch (IOException e) {
            throw new LocalDataException(LocalDataException.Kind.UNAVAILABLE, file,
                    "The local database cannot be read: " + e.getMessage(), e);
        }
    }

    private static void prepare(Connection connection, Path file, Clock clock) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // WAL before anything else: the check below must not run in another journal mode
            String mode = singleString(statement, "PRAGMA journal_mode=WAL");
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new LocalDataException(LocalDataException.Kind.UNAVAILABLE, file,
                        "The local database cannot use write-ahead logging (journal mode " + mode + ")", null);
            }
            statement.execute("PRAGMA synchronous=FULL");
            String check = singleString(statement, "PRAGMA quick_check");
            if (!"ok".equalsIgnoreCase(check)) {
                throw new LocalDataException(LocalDataException.Kind.CORRUPT, file,
                        "The local database is damaged (" + check + "); it was left as it is", null);
            }
        }
        connection.setAutoCommit(false);
        try {
            migrate(connection, file, clock);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Runs inside one IMMEDIATE transaction, so a second process opening at the same time waits and sees the result. */
    private static void migrate(Connection connection, Path file, Clock clock) throws SQLException {
        int applicationId;
        int tables;
        try (Statement statement = connection.createStatement()) {
            applicationId = singleInt(statement, "PRAGMA application_id");
            tables = singleInt(statement, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
        }
        int version = 0;
        if (applicationId == Schema.APPLICATION_ID) {
            try (Statement statement = connection.createStatement()) {
                version = singleInt(statement, "SELECT coalesce(max(version), 0) FROM schema_version");
            }
        } else if (applicationId != 0 || tables > 0) {
            throw new LocalDataException(LocalDataException.Kind.NOT_OURS, file,
                    "The file is an SQLite database of another program; the console does not use or change it", null);
        }
        if (version > Schema.latestVersion()) {
            throw new LocalDataException(LocalDataException.Kind.TOO_NEW, file,
                    "The local database has schema version " + version + ", written by a newer console; this one knows up to "
                            + Schema.latestVersion() + ". Update the console", null);
        }
        for (int next = version + 1; next <= Schema.latestVersion(); next++) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : Schema.MIGRATIONS.get(next - 1)) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                insert.setInt(1, next);
                insert.setLong(2, clock.millis());
                insert.executeUpdate();
            }
        }
        if (applicationId == 0) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA application_id=" + Schema.APPLICATION_ID);
            }
        }
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return read(connection -> {
            try (Statement statement = connection.createStatement()) {
                return singleInt(statement, "SELECT max(version) FROM schema_version");
            }
        });
    }

    public ReviewStore reviews() {
        return reviews;
    }

    public AuditStore audit() {
        return audit;
    }

    public UiStateStore uiState() {
        return uiState;
    }

    public ProfileStore profiles() {
        return profiles;
    }

    /** Reads with the connection in autocommit: each statement sees the latest committed data. */
    synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(file, "Reading the local database failed", e);
        }
    }

    /** One write transaction: all of it is committed (and synced) or none of it. */
    synchronized <T> T write(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(file, "Writing the local database failed", e);
        }
    }

    static LocalDataException translate(Path file, String what, SQLException e) {
        int primary = e.getErrorCode() & 0xFF;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new LocalDataException(LocalDataException.Kind.LOCKED, file,
                    what + ": another program holds the local database. Close it (or another console) and try again", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new LocalDataException(LocalDataException.Kind.CORRUPT, file,
                    what + ": the local database is damaged; it was left as it is", e);
        }
        return new LocalDataException(LocalDataException.Kind.UNAVAILABLE, file, what + ": " + e.getMessage(), e);
    }

    static String singleString(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    static int singleInt(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /** Binds parameters in order; null stays SQL NULL. */
    static void bind(PreparedStatement statement, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the open already failed with the error that matters
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw translate(file, "Closing the local database failed", e);
        }
    }
}
