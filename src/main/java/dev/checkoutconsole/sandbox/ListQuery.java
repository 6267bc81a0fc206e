package dev.checkoutconsole.sandbox;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query of a list call: paging (limit 1–500, default 50; offset ≥ 0), sort=field:asc|desc (default
 * createdAt:desc), startDate/endDate as dd/mm/yyyy inclusive UTC days, and the resource's own filters. A bad value
 * is a 400 invalidParam naming the parameter.
 */
final class ListQuery {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SORT = Pattern.compile("([A-Za-z.]+):(asc|desc)");

    private final Map<String, List<String>> parameters;
    final int limit;
    final int offset;
    final String sortField;
    final boolean descending;
    /** Inclusive lower bound on createdAt in epoch milliseconds, or Long.MIN_VALUE. */
    final long fromMs;
    /** Exclusive upper bound on createdAt (the day after endDate) in epoch milliseconds, or Long.MAX_VALUE. */
    final long untilMs;

    ListQuery(Map<String, List<String>> parameters, Set<String> sortFields) {
        this.parameters = parameters;
        this.limit = integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        this.offset = integer("offset", 0, 0, Integer.MAX_VALUE);
        String sort = text("sort");
        if (sort == null) {
            sortField = "createdAt";
            descending = true;
        } else {
            Matcher matcher = SORT.matcher(sort);
            if (!matcher.matches() || !sortFields.contains(matcher.group(1))) {
                throw ApiProblem.invalidParam("sort", "must be field:asc or field:desc with field one of "
                        + new java.util.TreeSet<>(sortFields) + ", not '" + sort + "'");
            }
            sortField = matcher.group(1);
            descending = matcher.group(2).equals("desc");
        }
        LocalDate start = date("startDate");
        LocalDate end = date("endDate");
        if (start != null && end != null && end.isBefore(start)) {
            throw ApiProblem.invalidParam("endDate", "must not be before startDate");
        }
        fromMs = start == null ? Long.MIN_VALUE : start.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        untilMs = end == null ? Long.MAX_VALUE : end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The parameter's value, or null when it is absent or empty. */
    String text(String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).trim();
    }

    /** A comma-separated list, each value checked against {@code allowed} when that is not null; null when absent. */
    List<String> list(String name, List<String> allowed) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (String part : Arrays.asList(value.split(","))) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (allowed != null && !allowed.contains(trimmed)) {
                throw ApiProblem.invalidParam(name, "must be one of " + allowed + ", not '" + trimmed + "'");
            }
            values.add(trimmed);
        }
        return values.isEmpty() ? null : values;
    }

    boolean hasDateBounds() {
        return fromMs != Long.MIN_VALUE || untilMs != Long.MAX_VALUE;
    }

    boolean createdWithin(long createdAtMs) {
        return createdAtMs >= fromMs && createdAtMs < untilMs;
    }

    private int integer(String name, int fallback, int min, int max) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw ApiProblem.invalidParam(name, "must be between " + min + " and " + max + ", not " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidParam(name, "must be a whole number, not '" + value + "'");
        }
    }

    private LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidParam(name, "must be a date as dd/mm/yyyy, not '" + value + "'");
        }
    }
}
