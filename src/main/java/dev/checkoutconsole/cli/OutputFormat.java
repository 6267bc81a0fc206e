package dev.checkoutconsole.cli;

/** How a command prints its result: an aligned table for people, or the API's objects as JSON for scripts. */
public enum OutputFormat {
    table, json
}
