package dev.checkoutconsole.service;

import dev.checkoutconsole.testsupport.MutableClock;
import dev.checkoutconsole.api.model.ApiErrorException;
import dev.checkoutconsole.api.model.CallCancelledException;
import dev.checkoutconsole.api.model.CheckoutCustomer;
import dev.checkoutconsole.api.model.CheckoutPaymentRequest;
import dev.checkoutconsole.api.model.ConnectionFailedException;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentRefunds;
import dev.checkoutconsole.api.model.PaymentStatus;
import dev.checkoutconsole.api.model.RefundRequest;
import dev.checkoutconsole.sandbox.ChaosSettings;
import dev.checkoutconsole.testsupport.SandboxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The refund review queue against the real sandbox and a real SQLite file. */
class RefundReviewServiceTest {
    private static final String PROFILE = "Sandbox";

    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(20).build();

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final List<AutoCloseable> opened = new ArrayList<>();
    private LocalData data;
    private Connection ana;
    private Connection bo;

    @BeforeEach
    void open() {
        data = localData();
        ana = connect(data, "ana", exchange -> { });
        bo = connect(data, "bo", exchange -> { });
    }

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    private LocalData localData() {
        LocalData opening = LocalData.open(new LocalPaths(dataDir, dataDir.resolve("config")), clock);
        opened.add(opening);
        return opening;
    }

    private Connection connect(LocalData local, String operator, Consumer<HttpExchange> exchanges) {
        Connection connection = Connection.open(sandbox.connectionSettings(), new OperatorContext(operator, PROFILE, false),
                local.audit(), exchanges);
        opened.add(connection);
        return connection;
    }

    private RefundReviewService reviewsAs(Connection connection) {
        return new RefundReviewService(data, () -> connection, clock);
    }

    private static Cancellation none() {
        return new Cancellation();
    }

    private PaymentRefunds refundsAtServer(String paymentId) {
        return ana.payments().refunds(paymentId, none());
    }

