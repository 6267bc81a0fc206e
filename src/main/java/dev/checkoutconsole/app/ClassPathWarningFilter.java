package dev.checkoutconsole.app;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Drops the one warning JavaFX logs when its classes come from the class path, which is how {@code java -jar} runs
 * the console on purpose. To support staff it reads like a fault, and writing it (the logging framework's first
 * record: formatter, date and locale data, caller lookup) cost 0.1 s of the 2-core start-up. Every other JavaFX
 * message still shows.
 */
final class ClassPathWarningFilter implements Filter {
    static final String JAVAFX_LOGGER = "javafx";
    private static final String WARNING_START = "Unsupported JavaFX configuration";
    /** Held here: the logging framework keeps loggers only weakly, and would drop the filter with the logger. */
    private static final Logger JAVAFX = Logger.getLogger(JAVAFX_LOGGER);

    private ClassPathWarningFilter() {
    }

    static void install() {
        JAVAFX.setFilter(new ClassPathWarningFilter());
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        return record.getMessage() == null || !record.getMessage().startsWith(WARNING_START);
    }
}
