package dev.checkoutconsole.api.model;

/**
 * Offsets of a list page: count = items up to the end of this page, next/previous = offsets to ask for,
 * total = all matching items.
 */
public record Pagination(long count, long next, long previous, long total) {
}
