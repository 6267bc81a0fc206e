package dev.checkoutconsole.cli;

import dev.checkoutconsole.api.model.ApiDate;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.CheckoutSessionStatus;
import dev.checkoutconsole.api.model.Sort;
import dev.checkoutconsole.service.InputValidation;
import picocli.CommandLine.Option;

/** The filters of GET /checkout-sessions, shared by sessions list and sessions export. */
final class SessionFilterOptions {
    @Option(names = "--identity-id", description = "Owner identity id.")
    String identityId;
    @Option(names = "--account-number", description = "Destination account number.")
    String accountNumber;
    @Option(names = "--status", description = "ATTEMPT, ACTIVE, EXPIRED, FINISHED, PROCESSING_PAYMENT or FAILED.")
    String status;
    @Option(names = "--start-date", paramLabel = "dd/mm/yyyy", description = "Created on or after this UTC day.")
    String startDate;
    @Option(names = "--end-date", paramLabel = "dd/mm/yyyy", description = "Created on or before this UTC day.")
    String endDate;
    @Option(names = "--sort", paramLabel = "field:asc|desc", description = "e.g. createdAt:desc.")
    String sort;
    @Option(names = "--limit", description = "Page size.")
    String limit;

    /** The query, with {@code offset} (null for none), refusing bad values before anything is sent. */
    CheckoutSessionQuery toQuery(String offset) {
        return new CheckoutSessionQuery(
                identityId,
                accountNumber,
                status == null ? null : InputValidation.oneOf("status", CheckoutSessionStatus.class, status),
                startDate == null ? null : ApiDate.parse("start-date", startDate),
                endDate == null ? null : ApiDate.parse("end-date", endDate),
                sort == null ? null : Sort.parse(sort),
                limit == null ? null : InputValidation.nonNegativeInt("limit", limit),
                offset == null ? null : InputValidation.nonNegativeInt("offset", offset));
    }
}
