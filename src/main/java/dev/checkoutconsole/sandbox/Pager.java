package dev.checkoutconsole.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * Cuts one page out of a list kept in creation order. createdAt order needs no sorting: one pass counts the
 * matches and keeps the page. Other orders keep only the best offset+limit matches in a bounded heap, so a page
 * of 100,000 sessions costs a scan, not a full sort.
 */
final class Pager {
    private Pager() {
    }

    record Slice<T>(List<T> items, int total) {
    }

    /** {@code matches} is null when nothing is filtered: then a page in creation order is cut without a scan. */
    static <T> Slice<T> page(List<T> inCreationOrder, Predicate<T> matches, Comparator<T> order, boolean byCreation,
                             boolean descending, int offset, int limit) {
        if (matches == null && byCreation) {
            return unfiltered(inCreationOrder, descending, offset, limit);
        }
        Predicate<T> filter = matches == null ? item -> true : matches;
        return byCreation
                ? inCreationOrder(inCreationOrder, filter, descending, offset, limit)
                : sorted(inCreationOrder, filter, descending ? order.reversed() : order, offset, limit);
    }

    private static <T> Slice<T> unfiltered(List<T> all, boolean descending, int offset, int limit) {
        int size = all.size();
        int end = (int) Math.min((long) offset + limit, size);
        List<T> items = new ArrayList<>(Math.max(0, end - offset));
        for (int i = offset; i < end; i++) {
            items.add(all.get(descending ? size - 1 - i : i));
        }
        return new Slice<>(items, size);
    }

    private static <T> Slice<T> inCreationOrder(List<T> all, Predicate<T> matches, boolean descending, int offset, int limit) {
        List<T> items = new ArrayList<>(Math.min(limit, 64));
        long end = (long) offset + limit;
        int total = 0;
        int size = all.size();
        for (int i = 0; i < size; i++) {
            T item = all.get(descending ? size - 1 - i : i);
            if (matches.test(item)) {
                if (total >= offset && total < end) {
                    items.add(item);
                }
                total++;
            }
        }
        return new Slice<>(items, total);
    }

    private static <T> Slice<T> sorted(List<T> all, Predicate<T> matches, Comparator<T> order, int offset, int limit) {
        int keep = (int) Math.min((long) offset + limit, Integer.MAX_VALUE);
        // The heap's head is the worst of the best `keep` seen so far.
        PriorityQueue<T> best = new PriorityQueue<>(Math.min(keep, 1024) + 1, order.reversed());
        int total = 0;
        for (T item : all) {
            if (!matches.test(item)) {
                continue;
            }
            total++;
            if (best.size() < keep) {
                best.add(item);
            } else if (order.compare(item, best.peek()) < 0) {
                best.poll();
                best.add(item);
            }
        }
        List<T> top = new ArrayList<>(best);
        top.sort(order);
        List<T> items = offset >= top.size() ? Collections.emptyList() : top.subList(offset, top.size());
        return new Slice<>(new ArrayList<>(items), total);
    }
}
