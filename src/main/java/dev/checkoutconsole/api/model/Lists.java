package dev.checkoutconsole.api.model;

import java.util.List;

/** Records hold immutable lists; an absent list reads as empty so callers never check for null. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
