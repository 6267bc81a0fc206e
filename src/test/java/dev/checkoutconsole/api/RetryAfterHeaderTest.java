package dev.checkoutconsole.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterHeaderTest {
    private static final Instant NOW = Instant.parse("2026-04-17T12:00:00Z");

    @Test
    void secondsAreReadAsADelay() {
        assertThat(RetryAfterHeader.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfterHeader.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void anHttpDateIsCountedFromNow() {
        assertThat(RetryAfterHeader.parse("Fri, 17 Apr 2026 12:00:30 GMT", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfterHeader.parse("Fri, 17 Apr 2026 11:59:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void formattingAndParsingAgree() {
        assertThat(RetryAfterHeader.parse(RetryAfterHeader.format(NOW.plusSeconds(7)), NOW)).contains(Duration.ofSeconds(7));
    }

    @Test
    void anAbsurdlyLongDelayIsCappedInsteadOfOverflowing() {
        assertThat(RetryAfterHeader.parse("99999999999999999999", NOW)).hasValueSatisfying(delay ->
                assertThat(delay).isGreaterThan(Duration.ofDays(3650)));
    }

    @Test
    void anythingElseIsIgnored() {
        assertThat(RetryAfterHeader.parse(null, NOW)).isEmpty();
        assertThat(RetryAfterHeader.parse("", NOW)).isEmpty();
        assertThat(RetryAfterHeader.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfterHeader.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfterHeader.parse("1.5", NOW)).isEmpty();
    }
}
