package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.InvalidInputException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the console keeps its files (DESIGN.md, "Where state lives"): local data in the folder given by
 * --data-dir, else CHECKOUT_CONSOLE_DATA_DIR, else $XDG_DATA_HOME/checkout-console, else
 * ~/.local/share/checkout-console; configuration (remembered secrets) in $XDG_CONFIG_HOME/checkout-console, else
 * ~/.config/checkout-console.
 */
public record LocalPaths(Path dataDir, Path configDir) {
    public static final String DATA_DIR_VARIABLE = "CHECKOUT_CONSOLE_DATA_DIR";
    private static final String FOLDER = "checkout-console";

    /** The folders for this run: {@code dataDirOption} (may be null) wins over the environment. */
    public static LocalPaths resolve(String dataDirOption, Map<String, String> environment, String userHome) {
        Path home = Path.of(userHome);
        Path data;
        if (isSet(dataDirOption)) {
            data = path("data-dir", dataDirOption);
        } else if (isSet(environment.get(DATA_DIR_VARIABLE))) {
            data = path(DATA_DIR_VARIABLE, environment.get(DATA_DIR_VARIABLE));
        } else if (isSet(environment.get("XDG_DATA_HOME"))) {
            data = path("XDG_DATA_HOME", environment.get("XDG_DATA_HOME")).resolve(FOLDER);
        } else {
            data = home.resolve(".local/share").resolve(FOLDER);
        }
        Path config = isSet(environment.get("XDG_CONFIG_HOME"))
                ? path("XDG_CONFIG_HOME", environment.get("XDG_CONFIG_HOME")).resolve(FOLDER)
                : home.resolve(".config").resolve(FOLDER);
        return new LocalPaths(data.toAbsolutePath().normalize(), config.toAbsolutePath().normalize());
    }

    /** The folders of this process's user and environment. */
    public static LocalPaths ofThisUser(String dataDirOption) {
        return resolve(dataDirOption, System.getenv(), System.getProperty("user.home"));
    }

    private static Path path(String field, String text) {
        try {
            return Path.of(text.trim());
        } catch (InvalidPathException e) {
            throw new InvalidInputException(field, "is not a usable folder path: '" + text + "'");
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
