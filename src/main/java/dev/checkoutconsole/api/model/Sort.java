package dev.checkoutconsole.api.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A list order, sent as sort=field:asc|desc. */
public record Sort(String field, Direction direction) {
    private static final Pattern FORM = Pattern.compile("([A-Za-z][A-Za-z0-9_.]*):(asc|desc)");

    public enum Direction { ASC, DESC }

    public Sort {
        if (field == null || !FORM.matcher(field + ":asc").matches()) {
            throw new InvalidInputException("sort", "field name '" + field + "' is not valid");
        }
        if (direction == null) {
            throw new InvalidInputException("sort", "direction is required");
        }
    }

    public static Sort parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new InvalidInputException("sort", "must be field:asc or field:desc, not '" + text + "'");
        }
        return new Sort(matcher.group(1), Direction.valueOf(matcher.group(2).toUpperCase(Locale.ROOT)));
    }

    public static Sort asc(String field) {
        return new Sort(field, Direction.ASC);
    }

    public static Sort desc(String field) {
        return new Sort(field, Direction.DESC);
    }

    /** The wire form, e.g. createdAt:desc. */
    @Override
    public String toString() {
        return field + ":" + direction.name().toLowerCase(Locale.ROOT);
    }
}
