package dev.checkoutconsole.cli;

import dev.checkoutconsole.api.model.ApiDate;
import dev.checkoutconsole.api.model.Page;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentQuery;
import dev.checkoutconsole.api.model.PaymentStatus;
import dev.checkoutconsole.api.model.PaymentType;
import dev.checkoutconsole.api.model.Sort;
import dev.checkoutconsole.service.InputValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** payments list|get */
@Command(name = "payments", description = "Payments (transactions).",
        subcommands = {PaymentsCommand.ListPayments.class, PaymentsCommand.GetPayment.class})
final class PaymentsCommand {

    @Command(name = "list", description = "List payments (GET /payments).")
    static final class ListPayments extends ApiCommand {
        @Option(names = "--identity-id")
        String identityId;
        @Option(names = "--type", description = "PURCHASE, REFUND, TOPUP_ACCOUNT, …")
        String type;
        @Option(names = "--account-number")
        String accountNumber;
        @Option(names = "--status", description = "One status or several joined by commas, e.g. CREATED,SETTLED.")
        String status;
        @Option(names = "--start-date", paramLabel = "dd/mm/yyyy")
        String startDate;
        @Option(names = "--end-date", paramLabel = "dd/mm/yyyy")
        String endDate;
        @Option(names = "--sort", paramLabel = "field:asc|desc")
        String sort;
        @Option(names = "--limit")
        String limit;
        @Option(names = "--offset")
        String offset;
        @Option(names = "--checkout-session-id")
        String checkoutSessionId;
        @Option(names = "--payment-link-id")
        String paymentLinkId;
        @Option(names = "--currency")
        String currency;

        @Override
        public Integer call() {
            PaymentQuery query = new PaymentQuery(
                    identityId,
                    type == null ? null : InputValidation.oneOf("type", PaymentType.class, type),
                    accountNumber,
                    status == null ? null : InputValidation.oneOf("status", PaymentStatus.class, status),
                    startDate == null ? null : ApiDate.parse("start-date", startDate),
                    endDate == null ? null : ApiDate.parse("end-date", endDate),
                    sort == null ? null : Sort.parse(sort),
                    limit == null ? null : InputValidation.nonNegativeInt("limit", limit),
                    offset == null ? null : InputValidation.nonNegativeInt("offset", offset),
                    checkoutSessionId,
                    paymentLinkId,
                    currency == null ? null : InputValidation.currency("currency", currency));
            Page<Payment> page = root().connect().payments().list(query, uncancellable());
            root().print(page, () -> Tables.payments(root().out(), page));
            return 0;
        }
    }

    @Command(name = "get", description = "Show one payment.")
    static final class GetPayment extends ApiCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            Payment payment = root().connect().payments().get(id, uncancellable());
            root().print(payment, () -> Tables.payment(root().out(), payment));
            return 0;
        }
    }
}
