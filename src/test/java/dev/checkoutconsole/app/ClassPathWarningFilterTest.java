package dev.checkoutconsole.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class ClassPathWarningFilterTest {
    private final Logger javafx = Logger.getLogger(ClassPathWarningFilter.JAVAFX_LOGGER);
    private final List<String> published = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            published.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void detach() {
        javafx.removeHandler(recorder);
        javafx.setFilter(null);
    }

    @Test
    void dropsOnlyTheClassPathWarningOfTheJavaFxLogger() {
        ClassPathWarningFilter.install();
        javafx.addHandler(recorder);

        javafx.warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b2c3d4e'");
        javafx.warning("Could not resolve '-color-accent' while resolving lookups for '-fx-background-color'");
        javafx.log(Level.SEVERE, (String) null);

        assertThat(published).containsExactly(
                "Could not resolve '-color-accent' while resolving lookups for '-fx-background-color'", null);
    }
}
