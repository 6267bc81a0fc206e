package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.ApiErrorException;
import dev.checkoutconsole.api.model.ConomyException;
import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentRefunds;
import dev.checkoutconsole.api.model.PaymentStatus;
import dev.checkoutconsole.api.model.RefundCreated;
import dev.checkoutconsole.api.model.RefundRequest;
import dev.checkoutconsole.api.model.RefundSummary;
import dev.checkoutconsole.store.NewReview;
import dev.checkoutconsole.store.ReviewChange;
import dev.checkoutconsole.store.ReviewEventRow;
import dev.checkoutconsole.store.ReviewQuery;
import dev.checkoutconsole.store.ReviewRow;
import dev.checkoutconsole.store.ReviewStore;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The two-person refund review queue. One operator flags a payment; another approves it, which sends the refund
 * (POST /payments/{id}/refund) exactly once, or rejects it.
 * <p>
 * Exactly once: approving first moves the review TO_CHECK → APPROVED with one conditional update, so of two threads
 * or two processes approving at once only one goes on. The intent (REFUND_REQUESTED) is committed before the POST and
 * the result after it. If the console stops in between, or no answer comes, the review needs reconciliation, which
 * reads GET /payments/{id}/refunds to find the refund (its reason names the review) and never sends a second one.
 * <p>
 * Plain blocking methods; the GUI calls them on its background executor. The operator and profile are those of the
 * connection, asked for only when an action needs them.
 */
public final class RefundReviewService {
    /** After this long without a recorded result, a requested refund needs reconciliation: longer than any call may take. */
    public static final Duration INTENT_GRACE = Duration.ofMinutes(2);
    /** Who marks stale intents: the console itself, not an operator. */
    static final String CONSOLE = "checkout-console";
    private static final int PAGE = 500;
    /**
     * Where the result of a refund this console sent may be written: REFUND_REQUESTED, or NEEDS_RECONCILIATION when a
     * call that hung past the grace was marked meanwhile. The answer in hand is better than a later reconciliation.
     */
    private static final Set<String> AWAITING_RESULT = Set.of(ReviewState.REFUND_REQUESTED.name(),
            ReviewState.NEEDS_RECONCILIATION.name());

    private final ReviewStore store;
    private final AuditTrail audit;
    private final Supplier<Connection> connection;
    private final Clock clock;

