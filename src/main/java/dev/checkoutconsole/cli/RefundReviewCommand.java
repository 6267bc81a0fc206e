package dev.checkoutconsole.cli;

import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.service.FlagRequest;
import dev.checkoutconsole.service.InputValidation;
import dev.checkoutconsole.service.RefundReason;
import dev.checkoutconsole.service.RefundReview;
import dev.checkoutconsole.service.RefundReviewService;
import dev.checkoutconsole.service.ReviewFilter;
import dev.checkoutconsole.service.ReviewState;
import dev.checkoutconsole.service.ReviewStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** refunds review flag|approve|reject|list|show|refresh: the two-person refund queue kept in the local data. */
@Command(name = "review", description = "Refunds checked by two people: one flags, another approves (which refunds) or rejects.",
        subcommands = {
                RefundReviewCommand.Flag.class,
                RefundReviewCommand.Approve.class,
                RefundReviewCommand.Reject.class,
                RefundReviewCommand.ListReviews.class,
                RefundReviewCommand.Show.class,
                RefundReviewCommand.Refresh.class})
final class RefundReviewCommand {
    private static final int LIST_LIMIT_DEFAULT = 100;

    /** The queue over this command line's local data, connecting (as --operator) only for the actions that need to. */
    static RefundReviewService reviews(CheckoutConsoleCommand root) {
        return new RefundReviewService(root.localData(), root::connect, Clock.systemUTC());
    }

    static long reviewId(String text) {
        String trimmed = text == null ? "" : text.trim().replaceFirst("^#", "");
        if (!trimmed.matches("\\d{1,18}")) {
            throw new InvalidInputException("review-id", "must be a review number such as 12, not '" + text + "'");
        }
        return Long.parseLong(trimmed);
    }

    @Command(name = "flag", description = "Flag a SETTLED payment to be refunded once someone else approves.")
    static final class Flag extends ApiCommand {
        @Parameters(paramLabel = "PAYMENT_ID")
        String paymentId;
        @Option(names = "--reason", required = true, paramLabel = "R",
                description = "duplicate, fraudulent, requested_by_customer, not_delivered or other (other needs --note).")
        String reason;
        @Option(names = "--amount", paramLabel = "A", description = "Amount to refund, in the currency's decimals. Default: all that is refundable.")
        String amount;
        @Option(names = "--note", paramLabel = "N", description = "Why, for the approver.")
        String note;

        @Override
        public Integer call() {
            RefundReview review = reviews(root()).flag(
                    new FlagRequest(paymentId, RefundReason.parse("reason", reason), amount, note), uncancellable());
            root().print(review, () -> {
                root().out().println("Flagged payment " + review.paymentId() + " as review #" + review.id() + " for "
                        + review.formattedAmount() + "; someone other than " + review.flaggedBy() + " must approve it.");
                root().out().flush();
            });
            return 0;
        }
    }

    @Command(name = "approve", description = "Approve a review and send its refund (once). Not by who flagged it.")
    static final class Approve extends ApiCommand {
        @Parameters(paramLabel = "REVIEW_ID")
        String id;
        @Option(names = "--comment", description = "Why, for the history.")
        String comment;

        @Override
        public Integer call() {
            RefundReview review = reviews(root()).approve(reviewId(id), comment, uncancellable());
            root().print(review, () -> ReviewTables.review(root().out(), review, List.of()));
            return 0;
        }
    }

    @Command(name = "reject", description = "Reject a review with a reason. Not by who flagged it.")
    static final class Reject extends ApiCommand {
        @Parameters(paramLabel = "REVIEW_ID")
        String id;
        @Option(names = "--reason", required = true, paramLabel = "R", description = "Why it is not refunded.")
        String reason;

        @Override
        public Integer call() {
            RefundReview review = reviews(root()).reject(reviewId(id), reason);
            root().print(review, () -> ReviewTables.review(root().out(), review, List.of()));
            return 0;
        }
    }

    @Command(name = "list", description = "The review queue, newest first, with the count in each state.")
    static final class ListReviews extends ApiCommand {
        @Option(names = "--state", paramLabel = "S", description = "TO_CHECK, APPROVED, REFUND_REQUESTED, NEEDS_RECONCILIATION, REFUNDED, REFUND_FAILED or REJECTED.")
        String state;
        @Option(names = "--currency", description = "Only reviews in this currency.")
        String currency;
        @Option(names = "--limit", description = "At most this many (default " + LIST_LIMIT_DEFAULT + ").")
        String limit;

        @Override
        public Integer call() {
            ReviewFilter filter = new ReviewFilter(state == null ? Set.of() : Set.of(ReviewState.parse("state", state)), null,
                    null, null, currency == null ? null : InputValidation.currency("currency", currency));
            int max = limit == null ? LIST_LIMIT_DEFAULT : InputValidation.nonNegativeInt("limit", limit);
            RefundReviewService reviews = reviews(root());
            List<RefundReview> found = reviews.list(filter, max);
            Map<ReviewState, Integer> counts = reviews.counts();
            root().print(Map.of("reviews", found, "counts", counts), () -> ReviewTables.queue(root().out(), found, counts));
            return 0;
        }
    }

    @Command(name = "show", description = "One review with its history and the actions its state allows.")
    static final class Show extends ApiCommand {
        @Parameters(paramLabel = "REVIEW_ID")
        String id;

        @Override
        public Integer call() {
            RefundReviewService reviews = reviews(root());
            RefundReview review = reviews.get(reviewId(id));
            List<ReviewStep> history = reviews.history(review.id());
            root().print(Map.of("review", review, "history", history, "allowedActions", review.allowedActions()),
                    () -> ReviewTables.review(root().out(), review, history));
            return 0;
        }
    }

    @Command(name = "refresh", description = "Update the refund's status from the server; reconciles a review that needs it.")
    static final class Refresh extends ApiCommand {
        @Parameters(paramLabel = "REVIEW_ID")
        String id;

        @Override
        public Integer call() {
            RefundReview review = reviews(root()).refresh(reviewId(id), uncancellable());
            root().print(review, () -> ReviewTables.review(root().out(), review, List.of()));
            return 0;
        }
    }
}
