package dev.checkoutconsole.api;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads Retry-After (RFC 9110 §10.2.3): either whole seconds or an HTTP-date. */
final class RetryAfterHeader {
    private static final Duration NEVER = Duration.ofDays(36_500);

    private RetryAfterHeader() {
    }

    /** The wait the header asks for, counted from now; a date in the past means no wait. */
    static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        if (trimmed.chars().allMatch(Character::isDigit)) {
            // Anything beyond a century is as good as never, and keeps the arithmetic from overflowing.
            return Optional.of(trimmed.length() > 10 ? NEVER : Duration.ofSeconds(Math.min(Long.parseLong(trimmed), NEVER.toSeconds())));
        }
        try {
            Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The HTTP-date form of an instant, as a server would send it. */
    static String format(Instant at) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
    }
}
