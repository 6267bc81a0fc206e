package dev.checkoutconsole.ui.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class TimesTest {
    private static final Instant EVENING_IN_SANTIAGO = Instant.parse("2026-12-02T22:53:21Z");
    private static final Instant LATE_EVENING_IN_SANTIAGO = Instant.parse("2026-12-03T01:53:21Z");
    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    @Test
    void localTimeComesFirstWithUtcBesideIt() {
        assertThat(Times.localWithUtc(EVENING_IN_SANTIAGO, SANTIAGO)).isEqualTo("2026-12-02 19:53:21 · 22:53:21 UTC");
    }

    @Test
    void utcGivesItsDateWhenItIsAlreadyTheNextDay() {
        assertThat(Times.localWithUtc(LATE_EVENING_IN_SANTIAGO, SANTIAGO)).isEqualTo("2026-12-02 22:53:21 · 2026-12-03 01:53:21 UTC");
    }

    @Test
    void whereLocalTimeIsUtcItIsSaidOnce() {
        assertThat(Times.localWithUtc(EVENING_IN_SANTIAGO, ZoneOffset.UTC)).isEqualTo("2026-12-02 22:53:21 UTC");
        assertThat(Times.localWithUtc(null, SANTIAGO)).isEmpty();
    }
}
