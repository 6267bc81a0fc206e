package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Window size, split positions and filters survive a restart, through the real SQLite file. */
class StoredUiPreferencesTest {
    @TempDir
    Path folder;

    @Test
    void valuesWrittenInTheBackgroundAreThereAtTheNextStart() throws Exception {
        try (LocalData data = open()) {
            StoredUiPreferences preferences = StoredUiPreferences.load(data.uiState());
            preferences.put("window.width", "1200.0");
            preferences.put("window.sessionsSplit", "0.4");
            preferences.put("window.sessionsSplit", "0.55");
            preferences.put("sessions.filter.status", "EXPIRED");
            preferences.put("sessions.filter.status", null);
            assertThat(preferences.get("window.sessionsSplit")).contains("0.55");
            preferences.close();
        }

        try (LocalData data = open()) {
            StoredUiPreferences nextStart = StoredUiPreferences.load(data.uiState());

            assertThat(nextStart.getDouble("window.width", 640, 4000)).contains(1200.0);
            assertThat(nextStart.getDouble("window.sessionsSplit", 0.2, 0.85)).contains(0.55);
            assertThat(nextStart.get("sessions.filter.status")).isEmpty();
            nextStart.close();
        }
    }

    @Test
    void anUnreadableNumberCountsAsUnset() throws Exception {
        try (LocalData data = open()) {
            StoredUiPreferences preferences = StoredUiPreferences.load(data.uiState());
            preferences.put("window.width", "wide");

            assertThat(preferences.getDouble("window.width", 640, 4000)).isEmpty();
            preferences.close();
        }
    }

    @Test
    void aNumberOutsideItsBoundsOrNotFiniteCountsAsUnset() {
        UiPreferences preferences = UiPreferences.inMemory();
        preferences.put("window.sessionsSplit", "1.0");
        preferences.put("window.width", "0");
        preferences.put("window.height", "NaN");

        assertThat(preferences.getDouble("window.sessionsSplit", 0.2, 0.85)).isEmpty();
        assertThat(preferences.getDouble("window.width", 640, 4000)).isEmpty();
        assertThat(preferences.getDouble("window.height", 400, 3000)).isEmpty();
        preferences.put("window.sessionsSplit", "0.7");
        assertThat(preferences.getDouble("window.sessionsSplit", 0.2, 0.85)).contains(0.7);
    }

    private LocalData open() {
        return LocalData.open(new LocalPaths(folder, folder.resolve("config")), Clock.systemUTC());
    }
}
