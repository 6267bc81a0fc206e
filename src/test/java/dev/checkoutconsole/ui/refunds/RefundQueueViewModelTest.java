package dev.checkoutconsole.ui.refunds;

import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentStatus;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.AuditFilter;
import dev.checkoutconsole.service.AuditOutcome;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.RefundReason;
import dev.checkoutconsole.service.RefundReview;
import dev.checkoutconsole.service.RefundReviewService;
import dev.checkoutconsole.service.ReviewState;
import dev.checkoutconsole.service.ReviewStep;
import dev.checkoutconsole.service.SettledPayments;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import dev.checkoutconsole.ui.common.ErrorReport;
import dev.checkoutconsole.ui.common.LoadState;
import dev.checkoutconsole.ui.common.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The refund queue and the flag form against the real sandbox and a real SQLite file, on the calling thread. */
class RefundQueueViewModelTest {
    private static final String PROFILE = "Embedded sandbox";
    private static final ZoneId ZONE = ZoneId.of("America/Santiago");

    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(100).build();

    @TempDir
    Path folder;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private LocalData localData;
    private ActiveConnection connection;
    private RefundReviewService reviews;
    private RefundQueueViewModel queue;

    @BeforeEach
    void open() {
        localData = LocalData.open(new LocalPaths(folder, folder.resolve("config")), Clock.systemUTC());
        connection = new ActiveConnection(localData.audit());
        actAs("ana");
        reviews = new RefundReviewService(localData, connection::connection, Clock.systemUTC());
        queue = new RefundQueueViewModel(reviews, connection, TaskExecutor.sameThread(), dialogs, ZONE);
    }

    @AfterEach
    void close() {
        connection.close();
        localData.close();
    }

    private void actAs(String operator) {
        connection.switchTo(new OperatorContext(operator, PROFILE, false), sandbox.connectionSettings());
    }

    private Payment settled(String amount) {
        return SettledPayments.settled(connection.connection(), amount, "CLP");
    }

    /** Flags the payment through the dialog's view-model, as the operator acting now. */
    private RefundReview flag(Payment payment, RefundReason reason, String amount) {
        FlagRefundViewModel form = flagForm(payment);
        form.reasonProperty().set(reason);
        if (amount != null) {
            form.amountProperty().set(amount);
        }
        form.flag();
        assertThat(form.errorProperty().get()).isNull();
        return form.flaggedProperty().get();
    }

    private FlagRefundViewModel flagForm(Payment payment) {
        BigDecimal max = connection.connection().payments().refunds(payment.id(), new Cancellation()).summary().maxRefundable();
        return new FlagRefundViewModel(reviews, TaskExecutor.sameThread(), payment.id(), "CLP", max);
    }

    private List<Payment> refundsAtServer(String paymentId) {
        return connection.connection().payments().refunds(paymentId, new Cancellation()).refunds();
    }

    private void select(RefundReview review) {
        queue.selectedProperty().set(queue.items().stream().filter(r -> r.id() == review.id()).findFirst().orElseThrow());
    }

    @Test
    void flaggedThenApprovedByAnotherOperatorRefundsOnceAndTheHistorySaysWhoDidWhat() {
        Payment payment = settled("49990");
        RefundReview flagged = flag(payment, RefundReason.REQUESTED_BY_CUSTOMER, null);
        assertThat(flagged.amount()).isEqualByComparingTo("49990");

        queue.reload();
        assertThat(queue.items()).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo(ReviewState.TO_CHECK));
        assertThat(queue.counts()).containsEntry(ReviewState.TO_CHECK, 1).containsEntry(ReviewState.REFUNDED, 0);
        assertThat(queue.countsTextBinding().get()).startsWith("To check 1 · Approved 0 · Refund requested 0");

        actAs("bob");
        assertThat(queue.currentOperatorProperty().get()).isEqualTo("bob");
        select(flagged);
        assertThat(queue.approveBlockedReasonBinding().get()).isNull();
        assertThat(queue.refreshBlockedReasonBinding().get()).contains("TO_CHECK");
        dialogs.type("customer emailed");
        queue.approve();

        RefundReview requested = queue.selectedProperty().get();
        assertThat(queue.errorProperty().get()).isNull();
        assertThat(requested.state()).isEqualTo(ReviewState.REFUND_REQUESTED);
        assertThat(queue.busyProperty().get()).isFalse();
        assertThat(queue.approveBlockedReasonBinding().get()).contains("only a TO_CHECK review can be approved");
        assertThat(refundsAtServer(payment.id())).singleElement().satisfies(refund -> {
            assertThat(refund.id()).isEqualTo(requested.refundId());
            assertThat(refund.totalAmount()).isEqualByComparingTo("49990");
        });

        connection.connection().payments().advanceInSandbox(requested.refundId(), PaymentStatus.SETTLED, new Cancellation());
        queue.refreshStatus();