    @Test
    void aFlagDefaultsToEverythingRefundableAndRecordsWhoWhenAndWhy() {
        Payment payment = SettledPayments.settled(ana, "49990", "CLP");

        RefundReview review = reviewsAs(ana).flag(new FlagRequest(payment.id(), RefundReason.DUPLICATE, null, "charged twice"), none());

        assertThat(review.state()).isEqualTo(ReviewState.TO_CHECK);
        assertThat(review.amount()).isEqualByComparingTo("49990");
        assertThat(review.currency()).isEqualTo("CLP");
        assertThat(review.formattedAmount()).isEqualTo("49,990 CLP");
        assertThat(review.flaggedBy()).isEqualTo("ana");
        assertThat(review.flaggedAt()).isEqualTo(clock.instant());
        assertThat(review.profile()).isEqualTo(PROFILE);
        assertThat(review.allowedActions()).containsExactlyInAnyOrder(ReviewAction.APPROVE, ReviewAction.REJECT);
        assertThat(reviewsAs(ana).history(review.id()))
                .extracting(ReviewStep::operator, ReviewStep::from, ReviewStep::to)
                .containsExactly(tuple("ana", null, ReviewState.TO_CHECK));
        assertThat(data.audit().list(new AuditFilter(null, null, "refund-review.flag", null, null, null), 10))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.operator()).isEqualTo("ana");
                    assertThat(entry.targets()).containsExactly("review:" + review.id(), payment.id());
                    assertThat(entry.outcome()).isEqualTo("SUCCESS");
                });
    }

    @Test
    void theAmountMustBePositiveInTheCurrencysDecimalsAndWithinWhatIsRefundable() {
        Payment clp = SettledPayments.settled(ana, "49990", "CLP");
        Payment usd = SettledPayments.settled(ana, "120.50", "USD");
        RefundReviewService reviews = reviewsAs(ana);

        assertThatThrownBy(() -> reviews.flag(new FlagRequest(clp.id(), RefundReason.DUPLICATE, "0", null), none()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("amount", "positive"));
        assertThatThrownBy(() -> reviews.flag(new FlagRequest(clp.id(), RefundReason.DUPLICATE, "-5", null), none()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> reviews.flag(new FlagRequest(clp.id(), RefundReason.DUPLICATE, "100.5", null), none()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("CLP amounts have no decimals");
        assertThatThrownBy(() -> reviews.flag(new FlagRequest(usd.id(), RefundReason.DUPLICATE, "10.001", null), none()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 2 decimals");
        assertThatThrownBy(() -> reviews.flag(new FlagRequest(usd.id(), RefundReason.DUPLICATE, "120.51", null), none()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not exceed what is still refundable, 120.50 USD");
        assertThat(reviews.list(ReviewFilter.ALL, 10)).isEmpty();

        assertThat(reviews.flag(new FlagRequest(usd.id(), RefundReason.DUPLICATE, "120.50", null), none()).amount())
                .isEqualByComparingTo("120.50");
        assertThat(reviews.flag(new FlagRequest(clp.id(), RefundReason.NOT_DELIVERED, "1", null), none()).amount())
                .isEqualByComparingTo("1");
    }

    @Test
    void theReasonOtherNeedsANoteAndAPaymentCannotHaveTwoOpenReviews() {
        Payment payment = SettledPayments.settled(ana, "49990", "CLP");
        RefundReviewService reviews = reviewsAs(ana);

        assertThatThrownBy(() -> reviews.flag(new FlagRequest(payment.id(), RefundReason.OTHER, null, "  "), none()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("note"));
        RefundReview first = reviews.flag(new FlagRequest(payment.id(), RefundReason.OTHER, "1000", "goodwill"), none());

        assertThatThrownBy(() -> reviewsAs(bo).flag(new FlagRequest(payment.id(), RefundReason.DUPLICATE, null, null), none()))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessageContaining("already has an open review #" + first.id());
        assertThat(reviews.list(ReviewFilter.ALL, 10)).hasSize(1);
    }

    @Test
    void onlyASettledPaymentCanBeFlagged() {
        Cancellation none = none();
        String token = ana.paymentLinks().create(SettledPayments.linkRequest("unpaid-" + System.nanoTime(),
                new BigDecimal("100"), "CLP"), none).checkoutToken();
        String sessionId = ana.sessions().openFromPaymentLink(token, none).id();
        Payment created = ana.sessions().pay(sessionId, CheckoutPaymentRequest.withMethod("ETPAY", "x",
                new CheckoutCustomer(null, "Jane", "jane@example.com", null, null, null, null, null, null)), none);

        assertThatThrownBy(() -> reviewsAs(ana).flag(new FlagRequest(created.id(), RefundReason.DUPLICATE, null, null), none()))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("is CREATED; only a SETTLED payment can be refunded");
        assertThat(reviewsAs(ana).list(ReviewFilter.ALL, 10)).isEmpty();
    }

    @Test
    void theOperatorWhoFlaggedCannotApproveOrRejectAndNothingIsSent() {
        Payment payment = SettledPayments.settled(ana, "49990", "CLP");
        RefundReview review = reviewsAs(ana).flag(new FlagRequest(payment.id(), RefundReason.DUPLICATE, null, null), none());
        Connection anaShouting = connect(data, "ANA", exchange -> { });

        assertThatThrownBy(() -> reviewsAs(ana).approve(review.id(), null, none()))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessageContaining("flagged by ana; someone else must approve it (two-person rule)");
        assertThatThrownBy(() -> reviewsAs(anaShouting).approve(review.id(), null, none()))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("two-person rule");
        assertThatThrownBy(() -> reviewsAs(ana).reject(review.id(), "changed my mind"))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("two-person rule");

        assertThat(reviewsAs(ana).get(review.id()).state()).isEqualTo(ReviewState.TO_CHECK);
        assertThat(refundsAtServer(payment.id()).refunds()).isEmpty();
        assertThat(data.audit().list(new AuditFilter(null, null, "refund-review.", null, null, AuditOutcome.REFUSED), 10))
                .hasSize(3);
    }

    @Test
    void approvingSendsOneRefundAndRefreshingFollowsItUntilItSettles() {
        Payment payment = SettledPayments.settled(ana, "49990", "CLP");
        RefundReview flagged = reviewsAs(ana).flag(new FlagRequest(payment.id(), RefundReason.REQUESTED_BY_CUSTOMER, "15000", null), none());

        RefundReview requested = reviewsAs(bo).approve(flagged.id(), "customer emailed", none());

        assertThat(requested.state()).isEqualTo(ReviewState.REFUND_REQUESTED);
        assertThat(requested.decidedBy()).isEqualTo("bo");
        assertThat(requested.refundStatus()).isEqualTo("RECEIVED");
        assertThat(requested.intentAt()).isNotNull();
        assertThat(requested.resultAt()).isNotNull();
        assertThat(requested.allowedActions()).containsExactly(ReviewAction.REFRESH);
        PaymentRefunds atServer = refundsAtServer(payment.id());
        assertThat(atServer.refunds()).singleElement().satisfies(refund -> {
            assertThat(refund.id()).isEqualTo(requested.refundId());
            assertThat(refund.totalAmount()).isEqualByComparingTo("15000");
            assertThat(refund.description()).isEqualTo("Checkout Console refund review #" + flagged.id() + " (requested_by_customer)");
        });
        assertThat(atServer.summary().maxRefundable()).isEqualByComparingTo("34990");

        assertThat(reviewsAs(bo).refresh(flagged.id(), none()).state()).isEqualTo(ReviewState.REFUND_REQUESTED);
        bo.payments().advanceInSandbox(requested.refundId(), PaymentStatus.SETTLED, none());
        RefundReview refunded = reviewsAs(ana).refresh(flagged.id(), none());

        assertThat(refunded.state()).isEqualTo(ReviewState.REFUNDED);
        assertThat(refunded.refundStatus()).isEqualTo("SETTLED");
        assertThat(refunded.allowedActions()).isEmpty();
        assertThat(reviewsAs(ana).history(flagged.id()))
                .extracting(ReviewStep::operator, ReviewStep::from, ReviewStep::to)
                .containsExactly(
                        tuple("ana", null, ReviewState.TO_CHECK),
                        tuple("bo", ReviewState.TO_CHECK, ReviewState.APPROVED),
                        tuple("bo", ReviewState.APPROVED, ReviewState.REFUND_REQUESTED),
                        tuple("bo", ReviewState.REFUND_REQUESTED, ReviewState.REFUND_REQUESTED),
                        tuple("ana", ReviewState.REFUND_REQUESTED, ReviewState.REFUNDED));
        assertThat(reviewsAs(ana).history(flagged.id()).get(1).comment()).isEqualTo("customer emailed");
        assertThat(data.audit().list(new AuditFilter(null, null, "refund.create", null, null, null), 10))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.operator()).isEqualTo("bo");
                    assertThat(entry.httpStatus()).isEqualTo(201);
                    assertThat(entry.targets()).containsExactly(payment.id(), requested.refundId());
                });
        assertThatThrownBy(() -> reviewsAs(bo).approve(flagged.id(), null, none()))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("is REFUNDED; only a TO_CHECK review can be approved");
    }

    @Test
    void aRefundThatFailsAtTheServerEndsTheReviewAsRefundFailed() {
        Payment payment = SettledPayments.settled(ana, "49990", "CLP");
        RefundReview flagged = reviewsAs(ana).flag(new FlagRequest(payment.id(), RefundReason.FRAUDULENT, null, null), none());
        RefundReview requested = reviewsAs(bo).approve(flagged.id(), null, none());

        bo.payments().advanceInSandbox(requested.refundId(), PaymentStatus.FAILED, none());

        RefundReview failed = reviewsAs(bo).refresh(flagged.id(), none());
        assertThat(failed.state()).isEqualTo(ReviewState.REFUND_FAILED);
        assertThat(failed.refundStatus()).isEqualTo("FAILED");
        // closed, so the payment can be flagged again
        assertThat(reviewsAs(ana).flag(new FlagRequest(payment.id(), RefundReason.FRAUDULENT, null, null), none()).state())
                .isEqualTo(ReviewState.TO_CHECK);
    }

    @Test
    void aRefundTheServerRefusesIsRecordedAsFailedWithItsError() {
        Payment payment = SettledPayments.settled(ana, "49990", "CLP");
        RefundReview flagged = reviewsAs(ana).flag(new FlagRequest(payment.id(), RefundReason.DUPLICATE, null, null), none());
        // meanwhile someone refunds part of it outside the console, so the flagged amount is no longer refundable
        ana.payments().refund(payment.id(), new RefundRequest(new BigDecimal("1000"), "outside"), none());

        assertThatThrownBy(() -> reviewsAs(bo).approve(flagged.id(), null, none()))
                .isInstanceOfSatisfying(ApiErrorException.class, e -> assertThat(e.status()).isEqualTo(422));

        RefundReview failed = reviewsAs(bo).get(flagged.id());
        assertThat(failed.state()).isEqualTo(ReviewState.REFUND_FAILED);
        assertThat(failed.failure()).contains("HTTP 422", "failedPrecondition", "traceId");
        assertThat(refundsAtServer(payment.id()).refunds()).hasSize(1);
        assertThat(data.audit().list(new AuditFilter(null, null, "refund.create", "bo", null, AuditOutcome.FAILED), 10))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.httpStatus()).isEqualTo(422);
                    assertThat(entry.traceId()).isNotBlank();
                });
    }

    @Test
    void rejectingNeedsAReasonAndClosesTheReview() {
        Payment payment = SettledPayments.settled(ana, "49990", "CLP");
        RefundReview flagged = reviewsAs(ana).flag(new FlagRequest(payment.id(), RefundReason.DUPLICATE, null, null), none());

        assertThatThrownBy(() -> reviewsAs(bo).reject(flagged.id(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("reason"));
        RefundReview rejected = reviewsAs(bo).reject(flagged.id(), "not a duplicate: two orders");

        assertThat(rejected.state()).isEqualTo(ReviewState.REJECTED);
        assertThat(rejected.rejectReason()).isEqualTo("not a duplicate: two orders");
        assertThat(rejected.decidedBy()).isEqualTo("bo");
        assertThatThrownBy(() -> reviewsAs(bo).approve(flagged.id(), null, none()))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("is REJECTED");
        assertThat(refundsAtServer(payment.id()).refunds()).isEmpty();
        assertThat(reviewsAs(bo).history(flagged.id())).last()
                .satisfies(step -> assertThat(step.comment()).isEqualTo("rejected: not a duplicate: two orders"));
    }

    @Test
    void twoApproversAtOnceInTwoThreadsWithTheirOwnDatabaseConnectionsMakeExactlyOneRefund() throws Exception {
        for (int round = 0; round < 5; round++) {
            Payment payment = SettledPayments.settled(ana, "49990", "CLP");
            RefundReview flagged = reviewsAs(ana).flag(new FlagRequest(payment.id(), RefundReason.DUPLICATE, null, null), none());
            // each approver has its own LocalData on the same file, as two console processes would
            LocalData boData = localData();
            LocalData cyData = localData();
            RefundReviewService boReviews = new RefundReviewService(boData, () -> connect(boData, "bo", e -> { }), clock);
            RefundReviewService cyReviews = new RefundReviewService(cyData, () -> connect(cyData, "cy", e -> { }), clock);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<Object> bo = () -> {
                    start.await();
                    return approveOrRefusal(boReviews, flagged.id());
                };
                Callable<Object> cy = () -> {
                    start.await();
                    return approveOrRefusal(cyReviews, flagged.id());
                };
                Future<Object> first = pool.submit(bo);
                Future<Object> second = pool.submit(cy);
                start.countDown();
                List<Object> outcomes = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));

                assertThat(outcomes).filteredOn(RefundReview.class::isInstance).hasSize(1);
                assertThat(outcomes).filteredOn(ReviewRefusedException.class::isInstance).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
            assertThat(refundsAtServer(payment.id()).refunds()).hasSize(1);
            assertThat(reviewsAs(ana).get(flagged.id()).state()).isEqualTo(ReviewState.REFUND_REQUESTED);
        }
    }

    private static Object approveOrRefusal(RefundReviewService reviews, long id) {
        try {
            return reviews.approve(id, null, new Cancellation());
        } catch (ReviewRefusedException refused) {
            return refused;
        }
    }

    /** Thrown from the exchange listener right after the refund's answer arrived: the process "dies" there. */
    private static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("the console stopped right after the refund was sent");
        }
    }

    @Test
    void aCrashBetweenTheRefundAndItsResultNeedsReconciliationWhichFindsTheRefundAndSendsNoSecond() {
        Payment payment = SettledPayments.settled(ana, "49990", "CLP");
        RefundReview flagged = reviewsAs(ana).flag(new FlagRequest(payment.id(), RefundReason.DUPLICATE, "20000", null), none());
        Connection crashingBo = connect(data, "bo", exchange -> {
            if (exchange.method().equals("POST") && exchange.path().endsWith("/refund")) {
                throw new SimulatedCrash();
            }
        });

        assertThatThrownBy(() -> reviewsAs(crashingBo).approve(flagged.id(), null, none())).isInstanceOf(SimulatedCrash.class);

        // the intent is stored, the refund exists at the server, the result is not written
        RefundReview inFlight = reviewsAs(bo).get(flagged.id());
        assertThat(inFlight.state()).isEqualTo(ReviewState.REFUND_REQUESTED);
        assertThat(inFlight.intentAt()).isNotNull();
        assertThat(inFlight.resultAt()).isNull();
        assertThat(inFlight.refundId()).isNull();
        assertThat(refundsAtServer(payment.id()).refunds()).hasSize(1);
        assertThatThrownBy(() -> reviewsAs(bo).refresh(flagged.id(), none()))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("still in flight");

        // the console restarts later: the stale intent needs reconciliation
        clock.advance(RefundReviewService.INTENT_GRACE.plusSeconds(1));
        LocalData restarted = localData();
        RefundReviewService afterRestart = new RefundReviewService(restarted, () -> connect(restarted, "cy", e -> { }), clock);
        RefundReview stale = afterRestart.get(flagged.id());
        assertThat(stale.state()).isEqualTo(ReviewState.NEEDS_RECONCILIATION);
        assertThat(stale.allowedActions()).containsExactly(ReviewAction.RECONCILE);
        assertThat(afterRestart.counts()).containsEntry(ReviewState.NEEDS_RECONCILIATION, 1);
        assertThatThrownBy(() -> afterRestart.approve(flagged.id(), null, none())).isInstanceOf(ReviewRefusedException.class);

        RefundReview reconciled = afterRestart.reconcile(flagged.id(), none());

        PaymentRefunds atServer = refundsAtServer(payment.id());
        assertThat(atServer.refunds()).singleElement().satisfies(refund -> assertThat(refund.id()).isEqualTo(reconciled.refundId()));
        assertThat(reconciled.state()).isEqualTo(ReviewState.REFUND_REQUESTED);
        assertThat(reconciled.refundStatus()).isEqualTo("RECEIVED");
        assertThat(afterRestart.history(flagged.id())).last()
                .satisfies(step -> assertThat(step.comment()).contains("no second refund was sent"));
        assertThatThrownBy(() -> afterRestart.reconcile(flagged.id(), none())).isInstanceOf(ReviewRefusedException.class);
        assertThat(data.audit().list(new AuditFilter(null, null, "refund.create", null, null, null), 10))
                .as("the crashed process never got to record the call").isEmpty();
        assertThat(refundsAtServer(payment.id()).refunds()).hasSize(1);
    }

    @Test
    void anAnswerThatComesAfterTheReviewWasMarkedForReconciliationIsStillRecorded() {
        Payment payment = SettledPayments.settled(ana, "49990", "CLP");
        RefundReview flagged = reviewsAs(ana).flag(new FlagRequest(payment.id(), RefundReason.DUPLICATE, null, null), none());
        Connection slowBo = connect(data, "bo", exchange -> {
            if (exchange.method().equals("POST") && exchange.path().endsWith("/refund")) {
                // while this answer is on its way, the call outlives the grace and another operator looks at the queue
                clock.advance(RefundReviewService.INTENT_GRACE.plusSeconds(30));
                assertThat(reviewsAs(ana).get(flagged.id()).state()).isEqualTo(ReviewState.NEEDS_RECONCILIATION);
            }
        });

        RefundReview recorded = reviewsAs(slowBo).approve(flagged.id(), null, none());

        assertThat(recorded.state()).isEqualTo(ReviewState.REFUND_REQUESTED);
        assertThat(recorded.refundId()).isEqualTo(refundsAtServer(payment.id()).refunds().get(0).id());
        assertThat(refundsAtServer(payment.id()).refunds()).hasSize(1);
    }

    @Test
    void aRefundThatNeverReachedTheServerReconcilesToFailedWithoutSendingIt() {
        Payment payment = SettledPayments.settled(ana, "49990", "CLP");
        RefundReview flagged = reviewsAs(ana).flag(new FlagRequest(payment.id(), RefundReason.DUPLICATE, null, null), none());
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();

        assertThatThrownBy(() -> reviewsAs(bo).approve(flagged.id(), null, cancelled)).isInstanceOf(CallCancelledException.class);
        assertThat(reviewsAs(bo).get(flagged.id()).state()).isEqualTo(ReviewState.NEEDS_RECONCILIATION);

        RefundReview reconciled = reviewsAs(bo).reconcile(flagged.id(), none());

        assertThat(reconciled.state()).isEqualTo(ReviewState.REFUND_FAILED);
        assertThat(reconciled.failure()).contains("no refund of this review reached the server");
        assertThat(refundsAtServer(payment.id()).refunds()).isEmpty();
    }

    @Test
    void aServerErrorOrADroppedConnectionDuringTheRefundNeedsReconciliationNotAFailure() {
        Payment payment = SettledPayments.settled(ana, "49990", "CLP");
        Payment other = SettledPayments.settled(ana, "49990", "CLP");
        RefundReview first = reviewsAs(ana).flag(new FlagRequest(payment.id(), RefundReason.DUPLICATE, null, null), none());
        RefundReview second = reviewsAs(ana).flag(new FlagRequest(other.id(), RefundReason.DUPLICATE, null, null), none());
        bo.payments().get(payment.id(), none()); // bo's token is fetched before the chaos starts

        sandbox.server().setChaos(ChaosSettings.NONE.withErrorRate(1.0));
        assertThatThrownBy(() -> reviewsAs(bo).approve(first.id(), null, none()))
                .isInstanceOfSatisfying(ApiErrorException.class, e -> assertThat(e.status()).isGreaterThanOrEqualTo(500));
        sandbox.server().setChaos(ChaosSettings.NONE.withDropRate(1.0));
        assertThatThrownBy(() -> reviewsAs(bo).approve(second.id(), null, none())).isInstanceOf(ConnectionFailedException.class);
        sandbox.server().setChaos(ChaosSettings.NONE);

        assertThat(reviewsAs(bo).get(first.id()).state()).isEqualTo(ReviewState.NEEDS_RECONCILIATION);
        assertThat(reviewsAs(bo).get(second.id()).state()).isEqualTo(ReviewState.NEEDS_RECONCILIATION);
        assertThat(data.audit().list(new AuditFilter(null, null, "refund.create", null, null, AuditOutcome.UNKNOWN), 10)).hasSize(2);
        // the sandbox fails these before doing anything, so reconciling finds no refund and sends none
        assertThat(reviewsAs(bo).reconcile(first.id(), none()).state()).isEqualTo(ReviewState.REFUND_FAILED);
        assertThat(reviewsAs(bo).refresh(second.id(), none()).state()).isEqualTo(ReviewState.REFUND_FAILED);
        assertThat(refundsAtServer(payment.id()).refunds()).isEmpty();
        assertThat(refundsAtServer(other.id()).refunds()).isEmpty();
    }

    @Test
    void theQueueFiltersByStateOperatorDateAndCurrencyAndCountsEachState() {
        Payment clp = SettledPayments.settled(ana, "49990", "CLP");
        Payment usd = SettledPayments.settled(ana, "80.00", "USD");
        Payment other = SettledPayments.settled(ana, "1000", "CLP");
        RefundReview first = reviewsAs(ana).flag(new FlagRequest(clp.id(), RefundReason.DUPLICATE, null, null), none());
        clock.advance(Duration.ofDays(2));
        RefundReview second = reviewsAs(bo).flag(new FlagRequest(usd.id(), RefundReason.DUPLICATE, null, null), none());
        RefundReview third = reviewsAs(ana).flag(new FlagRequest(other.id(), RefundReason.DUPLICATE, null, null), none());
        reviewsAs(bo).reject(third.id(), "no");
        RefundReviewService reviews = reviewsAs(ana);

        assertThat(reviews.list(ReviewFilter.ALL, 10)).extracting(RefundReview::id).containsExactly(third.id(), second.id(), first.id());
        assertThat(reviews.list(new ReviewFilter(Set.of(ReviewState.TO_CHECK), null, null, null, null), 10))
                .extracting(RefundReview::id).containsExactly(second.id(), first.id());
        assertThat(reviews.list(new ReviewFilter(Set.of(), "bo", null, null, null), 10))
                .extracting(RefundReview::id).containsExactly(third.id(), second.id());
        assertThat(reviews.list(new ReviewFilter(Set.of(), null, null, null, "usd"), 10))
                .extracting(RefundReview::id).containsExactly(second.id());
        assertThat(reviews.list(new ReviewFilter(Set.of(), null, null, clock.instant().minus(Duration.ofDays(1)), null), 10))
                .extracting(RefundReview::id).containsExactly(first.id());
        assertThat(reviews.counts()).containsEntry(ReviewState.TO_CHECK, 2).containsEntry(ReviewState.REJECTED, 1)
                .containsEntry(ReviewState.REFUNDED, 0).hasSize(ReviewState.values().length);
    }

    @Test
    void aReviewIsApprovedOnlyOnTheProfileItWasFlaggedOn() {
        Payment payment = SettledPayments.settled(ana, "49990", "CLP");
        RefundReview flagged = reviewsAs(ana).flag(new FlagRequest(payment.id(), RefundReason.DUPLICATE, null, null), none());
        Connection elsewhere = Connection.open(sandbox.connectionSettings(), new OperatorContext("bo", "Production", true),
                data.audit(), e -> { });
        opened.add(elsewhere);

        assertThatThrownBy(() -> reviewsAs(elsewhere).approve(flagged.id(), null, none()))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("flagged on profile 'Sandbox'");
        assertThat(refundsAtServer(payment.id()).refunds()).isEmpty();
    }
}
