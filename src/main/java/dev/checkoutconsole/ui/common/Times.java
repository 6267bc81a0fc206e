package dev.checkoutconsole.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamps for people: local time on screen, UTC beside it or on hover. */
public final class Times {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String local(Instant instant, ZoneId zone) {
        return instant == null ? "" : LOCAL.format(instant.atZone(zone));
    }

    public static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    /** "2025-12-07 01:53:12 (2025-12-07 04:53:12 UTC)". */
    public static String localWithUtc(Instant instant, ZoneId zone) {
        return instant == null ? "" : local(instant, zone) + "  (" + utc(instant) + ")";
    }
}
