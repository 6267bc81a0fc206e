package dev.checkoutconsole.store;

import java.nio.file.Path;

/**
 * The local database cannot be used as it is. The kind says why, so the console can tell the user what to do; the
 * file itself is left exactly as it was found.
 */
public final class LocalDataException extends RuntimeException {
    /** Why the local database cannot be used. */
    public enum Kind {
        /** The file is damaged or is not a database at all. */
        CORRUPT,
        /** Another program holds the database and did not let go in time. */
        LOCKED,
        /** A newer version of the console wrote it; this one does not know its schema. */
        TOO_NEW,
        /** A valid SQLite database that some other program made. */
        NOT_OURS,
        /** The folder or file cannot be created, read or written. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final Path file;

    public LocalDataException(Kind kind, Path file, String message, Throwable cause) {
        super(message + " (" + file + ")", cause);
        this.kind = kind;
        this.file = file;
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }
}
