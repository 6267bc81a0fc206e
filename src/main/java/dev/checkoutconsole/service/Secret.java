package dev.checkoutconsole.service;

import java.util.Objects;

/**
 * A credential (API key, access token, client secret). Its toString never shows the value, so a secret that
 * slips into a log line, an exception message or an export shows up as {@code <redacted>}.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** A secret, or null when the text is null or blank: an empty setting counts as unset. */
    public static Secret ofNullable(String value) {
        return value == null || value.isBlank() ? null : new Secret(value);
    }

    public static String reveal(Secret secret) {
        return secret == null ? null : secret.value;
    }

    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "<redacted>";
    }
}
