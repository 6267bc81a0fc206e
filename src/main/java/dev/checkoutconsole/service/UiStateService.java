package dev.checkoutconsole.service;

import dev.checkoutconsole.store.UiStateStore;

import java.util.HashMap;
import java.util.Map;

/**
 * Small pieces of UI state kept between runs (saved filters, window size, split positions) as key → text. Plain
 * blocking calls that are safe from any thread: the UI loads once before its window opens and saves on its
 * background executor.
 */
public final class UiStateService {
    private final UiStateStore store;

    UiStateService(UiStateStore store) {
        this.store = store;
    }

    /** Every saved value. */
    public Map<String, String> load() {
        return store.all();
    }

    /** Saves one value; null removes the key. */
    public void put(String key, String value) {
        Map<String, String> one = new HashMap<>();
        one.put(InputValidation.required("key", key), value);
        store.putAll(one);
    }
}
