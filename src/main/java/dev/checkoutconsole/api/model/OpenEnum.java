package dev.checkoutconsole.api.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.Optional;

/**
 * A value of an API enum that keeps the raw wire string even when this version of the console does not know it.
 * Conomy adds statuses and types without notice; reading must never fail on one, and the UI shows it as it came.
 */
public final class OpenEnum<E extends Enum<E>> {
    private final String raw;
    private final E known;

    private OpenEnum(String raw, E known) {
        this.raw = Objects.requireNonNull(raw, "raw");
        this.known = known;
    }

    public static <E extends Enum<E>> OpenEnum<E> of(E value) {
        return new OpenEnum<>(value.name(), value);
    }

    public static <E extends Enum<E>> OpenEnum<E> parse(Class<E> type, String raw) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return new OpenEnum<>(raw, constant);
            }
        }
        return new OpenEnum<>(raw, null);
    }

    @JsonValue
    public String raw() {
        return raw;
    }

    public Optional<E> known() {
        return Optional.ofNullable(known);
    }

    public boolean is(E value) {
        return known == value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpenEnum<?> that && raw.equals(that.raw);
    }

    @Override
    public int hashCode() {
        return raw.hashCode();
    }

    @Override
    public String toString() {
        return raw;
    }
}
