package dev.checkoutconsole.ui.common;

import java.util.Optional;

/**
 * Small pieces of UI state kept between runs: the last filters, the window size, split positions. Reads come from
 * memory (loaded before the window opens) and writes are saved in the background, so the UI thread never waits.
 */
public interface UiPreferences {

    Optional<String> get(String key);

    void put(String key, String value);

    /** A saved number; a value that no longer reads (hand-edited, or from an older version) counts as unset. */
    default Optional<Double> getDouble(String key) {
        try {
            return get(key).map(Double::parseDouble);
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    default boolean getBoolean(String key) {
        return get(key).map(Boolean::parseBoolean).orElse(false);
    }

    /** Preferences that live only as long as the object: for tests and for a store that cannot be opened. */
    static UiPreferences inMemory() {
        java.util.Map<String, String> values = new java.util.concurrent.ConcurrentHashMap<>();
        return new UiPreferences() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public void put(String key, String value) {
                if (value == null) {
                    values.remove(key);
                } else {
                    values.put(key, value);
                }
            }
        };
    }
}
