package dev.checkoutconsole.cli;

import dev.checkoutconsole.api.model.Page;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentRefunds;
import dev.checkoutconsole.api.model.PaymentStatus;
import dev.checkoutconsole.api.model.RefundCreated;
import dev.checkoutconsole.api.model.RefundQuery;
import dev.checkoutconsole.api.model.RefundRequest;
import dev.checkoutconsole.service.InputValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** refunds list|summary|create|review */
@Command(name = "refunds", description = "Refunds: child payments of a settled payment.",
        subcommands = {RefundsCommand.ListRefunds.class, RefundsCommand.RefundSummaryOf.class, RefundsCommand.CreateRefund.class,
                RefundReviewCommand.class})
final class RefundsCommand {

    @Command(name = "list", description = "List refunds of the whole tenant (GET /refunds).")
    static final class ListRefunds extends ApiCommand {
        @Option(names = "--parent-payment-id")
        String parentPaymentId;
        @Option(names = "--status")
        String status;
        @Option(names = "--limit")
        String limit;
        @Option(names = "--offset")
        String offset;

        @Override
        public Integer call() {
            RefundQuery query = new RefundQuery(parentPaymentId, null, null,
                    status == null ? null : InputValidation.oneOf("status", PaymentStatus.class, status),
                    null, null, null,
                    limit == null ? null : InputValidation.nonNegativeInt("limit", limit),
                    offset == null ? null : InputValidation.nonNegativeInt("offset", offset));
            Page<Payment> page = root().connect().payments().listRefunds(query, uncancellable());
            root().print(page, () -> Tables.payments(root().out(), page));
            return 0;
        }
    }

    @Command(name = "summary", description = "A payment's refunds and what is still refundable.")
    static final class RefundSummaryOf extends ApiCommand {
        @Parameters(paramLabel = "PAYMENT_ID")
        String paymentId;

        @Override
        public Integer call() {
            PaymentRefunds refunds = root().connect().payments().refunds(paymentId, uncancellable());
            root().print(refunds, () -> Tables.refunds(root().out(), refunds));
            return 0;
        }
    }

    @Command(name = "create", description = "Refund a settled payment (POST /payments/{id}/refund). Sent once, never retried.")
    static final class CreateRefund extends ApiCommand {
        @Parameters(paramLabel = "PAYMENT_ID")
        String paymentId;
        @Option(names = "--amount", description = "Decimal amount, e.g. 150.00. Default: everything still refundable.")
        String amount;
        @Option(names = "--reason", description = "Stored as the refund's description.")
        String reason;

        @Override
        public Integer call() {
            RefundRequest request = new RefundRequest(amount == null ? null : InputValidation.positiveDecimal("amount", amount), reason);
            RefundCreated refund = root().connect().payments().refund(InputValidation.required("payment-id", paymentId),
                    request, uncancellable());
            root().print(refund, () -> Tables.refundCreated(root().out(), refund));
            return 0;
        }
    }
}
