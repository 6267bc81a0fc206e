package dev.checkoutconsole.ui.common;

import java.util.Optional;

/**
 * Small pieces of UI state kept between runs: the last filters, the window size, split positions. Reads come from
 * memory (loaded before the window opens) and writes are saved in the background, so the UI thread never waits.
 */
public interface UiPreferences {

    Optional<String> get(String key);

    void put(String key, String value);

    /**
     * A saved number from min to max. One that no longer reads, is not finite or lies outside (hand-edited, from an
     * older version, from a larger screen) counts as unset: a window of width 0 or a pane squeezed shut must not
     * come back at every start.
     */
    default Optional<Double> getDouble(String key, double min, double max) {
        try {
            return get(key).map(Double::parseDouble).filter(value -> Double.isFinite(value) && value >= min && value <= max);
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
