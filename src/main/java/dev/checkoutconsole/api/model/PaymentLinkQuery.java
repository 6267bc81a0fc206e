package dev.checkoutconsole.api.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * The filters of GET /payment-links. id, status, accountNumber, customerEmail and ownerIdentityId may be
 * comma-separated lists; their wire names are dotted paths.
 */
public record PaymentLinkQuery(
        String id,
        String status,
        String accountNumber,
        String customerEmail,
        String ownerIdentityId,
        LocalDate startDate,
        LocalDate endDate,
        String currency,
        Sort sort,
        Integer limit,
        Integer offset) {

    public PaymentLinkQuery {
        QueryParameters.requireNonNegative("limit", limit);
        QueryParameters.requireNonNegative("offset", offset);
        QueryParameters.requireOrderedDates(startDate, endDate);
    }

    public static PaymentLinkQuery all() {
        return new PaymentLinkQuery(null, null, null, null, null, null, null, null, null, null, null);
    }

    public Map<String, String> toQueryParameters() {
        return new QueryParameters()
                .add("id", id)
                .add("status", status)
                .add("destination.accountNumber", accountNumber)
                .add("customer.email", customerEmail)
                .add("owner.identityId", ownerIdentityId)
                .add("startDate", startDate)
                .add("endDate", endDate)
                .add("currency", currency)
                .add("sort", sort)
                .add("limit", limit)
                .add("offset", offset)
                .asMap();
    }
}
