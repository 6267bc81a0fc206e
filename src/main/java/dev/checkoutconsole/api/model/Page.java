package dev.checkoutconsole.api.model;

import java.util.List;

/** The standard list envelope {pagination, results} (CONOMY-API.md §3.2). */
public record Page<T>(Pagination pagination, List<T> results) {

    public Page {
        results = Lists.copy(results);
        pagination = pagination == null ? new Pagination(results.size(), results.size(), 0, results.size()) : pagination;
    }
}
