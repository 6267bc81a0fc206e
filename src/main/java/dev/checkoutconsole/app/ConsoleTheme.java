package dev.checkoutconsole.app;

import javafx.application.Application;

/** Light by default, dark as a setting. Both are AtlantaFX's Primer with the console's rules on top. */
final class ConsoleTheme {
    static final String PREFERENCE = "theme.dark";

    private ConsoleTheme() {
    }

    static void apply(boolean dark) {
        String sheet = dark ? "/css/dark.css" : "/css/light.css";
        Application.setUserAgentStylesheet(ConsoleTheme.class.getResource(sheet).toExternalForm());
    }
}