    /** {@code connection} is asked for only by the actions that call the API or act as an operator. */
    public RefundReviewService(LocalData data, Supplier<Connection> connection, Clock clock) {
        this.store = data.reviews();
        this.audit = data.audit();
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * Flags the payment for a refund. The payment must be SETTLED with something left to refund; the amount defaults
     * to all of it (maxRefundable), must be positive, use the currency's decimals and not exceed maxRefundable. A
     * payment with an open review cannot be flagged again.
     */
    public RefundReview flag(FlagRequest request, Cancellation cancellation) {
        String paymentId = InputValidation.required("payment-id", request.paymentId());
        if (request.reason() == null) {
            throw new InvalidInputException("reason", "is required");
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        if (request.reason() == RefundReason.OTHER && note == null) {
            throw new InvalidInputException("note", "is required when the reason is 'other': say why");
        }
        Connection api = connection.get();
        OperatorContext who = api.operator();
        Optional<ReviewRow> open = store.openReviewOf(paymentId);
        if (open.isPresent()) {
            throw refuse(who, AuditAction.REVIEW_FLAG, List.of(paymentId), "Payment " + paymentId + " already has an open review #"
                    + open.get().id() + " (" + open.get().state() + "); it cannot be flagged twice");
        }
        Payment payment = api.payments().get(paymentId, cancellation);
        if (!payment.status().is(PaymentStatus.SETTLED)) {
            throw refuse(who, AuditAction.REVIEW_FLAG, List.of(paymentId), "Payment " + paymentId + " is " + payment.status()
                    + "; only a SETTLED payment can be refunded");
        }
        RefundSummary summary = api.payments().refunds(paymentId, cancellation).summary();
        if (summary == null || summary.maxRefundable() == null) {
            throw refuse(who, AuditAction.REVIEW_FLAG, List.of(paymentId),
                    "The server did not say how much of payment " + paymentId + " is refundable");
        }
        String currency = summary.currency() != null ? summary.currency() : payment.currency();
        BigDecimal max = summary.maxRefundable();
        if (max.signum() <= 0) {
            throw refuse(who, AuditAction.REVIEW_FLAG, List.of(paymentId),
                    "Nothing is left to refund of payment " + paymentId + " (maxRefundable " + Money.formatWithCurrency(max, currency) + ")");
        }
        BigDecimal amount = request.amount() == null || request.amount().isBlank()
                ? max : InputValidation.amount("amount", request.amount(), currency);
        if (amount.compareTo(max) > 0) {
            throw new InvalidInputException("amount", "must not exceed what is still refundable, "
                    + Money.formatWithCurrency(max, currency) + ", not " + Money.formatWithCurrency(amount, currency));
        }
        Instant now = now();
        Optional<ReviewRow> inserted = store.insertIfNoneOpen(new NewReview(paymentId, currency, amount, max,
                request.reason().code(), note, ReviewState.TO_CHECK.name(), who.profileName(), who.operator(), now,
                "flagged: " + request.reason().code() + (note == null ? "" : " — " + note)));
        if (inserted.isEmpty()) {
            throw refuse(who, AuditAction.REVIEW_FLAG, List.of(paymentId),
                    "Payment " + paymentId + " was flagged by someone else a moment ago; it cannot be flagged twice");
        }
        RefundReview review = review(inserted.get());
        audit.record(who, AuditAction.REVIEW_FLAG, List.of(review.auditId(), paymentId), AuditOutcome.SUCCESS, null, null,
                review.reason().code() + ", " + review.formattedAmount());
        return review;
    }

    /**
     * Approves the review and sends its refund, once. The approver must not be who flagged it, and must be connected
     * to the profile it was flagged on. A refusal by the server (4xx) leaves it REFUND_FAILED; a server error (5xx) or
     * no answer leaves it NEEDS_RECONCILIATION, since the refund may have been made; either way the error is rethrown.
     */
    public RefundReview approve(long reviewId, String comment, Cancellation cancellation) {
        Connection api = connection.get();
        OperatorContext who = api.operator();
        RefundReview review = existing(reviewId);
        List<String> targets = List.of(review.auditId(), review.paymentId());
        if (review.flaggedBy().equalsIgnoreCase(who.operator())) {
            throw refuse(who, AuditAction.REVIEW_APPROVE, targets, "Review #" + reviewId + " was flagged by " + review.flaggedBy()
                    + "; someone else must approve it (two-person rule)");
        }
        requireProfile(who, review, AuditAction.REVIEW_APPROVE);
        if (review.state() != ReviewState.TO_CHECK) {
            throw refuse(who, AuditAction.REVIEW_APPROVE, targets, notAllowed(review, "approved"));
        }
        Instant decided = now();
        Optional<ReviewRow> approved = store.transition(reviewId, Set.of(ReviewState.TO_CHECK.name()), ReviewState.APPROVED.name(),
                ReviewChange.by(who.operator(), decided, blankToNull(comment)).decided(who.operator(), decided));
        if (approved.isEmpty()) {
            throw refuse(who, AuditAction.REVIEW_APPROVE, targets, "Review #" + reviewId
                    + " was changed by someone else a moment ago (now " + existing(reviewId).state() + "); nothing was sent");
        }
        audit.record(who, AuditAction.REVIEW_APPROVE, targets, AuditOutcome.SUCCESS, null, null, blankToNull(comment));
        Instant intent = now();
        store.transition(reviewId, Set.of(ReviewState.APPROVED.name()), ReviewState.REFUND_REQUESTED.name(),
                ReviewChange.by(who.operator(), intent, "refund of " + review.formattedAmount() + " requested").intent(intent))
                .orElseThrow(() -> new IllegalStateException("review #" + reviewId + " left APPROVED while this thread held it"));
        RefundCreated created;
        try {
            created = api.payments().refund(review.paymentId(),
                    new RefundRequest(review.amount(), refundReason(reviewId, review.reason())), cancellation);
        } catch (ApiErrorException e) {
            Instant at = now();
            if (e.status() >= 500) {
                // a server error may come after the refund was made: only reading the refunds can tell
                store.transition(reviewId, AWAITING_RESULT, ReviewState.NEEDS_RECONCILIATION.name(),
                        ReviewChange.by(who.operator(), at, "the server failed while refunding; reconcile to learn whether it was made")
                                .result(null, null, null, ApiErrorException.describe(e.error())));
            } else {
                store.transition(reviewId, AWAITING_RESULT, ReviewState.REFUND_FAILED.name(),
                        ReviewChange.by(who.operator(), at, "the server refused the refund").result(at, null, null,
                                ApiErrorException.describe(e.error())));
            }
            throw e;
        } catch (ConomyException e) {
            Instant at = now();
            store.transition(reviewId, AWAITING_RESULT, ReviewState.NEEDS_RECONCILIATION.name(),
                    ReviewChange.by(who.operator(), at, "no answer to the refund request; reconcile to learn whether it was made")
                            .result(null, null, null, e.getMessage()));
            throw e;
        }
        Instant at = now();
        ReviewState next = stateOf(created.status() == null ? null : created.status().raw());
        return review(store.transition(reviewId, AWAITING_RESULT, next.name(),
                        ReviewChange.by(who.operator(), at, "refund " + created.refundId() + " created, " + created.status())
                                .result(at, created.refundId(), created.status() == null ? null : created.status().raw(), null))
                .orElseThrow(() -> new IllegalStateException("review #" + reviewId + " was resolved by someone else during its own refund")));
    }

    /** Rejects the review with a reason. Like approving, it must be someone other than who flagged it. */
    public RefundReview reject(long reviewId, String reason) {
        String why = InputValidation.required("reason", reason);
        OperatorContext who = connection.get().operator();
        RefundReview review = existing(reviewId);
        List<String> targets = List.of(review.auditId(), review.paymentId());
        if (review.flaggedBy().equalsIgnoreCase(who.operator())) {
            throw refuse(who, AuditAction.REVIEW_REJECT, targets, "Review #" + reviewId + " was flagged by " + review.flaggedBy()
                    + "; someone else must decide on it (two-person rule)");
        }
        if (review.state() != ReviewState.TO_CHECK) {
            throw refuse(who, AuditAction.REVIEW_REJECT, targets, notAllowed(review, "rejected"));
        }
        Instant at = now();
        Optional<ReviewRow> rejected = store.transition(reviewId, Set.of(ReviewState.TO_CHECK.name()), ReviewState.REJECTED.name(),
                ReviewChange.by(who.operator(), at, "rejected: " + why).decided(who.operator(), at).rejectedFor(why));
        if (rejected.isEmpty()) {
            throw refuse(who, AuditAction.REVIEW_REJECT, targets, "Review #" + reviewId + " was changed by someone else a moment ago (now "
                    + existing(reviewId).state() + ")");
        }
        audit.record(who, AuditAction.REVIEW_REJECT, targets, AuditOutcome.SUCCESS, null, null, why);
        return review(rejected.get());
    }

    /**
     * Updates the refund's status from GET /payments/{id}/refunds: REFUNDED once it settles, REFUND_FAILED if it
     * fails. A review that needs reconciliation is reconciled.
     */
    public RefundReview refresh(long reviewId, Cancellation cancellation) {
        RefundReview review = existing(reviewId);
        if (review.state() == ReviewState.NEEDS_RECONCILIATION) {
            return reconcile(reviewId, cancellation);
        }
        Connection api = connection.get();
        OperatorContext who = api.operator();
        List<String> targets = List.of(review.auditId(), review.paymentId());
        if (review.refundId() == null) {
            throw refuse(who, AuditAction.REVIEW_REFRESH, targets, review.state() == ReviewState.REFUND_REQUESTED
                    ? "Review #" + reviewId + "'s refund request is still in flight (since " + review.intentAt() + "); refresh later"
                    : "Review #" + reviewId + " is " + review.state() + " and has no refund to refresh");
        }
        requireProfile(who, review, AuditAction.REVIEW_REFRESH);
        PaymentRefunds refunds = api.payments().refunds(review.paymentId(), cancellation);
        Payment refund = refunds.refunds().stream().filter(r -> review.refundId().equals(r.id())).findFirst()
                .orElseThrow(() -> refuse(who, AuditAction.REVIEW_REFRESH, targets, "The server does not list refund "
                        + review.refundId() + " under payment " + review.paymentId()));
        String status = refund.status() == null ? null : refund.status().raw();
        ReviewState next = stateOf(status);
        if (next == review.state() && Objects.equals(status, review.refundStatus())) {
            return review;
        }
        Instant at = now();
        RefundReview updated = review(store.transition(reviewId, Set.of(review.state().name()), next.name(),
                        ReviewChange.by(who.operator(), at, "refund " + review.refundId() + " is " + status)
                                .result(null, null, status, null))
                .orElseThrow(() -> new ReviewRefusedException("Review #" + reviewId + " was changed by someone else a moment ago")));
        audit.record(who, AuditAction.REVIEW_REFRESH, List.of(review.auditId(), review.paymentId(), review.refundId()),
                AuditOutcome.SUCCESS, null, null, review.refundStatus() + " → " + status);
        return updated;
    }

    /**
     * Resolves a review whose refund result was never recorded, by reading the payment's refunds: the refund whose
     * reason names this review (or, failing that, the one unclaimed refund of the same amount made since the
     * request) is recorded; if there is none, the refund never reached the server and the review is REFUND_FAILED.
     * It never sends a refund.
     */
    public RefundReview reconcile(long reviewId, Cancellation cancellation) {
        markStaleIntents();
        RefundReview review = existing(reviewId);
        Connection api = connection.get();
        OperatorContext who = api.operator();
        List<String> targets = List.of(review.auditId(), review.paymentId());
        if (review.state() != ReviewState.NEEDS_RECONCILIATION) {
            throw refuse(who, AuditAction.REVIEW_RECONCILE, targets, notAllowed(review, "reconciled"));
        }
        requireProfile(who, review, AuditAction.REVIEW_RECONCILE);
        PaymentRefunds refunds = api.payments().refunds(review.paymentId(), cancellation);
        Set<String> claimed = store.recordedRefundIds(review.paymentId());
        List<Payment> unclaimed = refunds.refunds().stream().filter(r -> r.id() != null && !claimed.contains(r.id())).toList();
        String marker = refundReason(reviewId, review.reason());
        List<Payment> matches = unclaimed.stream().filter(r -> marker.equals(r.description())).toList();
        if (matches.isEmpty()) {
            Instant since = review.intentAt() == null ? Instant.MIN : review.intentAt().minus(Duration.ofMinutes(5));
            matches = unclaimed.stream()
                    .filter(r -> r.description() == null || r.description().isBlank())
                    .filter(r -> r.totalAmount() != null && r.totalAmount().compareTo(review.amount()) == 0)
                    .filter(r -> r.createdAt() == null || !r.createdAt().isBefore(since))
                    .toList();
        }
        if (matches.size() > 1) {
            throw refuse(who, AuditAction.REVIEW_RECONCILE, targets, "Several refunds of payment " + review.paymentId()
                    + " could be review #" + reviewId + "'s (" + matches.stream().map(Payment::id).collect(Collectors.joining(", "))
                    + "); check them at the server. Nothing was sent");
        }
        Instant at = now();
        Set<String> from = Set.of(ReviewState.NEEDS_RECONCILIATION.name());
        Optional<ReviewRow> resolved;
        String detail;
        if (matches.isEmpty()) {
            detail = "no refund of this review reached the server; nothing was refunded";
            resolved = store.transition(reviewId, from, ReviewState.REFUND_FAILED.name(),
                    ReviewChange.by(who.operator(), at, "reconciled: " + detail + ". Flag the payment again to retry")
                            .result(at, null, null, detail));
        } else {
            Payment refund = matches.get(0);
            String status = refund.status() == null ? null : refund.status().raw();
            detail = "found refund " + refund.id() + " (" + status + ") at the server; no second refund was sent";
            resolved = store.transition(reviewId, from, stateOf(status).name(),
                    ReviewChange.by(who.operator(), at, "reconciled: " + detail).result(at, refund.id(), status, null));
        }
        RefundReview result = review(resolved.orElseThrow(() ->
                new ReviewRefusedException("Review #" + reviewId + " was reconciled by someone else a moment ago")));
        audit.record(who, AuditAction.REVIEW_RECONCILE, targets, AuditOutcome.SUCCESS, null, null, detail);
        return result;
    }

    /** The review, or a refusal naming the id when there is none. */
    public RefundReview get(long reviewId) {
        markStaleIntents();
        return existing(reviewId);
    }

    /** Matching reviews, newest first, at most {@code limit}. */
    public List<RefundReview> list(ReviewFilter filter, int limit) {
        markStaleIntents();
        return store.list(query(filter), limit).stream().map(RefundReviewService::review).toList();
    }

    /** Every matching review, newest first, a page at a time: for exports of any size. */
    public void forEach(ReviewFilter filter, Consumer<RefundReview> action) {
        markStaleIntents();
        store.forEach(query(filter), PAGE, row -> action.accept(review(row)));
    }

    /** How many reviews are in each state, every state present (0 when none). */
    public Map<ReviewState, Integer> counts() {
        markStaleIntents();
        Map<ReviewState, Integer> counts = new EnumMap<>(ReviewState.class);
        for (ReviewState state : ReviewState.values()) {
            counts.put(state, 0);
        }
        store.countByState().forEach((state, count) -> counts.put(ReviewState.valueOf(state), count));
        return counts;
    }

    /** The review's history, oldest first. */
    public List<ReviewStep> history(long reviewId) {
        existing(reviewId);
        return store.history(reviewId).stream().map(RefundReviewService::step).toList();
    }

    /**
     * Marks the refunds requested more than {@link #INTENT_GRACE} ago whose result was never recorded as needing
     * reconciliation: the console that sent them stopped before it could write the answer.
     */
    private void markStaleIntents() {
        Instant cutoff = now().minus(INTENT_GRACE);
        for (ReviewRow row : store.list(new ReviewQuery(Set.of(ReviewState.REFUND_REQUESTED.name()), null, null, null, null, null),
                Integer.MAX_VALUE)) {
            if (row.resultAt() == null && row.intentAt() != null && row.intentAt().isBefore(cutoff)) {
                store.transition(row.id(), Set.of(ReviewState.REFUND_REQUESTED.name()), ReviewState.NEEDS_RECONCILIATION.name(),
                        ReviewChange.by(CONSOLE, now(), "no result was recorded for the refund requested at " + row.intentAt()
                                + "; the console may have stopped during the call"));
            }
        }
    }

    /** The refund's reason as sent: it names the review, so reconciliation can recognise the refund. */
    static String refundReason(long reviewId, RefundReason reason) {
        return "Checkout Console refund review #" + reviewId + " (" + reason.code() + ")";
    }

    private RefundReview existing(long reviewId) {
        return store.find(reviewId).map(RefundReviewService::review)
                .orElseThrow(() -> new ReviewRefusedException("There is no refund review #" + reviewId));
    }

    private void requireProfile(OperatorContext who, RefundReview review, AuditAction action) {
        if (!review.profile().equals(who.profileName())) {
            throw refuse(who, action, List.of(review.auditId(), review.paymentId()), "Review #" + review.id() + " was flagged on profile '"
                    + review.profile() + "', but this connection is '" + who.profileName() + "'; connect to that profile first");
        }
    }

    private ReviewRefusedException refuse(OperatorContext who, AuditAction action, List<String> targets, String why) {
        audit.record(who, action, targets, AuditOutcome.REFUSED, null, null, why);
        return new ReviewRefusedException(why);
    }

    private static String notAllowed(RefundReview review, String what) {
        return "Review #" + review.id() + " is " + review.state() + "; only a TO_CHECK review can be " + what;
    }

    /** The review state a refund child's status means: SETTLED is done, FAILED/EXPIRED/UNSETTLED failed, else in progress. */
    static ReviewState stateOf(String refundStatus) {
        if (refundStatus == null) {
            return ReviewState.REFUND_REQUESTED;
        }
        return switch (refundStatus) {
            case "SETTLED" -> ReviewState.REFUNDED;
            case "FAILED", "EXPIRED", "UNSETTLED" -> ReviewState.REFUND_FAILED;
            default -> ReviewState.REFUND_REQUESTED;
        };
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static ReviewQuery query(ReviewFilter filter) {
        return new ReviewQuery(filter.states().stream().map(Enum::name).collect(Collectors.toSet()), blankToNull(filter.operator()),
                filter.from(), filter.until(), filter.currency() == null || filter.currency().isBlank() ? null
                : filter.currency().trim().toUpperCase(Locale.ROOT), null);
    }

    private static RefundReview review(ReviewRow row) {
        return new RefundReview(row.id(), row.paymentId(), row.currency(), row.amount(), row.maxRefundable(),
                RefundReason.valueOf(row.reason().toUpperCase(Locale.ROOT)), row.note(), ReviewState.valueOf(row.state()),
                row.profile(), row.flaggedBy(), row.flaggedAt(), row.decidedBy(), row.decidedAt(), row.rejectReason(),
                row.intentAt(), row.resultAt(), row.refundId(), row.refundStatus(), row.failure(), row.updatedAt());
    }

    private static ReviewStep step(ReviewEventRow row) {
        return new ReviewStep(row.at(), row.operator(), row.fromState() == null ? null : ReviewState.valueOf(row.fromState()),
                ReviewState.valueOf(row.toState()), row.comment());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