        assertThat(queue.selectedProperty().get().state()).isEqualTo(ReviewState.REFUNDED);
        assertThat(queue.counts()).containsEntry(ReviewState.REFUNDED, 1).containsEntry(ReviewState.TO_CHECK, 0);
        assertThat(refundsAtServer(payment.id())).as("exactly one refund").hasSize(1);
        assertThat(queue.history()).extracting(ReviewStep::operator, ReviewStep::from, ReviewStep::to).containsExactly(
                tuple("ana", null, ReviewState.TO_CHECK),
                tuple("bob", ReviewState.TO_CHECK, ReviewState.APPROVED),
                tuple("bob", ReviewState.APPROVED, ReviewState.REFUND_REQUESTED),
                tuple("bob", ReviewState.REFUND_REQUESTED, ReviewState.REFUND_REQUESTED),
                tuple("bob", ReviewState.REFUND_REQUESTED, ReviewState.REFUNDED));
        assertThat(queue.history().get(3).comment()).as("the refund's answer").contains(requested.refundId());
        assertThat(queue.history().get(1).comment()).isEqualTo("customer emailed");
        assertThat(queue.details()).anySatisfy(field -> assertThat(field.label() + "=" + field.value()).isEqualTo("decided by=bob"));
        assertThat(dialogs.notifications()).anySatisfy(n -> assertThat(n).contains("is REFUNDED"));
    }

    @Test
    void theSameOperatorApprovingIsRefusedWithTheRuleAndNothingIsSent() {
        Payment payment = settled("12000");
        RefundReview flagged = flag(payment, RefundReason.DUPLICATE, "5000");
        queue.reload();
        select(flagged);
        dialogs.type("");

        queue.approve();

        ErrorReport refusal = queue.errorProperty().get();
        assertThat(refusal.headline()).contains("Refused by a review rule");
        assertThat(refusal.message()).contains("flagged by ana").contains("two-person rule");
        assertThat(queue.selectedProperty().get().state()).isEqualTo(ReviewState.TO_CHECK);
        assertThat(refundsAtServer(payment.id())).isEmpty();
        assertThat(localData.audit().list(new AuditFilter(null, null, "refund-review.approve", null, null, AuditOutcome.REFUSED), 5))
                .singleElement().satisfies(entry -> assertThat(entry.operator()).isEqualTo("ana"));
        assertThat(queue.busyProperty().get()).isFalse();
    }

    @Test
    void rejectsWithTheReasonAskedForAndCancellingTheQuestionDoesNothing() {
        RefundReview flagged = flag(settled("8000"), RefundReason.NOT_DELIVERED, null);
        actAs("bob");
        queue.reload();
        select(flagged);

        queue.reject();
        assertThat(queue.selectedProperty().get().state()).as("question cancelled").isEqualTo(ReviewState.TO_CHECK);

        dialogs.type("   ");
        queue.reject();
        assertThat(queue.errorProperty().get().message()).contains("reason").contains("is required");
        assertThat(queue.selectedProperty().get().state()).isEqualTo(ReviewState.TO_CHECK);

        dialogs.type("delivered after all, tracking 123");
        queue.reject();
        assertThat(queue.errorProperty().get()).isNull();
        RefundReview rejected = queue.selectedProperty().get();
        assertThat(rejected.state()).isEqualTo(ReviewState.REJECTED);
        assertThat(rejected.rejectReason()).isEqualTo("delivered after all, tracking 123");
        assertThat(queue.history()).last().satisfies(step -> {
            assertThat(step.operator()).isEqualTo("bob");
            assertThat(step.comment()).contains("delivered after all");
        });
        assertThat(queue.approveBlockedReasonBinding().get()).contains("REJECTED");
        assertThat(queue.rejectBlockedReasonBinding().get()).contains("REJECTED");
        assertThat(queue.reconcileBlockedReasonBinding().get()).contains("needs reconciliation");
        assertThat(queue.counts()).containsEntry(ReviewState.REJECTED, 1);
    }

    @Test
    void filtersByStateOperatorDayAndCurrencyAndNamesABadFilter() {
        RefundReview first = flag(settled("10000"), RefundReason.DUPLICATE, null);
        flag(settled("11000"), RefundReason.FRAUDULENT, null);
        actAs("bob");
        RefundReview bobs = flag(settled("12000"), RefundReason.DUPLICATE, null);
        queue.reload();
        select(first);
        dialogs.type("not a duplicate");
        queue.reject();

        queue.apply();
        assertThat(queue.items()).hasSize(3);

        queue.stateProperty().set(ReviewState.TO_CHECK);
        queue.apply();
        assertThat(queue.items()).hasSize(2).allSatisfy(r -> assertThat(r.state()).isEqualTo(ReviewState.TO_CHECK));
        assertThat(queue.counts()).as("counts cover the whole queue").containsEntry(ReviewState.REJECTED, 1);

        queue.stateProperty().set(null);
        queue.operatorProperty().set("bob");
        queue.apply();
        assertThat(queue.items()).extracting(RefundReview::id).as("flagged or decided by bob")
                .containsExactlyInAnyOrder(bobs.id(), first.id());

        queue.operatorProperty().set("");
        LocalDate today = LocalDate.now(ZONE);
        queue.fromDateProperty().set(today);
        queue.toDateProperty().set(today);
        queue.apply();
        assertThat(queue.items()).hasSize(3);
        queue.fromDateProperty().set(today.plusDays(1));
        queue.toDateProperty().set(today.plusDays(2));
        queue.apply();
        assertThat(queue.items()).isEmpty();
        assertThat(queue.loadStateProperty().get()).isEqualTo(LoadState.EMPTY);

        queue.fromDateProperty().set(null);
        queue.toDateProperty().set(null);
        queue.currencyProperty().set("usd");
        queue.apply();
        assertThat(queue.items()).isEmpty();
        queue.currencyProperty().set("clp");
        queue.apply();
        assertThat(queue.items()).hasSize(3);

        queue.currencyProperty().set("12");
        queue.apply();
        assertThat(queue.filterErrorProperty().get()).startsWith("currency");
        queue.currencyProperty().set("");
        queue.fromDateProperty().set(today);
        queue.toDateProperty().set(today.minusDays(1));
        queue.apply();
        assertThat(queue.filterErrorProperty().get()).startsWith("to:");

        queue.reset();
        assertThat(queue.filterErrorProperty().get()).isNull();
        assertThat(queue.items()).hasSize(3);
    }

    @Test
    void theFlagFormDefaultsToWhatIsRefundableAndValidatesAsItIsFilled() {
        Payment payment = settled("49990");
        FlagRefundViewModel form = flagForm(payment);

        assertThat(form.amountProperty().get()).isEqualTo("49990");
        assertThat(form.reasonError().get()).contains("reason");
        assertThat(form.flagDisabledBinding().get()).isTrue();

        form.reasonProperty().set(RefundReason.OTHER);
        assertThat(form.noteError().get()).contains("note").contains("other");
        form.noteProperty().set("chargeback expected");
        assertThat(form.noteError().get()).isNull();

        form.amountProperty().set("0");
        assertThat(form.amountError().get()).contains("amount").contains("positive");
        form.amountProperty().set("100.5");
        assertThat(form.amountError().get()).contains("no decimals");
        form.amountProperty().set("49991");
        assertThat(form.amountError().get()).contains("must not exceed").contains("49,990 CLP");
        assertThat(form.flagDisabledBinding().get()).isTrue();

        form.amountProperty().set("20000");
        assertThat(form.flagDisabledBinding().get()).isFalse();
        form.flag();
        assertThat(form.flaggedProperty().get().amount()).isEqualByComparingTo("20000");
        assertThat(form.flaggedProperty().get().note()).isEqualTo("chargeback expected");
        assertThat(form.flagDisabledBinding().get()).as("done once").isTrue();

        FlagRefundViewModel again = flagForm(payment);
        again.reasonProperty().set(RefundReason.DUPLICATE);
        again.flag();
        assertThat(again.errorProperty().get().message()).contains("already has an open review");
        assertThat(again.flaggedProperty().get()).isNull();
    }

    @Test
    void exportsTheFilteredQueueToTheChosenFile() throws Exception {
        RefundReview kept = flag(settled("10000"), RefundReason.DUPLICATE, null);
        RefundReview filteredOut = flag(settled("20000"), RefundReason.FRAUDULENT, null);
        actAs("bob");
        queue.reload();
        select(filteredOut);
        dialogs.type("no sign of fraud");
        queue.reject();
        queue.stateProperty().set(ReviewState.TO_CHECK);
        queue.apply();

        queue.exportCsv();
        assertThat(queue.export().runningProperty().get()).as("no file chosen: nothing runs").isFalse();
        assertThat(queue.export().statusProperty().get()).isEmpty();

        Path file = folder.resolve("exports/queue.csv");
        dialogs.saveTo(file);
        queue.exportCsv();

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("id,state,paymentId,currency,amount,reason");
        assertThat(lines.get(1)).startsWith(kept.id() + ",TO_CHECK," + kept.paymentId() + ",CLP,10000,duplicate");
        assertThat(queue.export().rowsWrittenProperty().get()).isEqualTo(1);
        assertThat(queue.export().progressProperty().get()).isEqualTo(1.0);
        assertThat(queue.export().runningProperty().get()).isFalse();
        assertThat(queue.export().statusProperty().get()).isEqualTo("Exported 1 row to " + file);
        assertThat(dialogs.notifications()).anySatisfy(n -> assertThat(n).isEqualTo("Exported 1 row to queue.csv"));
    }
}
