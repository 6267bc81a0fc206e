package dev.checkoutconsole.service;

import dev.checkoutconsole.store.LocalDataException;
import dev.checkoutconsole.store.LocalStore;
import dev.checkoutconsole.store.ReviewStore;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The console's local data (console.db in the data folder) and the services over it. Opening migrates the schema;
 * a damaged, locked, newer or foreign file fails the open with a clear message and is left as it is, so the
 * console never starts empty over it.
 */
public final class LocalData implements AutoCloseable {
    private final LocalPaths paths;
    private final LocalStore store;
    private final AuditTrail audit;
    private final UiStateService uiState;
    private final ProfileService profiles;

    private LocalData(LocalPaths paths, LocalStore store, Clock clock) {
        this.paths = paths;
        this.store = store;
        this.audit = new AuditTrail(store.audit(), clock);
        this.uiState = new UiStateService(store.uiState());
        this.profiles = new ProfileService(store.profiles(), paths.configDir(), audit, clock);
    }

    /** Opens the data folder's database, creating it on first use. */
    public static LocalData open(LocalPaths paths, Clock clock) {
        return new LocalData(paths, LocalStore.openIn(paths.dataDir(), clock), clock);
    }

    /**
     * The message to show for a failure of the local data (damaged, locked, too new, not ours, unavailable), or
     * empty for any other failure. The UI and CLI cannot see the store's types; this is how they tell.
     */
    public static Optional<String> problemOf(Throwable failure) {
        if (failure instanceof LocalDataException local) {
            return Optional.of("Local data " + local.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ": " + local.getMessage());
        }
        return Optional.empty();
    }

    public LocalPaths paths() {
        return paths;
    }

    public AuditTrail audit() {
        return audit;
    }

    public UiStateService uiState() {
        return uiState;
    }

    public ProfileService profiles() {
        return profiles;
    }

    ReviewStore reviews() {
        return store.reviews();
    }

    @Override
    public void close() {
        store.close();
    }
}
