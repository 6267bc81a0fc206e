package dev.checkoutconsole.ui.common;

import java.time.Instant;
import java.time.ZoneId;

/** One labelled value of a detail view; {@code copyable} values get a copy button. */
public record DetailField(String label, String value, boolean copyable) {

    public static DetailField of(String label, Object value) {
        return new DetailField(label, value == null ? "" : value.toString(), false);
    }

    public static DetailField copyable(String label, String value) {
        return new DetailField(label, value == null ? "" : value, value != null && !value.isEmpty());
    }

    /** A timestamp in local time with UTC beside it. */
    public static DetailField time(String label, Instant instant, ZoneId zone) {
        return new DetailField(label, Times.localWithUtc(instant, zone), false);
    }
}
