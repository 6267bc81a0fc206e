package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.service.UiStateService;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * UI state kept in the local store. Everything is read once before the window opens; each change is written on one
 * background thread, in the order it was made, so the UI thread never waits on the database and the last value wins.
 */
public final class StoredUiPreferences implements UiPreferences, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(StoredUiPreferences.class.getName());

    private final UiStateService store;
    private final Map<String, String> values;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ui-state-writer");
        thread.setDaemon(true);
        return thread;
    });

    private StoredUiPreferences(UiStateService store, Map<String, String> saved) {
        this.store = store;
        this.values = new ConcurrentHashMap<>(saved);
    }

    /** Reads every saved value; call it off the UI thread, before the window opens. */
    public static StoredUiPreferences load(UiStateService store) {
        return new StoredUiPreferences(store, store.load());
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        String previous = value == null ? values.remove(key) : values.put(key, value);
        if (Objects.equals(previous, value)) {
            return;
        }
        writer.execute(() -> {
            try {
                store.put(key, value);
            } catch (RuntimeException failure) {
                // A lost window size or filter is not worth interrupting the user; the next change writes again.
                LOG.log(System.Logger.Level.WARNING, "Could not save UI state " + key + ": " + failure.getMessage());
            }
        });
    }

    /** Writes what is still queued, then stops the writer: called when the application stops. */
    @Override
    public void close() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
