package dev.checkoutconsole.ui.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeTimeTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void futureExpiriesReadAsInSomeTime() {
        assertThat(RelativeTime.expiry(NOW.plus(Duration.ofMinutes(12)), NOW)).isEqualTo("in 12 min");
        assertThat(RelativeTime.expiry(NOW.plusSeconds(45), NOW)).isEqualTo("in 45 s");
        assertThat(RelativeTime.expiry(NOW.plus(Duration.ofDays(2)), NOW)).isEqualTo("in 2 d");
    }

    @Test
    void pastExpiriesReadAsExpiredAgo() {
        assertThat(RelativeTime.expiry(NOW.minus(Duration.ofHours(3)), NOW)).isEqualTo("expired 3 h ago");
        assertThat(RelativeTime.expiry(null, NOW)).isEmpty();
    }
}
