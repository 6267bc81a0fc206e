package dev.checkoutconsole.api.model;

import java.util.Locale;
import java.util.Optional;

/** The API contract selected with the conomyhq-api-version header: absent for v1, a date for v2. */
public enum ApiVersion {
    V1(null),
    V2("24-04-2025");

    private final String headerValue;

    ApiVersion(String headerValue) {
        this.headerValue = headerValue;
    }

    public Optional<String> headerValue() {
        return Optional.ofNullable(headerValue);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "v1" or "v2", in any case. */
    public static ApiVersion fromLabel(String label) {
        for (ApiVersion version : values()) {
            if (version.label().equalsIgnoreCase(label.trim())) {
                return version;
            }
        }
        throw new IllegalArgumentException("api version must be v1 or v2, not '" + label + "'");
    }
}
