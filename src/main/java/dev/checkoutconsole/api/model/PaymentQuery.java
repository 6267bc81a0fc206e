package dev.checkoutconsole.api.model;

import java.time.LocalDate;
import java.util.Map;

/** The filters of GET /payments (CONOMY-API.md §4.2). status may hold several values joined by commas. */
public record PaymentQuery(
        String identityId,
        String type,
        String accountNumber,
        String status,
        LocalDate startDate,
        LocalDate endDate,
        Sort sort,
        Integer limit,
        Integer offset,
        String checkoutSessionId,
        String paymentLinkId,
        String currency) {

    public PaymentQuery {
        QueryParameters.requireNonNegative("limit", limit);
        QueryParameters.requireNonNegative("offset", offset);
        QueryParameters.requireOrderedDates(startDate, endDate);
    }

    public static PaymentQuery all() {
        return new PaymentQuery(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static PaymentQuery ofCheckoutSession(String checkoutSessionId) {
        return new PaymentQuery(null, null, null, null, null, null, null, null, null, checkoutSessionId, null, null);
    }

    public Map<String, String> toQueryParameters() {
        return new QueryParameters()
                .add("identityId", identityId)
                .add("type", type)
                .add("accountNumber", accountNumber)
                .add("status", status)
                .add("startDate", startDate)
                .add("endDate", endDate)
                .add("sort", sort)
                .add("limit", limit)
                .add("offset", offset)
                .add("checkoutSessionId", checkoutSessionId)
                .add("paymentLinkId", paymentLinkId)
                .add("currency", currency)
                .asMap();
    }
}
