package dev.checkoutconsole.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Timestamps for people: local time on screen, UTC beside it or on hover. */
public final class Times {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String local(Instant instant, ZoneId zone) {
        return instant == null ? "" : LOCAL.format(instant.atZone(zone));
    }

    public static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    /**
     * "2025-12-07 01:53:12 · 04:53:12 UTC": UTC's date is left out when it is the local one, and where local time is
     * UTC it is said once: "2025-12-07 04:53:12 UTC".
     */
    public static String localWithUtc(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(zone);
        if (local.getOffset().equals(ZoneOffset.UTC)) {
            return utc(instant);
        }
        boolean sameDate = local.toLocalDate().equals(instant.atZone(ZoneOffset.UTC).toLocalDate());
        return LOCAL.format(local) + " · " + (sameDate ? UTC_TIME.format(instant) : utc(instant));
    }
}
