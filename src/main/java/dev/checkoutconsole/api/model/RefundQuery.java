package dev.checkoutconsole.api.model;

import java.time.LocalDate;
import java.util.Map;

/** The filters of GET /refunds, in the newer envelope form (CONOMY-API.md §4.3). */
public record RefundQuery(
        String parentPaymentId,
        String identityId,
        String accountNumber,
        String status,
        LocalDate startDate,
        LocalDate endDate,
        Sort sort,
        Integer limit,
        Integer offset) {

    public RefundQuery {
        QueryParameters.requireNonNegative("limit", limit);
        QueryParameters.requireNonNegative("offset", offset);
        QueryParameters.requireOrderedDates(startDate, endDate);
    }

    public static RefundQuery all() {
        return new RefundQuery(null, null, null, null, null, null, null, null, null);
    }

    public Map<String, String> toQueryParameters() {
        return new QueryParameters()
                .add("parentPaymentId", parentPaymentId)
                .add("identityId", identityId)
                .add("accountNumber", accountNumber)
                .add("status", status)
                .add("startDate", startDate)
                .add("endDate", endDate)
                .add("sort", sort)
                .add("limit", limit)
                .add("offset", offset)
                .asMap();
    }
}
