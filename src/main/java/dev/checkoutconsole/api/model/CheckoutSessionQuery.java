package dev.checkoutconsole.api.model;

import java.time.LocalDate;
import java.util.Map;

/** The filters of GET /checkout-sessions. Null means "not filtered". */
public record CheckoutSessionQuery(
        String identityId,
        String accountNumber,
        String status,
        LocalDate startDate,
        LocalDate endDate,
        Sort sort,
        Integer limit,
        Integer offset) {

    public CheckoutSessionQuery {
        QueryParameters.requireNonNegative("limit", limit);
        QueryParameters.requireNonNegative("offset", offset);
        QueryParameters.requireOrderedDates(startDate, endDate);
    }

    public static CheckoutSessionQuery all() {
        return new CheckoutSessionQuery(null, null, null, null, null, null, null, null);
    }

    public CheckoutSessionQuery withPage(int newLimit, int newOffset) {
        return new CheckoutSessionQuery(identityId, accountNumber, status, startDate, endDate, sort, newLimit, newOffset);
    }

    public Map<String, String> toQueryParameters() {
        return new QueryParameters()
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
