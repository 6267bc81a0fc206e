package dev.checkoutconsole.ui.refunds;

import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.CsvExports;
import dev.checkoutconsole.service.Money;
import dev.checkoutconsole.service.RefundReview;
import dev.checkoutconsole.service.RefundReviewService;
import dev.checkoutconsole.service.ReviewAction;
import dev.checkoutconsole.service.ReviewFilter;
import dev.checkoutconsole.service.ReviewState;
import dev.checkoutconsole.service.ReviewStep;
import dev.checkoutconsole.ui.common.BackgroundTask;
import dev.checkoutconsole.ui.common.CsvExportRun;
import dev.checkoutconsole.ui.common.DetailField;
import dev.checkoutconsole.ui.common.DialogService;
import dev.checkoutconsole.ui.common.ErrorReport;
import dev.checkoutconsole.ui.common.LoadState;
import dev.checkoutconsole.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The refund review queue: the reviews the filters match with their counts per state, the selected review's details
 * and history, and the actions its state allows (approve, reject, refresh, reconcile). One action runs at a time;
 * a rule the service refuses (the same operator approving) is shown with the rule's own words.
 */
public final class RefundQueueViewModel {
    /** The queue shows this many reviews, newest first; more is narrowed by the filters or seen in the export. */
    public static final int LIMIT = 500;

    private final RefundReviewService reviews;
    private final ActiveConnection connection;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ZoneId zone;

    private final ObjectProperty<ReviewState> state = new SimpleObjectProperty<>();
    private final StringProperty operator = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>();
    private final StringProperty currency = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper();

    private final ObservableList<RefundReview> items = FXCollections.observableArrayList();
    private final ObservableMap<ReviewState, Integer> counts = FXCollections.observableMap(new EnumMap<>(ReviewState.class));
    private final ReadOnlyObjectWrapper<LoadState> loadState = new ReadOnlyObjectWrapper<>(LoadState.IDLE);
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<RefundReview> selected = new SimpleObjectProperty<>();
    private final ObservableList<DetailField> details = FXCollections.observableArrayList();
    private final ObservableList<ReviewStep> history = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper truncated = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper currentOperator = new ReadOnlyStringWrapper("");
    private final CsvExportRun export;
    private ReviewFilter applied = ReviewFilter.ALL;

    public RefundQueueViewModel(RefundReviewService reviews, ActiveConnection connection, TaskExecutor executor,
                                DialogService dialogs, ZoneId zone) {
        this.reviews = reviews;
        this.connection = connection;
        this.executor = executor;
        this.dialogs = dialogs;
        this.zone = zone;
        this.export = new CsvExportRun(executor, dialogs);
        connection.target().ifPresent(target -> currentOperator.set(target.operator().operator()));
        connection.onSwitch(target -> executor.onUiThread(() -> currentOperator.set(target.operator().operator())));
        selected.addListener((observable, old, review) -> showSelected(review, old == null || review == null || old.id() != review.id()));
    }

    // ---- filters ----

    /** The state to show, or null for any. */
    public ObjectProperty<ReviewState> stateProperty() {
        return state;
    }

    /** Who flagged or decided; blank for anyone. */
    public StringProperty operatorProperty() {
        return operator;
    }

    /** The first local day flagged, inclusive; null for no bound. */
    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    /** The last local day flagged, inclusive; null for no bound. */
    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    /** What is wrong with the filters, naming the field; null when they read. */
    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError.getReadOnlyProperty();
    }

    /** Applies the filters and reloads; a bad filter is named and nothing is read. */
    public void apply() {
        LocalDate from = fromDate.get();
        LocalDate to = toDate.get();
        if (from != null && to != null && to.isBefore(from)) {
            filterError.set("to: must not be before from (" + from + ")");
            return;
        }
        String wantedCurrency = currency.get() == null ? "" : currency.get().trim();
        if (!wantedCurrency.isEmpty() && !wantedCurrency.matches("[A-Za-z]{3,4}")) {
            filterError.set("currency: must be a currency code such as CLP, not '" + wantedCurrency + "'");
            return;
        }
        filterError.set(null);
        applied = new ReviewFilter(state.get() == null ? Set.of() : Set.of(state.get()), operator.get(),
                from == null ? null : startOf(from), to == null ? null : startOf(to.plusDays(1)),
                wantedCurrency.isEmpty() ? null : wantedCurrency.toUpperCase(Locale.ROOT));
        reload();
    }

    /** Clears the filters and shows every review. */
    public void reset() {
        state.set(null);
        operator.set("");
        fromDate.set(null);
        toDate.set(null);
        currency.set("");
        apply();
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    // ---- the queue ----

    public ObservableList<RefundReview> items() {
        return items;
    }

    /** How many reviews are in each state, over the whole queue (not only the filtered rows). */
    public ObservableMap<ReviewState, Integer> counts() {
        return counts;
    }

    /** "To check 3 · Approved 1 · …", every state in order. */
    public StringBinding countsTextBinding() {
        return Bindings.createStringBinding(() -> java.util.Arrays.stream(ReviewState.values())
                .map(s -> label(s) + " " + counts.getOrDefault(s, 0)).collect(Collectors.joining(" · ")), counts);
    }

    /** A state as people read it: TO_CHECK is "To check". */
    public static String label(ReviewState state) {
        String words = state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** True when the filters match more reviews than the queue shows (the newest {@link #LIMIT}); the export has them all. */
    public ReadOnlyBooleanProperty truncatedProperty() {
        return truncated.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LoadState> loadStateProperty() {
        return loadState.getReadOnlyProperty();
    }

    /** The last failure: of loading, or of an action (with the rule when a rule refused it). */
    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Reads the queue and the counts again with the applied filters, keeping the selected review selected. */
    public void reload() {
        loadState.set(LoadState.LOADING);
        ReviewFilter filter = applied;
        executor.execute(BackgroundTask.of(cancel -> new Queue(reviews.list(filter, LIMIT), reviews.counts()))
                .onSuccess(this::show)
                .onFailure(failure -> {
                    error.set(ReviewErrors.report(failure));
                    loadState.set(LoadState.ERROR);
                }));
    }

    private record Queue(List<RefundReview> items, Map<ReviewState, Integer> counts) {
    }

    private void show(Queue queue) {
        Long keep = selected.get() == null ? null : selected.get().id();
        items.setAll(queue.items());
        truncated.set(queue.items().size() >= LIMIT);
        counts.putAll(queue.counts());
        loadState.set(queue.items().isEmpty() ? LoadState.EMPTY : LoadState.LOADED);
        selected.set(keep == null ? null : queue.items().stream().filter(r -> r.id() == keep).findFirst().orElse(null));
    }

    // ---- the selected review ----

    /** The review shown in the detail; the view keeps it in step with the table's selection. */
    public ObjectProperty<RefundReview> selectedProperty() {
        return selected;
    }

    public ObservableList<DetailField> details() {
        return details;
    }

    /** The selected review's steps, oldest first: who, when, from which state to which, and why. */
    public ObservableList<ReviewStep> history() {
        return history;
    }

    private void showSelected(RefundReview review, boolean otherReview) {
        details.setAll(review == null ? List.of() : detailsOf(review));
        if (review == null) {
            history.clear();
            return;
        }
        if (otherReview) {
            history.clear();
        }
        long id = review.id();
        executor.execute(BackgroundTask.of(cancel -> reviews.history(id))
                .onSuccess(steps -> {
                    if (selected.get() != null && selected.get().id() == id) {
                        history.setAll(steps);
                    }
                })
                .onFailure(failure -> error.set(ReviewErrors.report(failure))));
    }

    private List<DetailField> detailsOf(RefundReview r) {
        List<DetailField> list = new ArrayList<>();
        list.add(DetailField.copyable("review", "#" + r.id()));
        list.add(DetailField.of("state", r.state().name()));
        list.add(DetailField.copyable("payment", r.paymentId()));
        list.add(DetailField.of("amount", r.formattedAmount()));
        list.add(DetailField.of("refundable when flagged", Money.formatWithCurrency(r.maxRefundableWhenFlagged(), r.currency())));
        list.add(DetailField.of("reason", r.reason().code()));
        list.add(DetailField.of("note", r.note()));
        list.add(DetailField.of("profile", r.profile()));
        list.add(DetailField.of("flagged by", r.flaggedBy()));
        list.add(DetailField.time("flagged at", r.flaggedAt(), zone));
        list.add(DetailField.of("decided by", r.decidedBy()));
        list.add(DetailField.time("decided at", r.decidedAt(), zone));
        list.add(DetailField.of("reject reason", r.rejectReason()));
        list.add(DetailField.copyable("refund", r.refundId()));
        list.add(DetailField.of("refund status", r.refundStatus()));
        list.add(DetailField.of("failure", r.failure()));
        return list.stream().filter(field -> field.value() != null && !field.value().isEmpty()).toList();
    }

    /** Who acts now: the active connection's operator. */
    public ReadOnlyStringProperty currentOperatorProperty() {
        return currentOperator.getReadOnlyProperty();
    }

    /** True while an action's call is in flight; every action is disabled meanwhile, so nothing is sent twice. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // ---- actions ----

    /** Why Approve is disabled, or null when the selected review may be approved. */
    public StringBinding approveBlockedReasonBinding() {
        return blockedReason(ReviewAction.APPROVE, "approved");
    }

    public StringBinding rejectBlockedReasonBinding() {
        return blockedReason(ReviewAction.REJECT, "rejected");
    }

    public StringBinding refreshBlockedReasonBinding() {
        return blockedReason(ReviewAction.REFRESH, "refreshed");
    }

    public StringBinding reconcileBlockedReasonBinding() {
        return blockedReason(ReviewAction.RECONCILE, "reconciled");
    }

    private StringBinding blockedReason(ReviewAction action, String done) {
        return Bindings.createStringBinding(() -> {
            RefundReview review = selected.get();
            if (review == null) {
                return "Select a review";
            }
            if (busy.get()) {
                return "Wait for the current action to finish";
            }
            if (review.allowedActions().contains(action)) {
                return null;
            }
            return switch (action) {
                case APPROVE, REJECT -> "Review #" + review.id() + " is " + review.state() + "; only a TO_CHECK review can be " + done;
                case REFRESH -> review.state() == ReviewState.REFUND_REQUESTED
                        ? "The refund request is still in flight; its status can be refreshed once the server answered"
                        : "Review #" + review.id() + " is " + review.state() + "; only a requested refund can be refreshed";
                case RECONCILE -> "Review #" + review.id() + " is " + review.state()
                        + "; only a review that needs reconciliation can be reconciled";
            };
        }, selected, busy);
    }

    /**
     * Approves the selected review and sends its refund, after the user confirms with an optional comment. The
     * two-person rule is the service's: if the same operator flagged it, the refusal is shown with the rule.
     */
    public void approve() {
        RefundReview review = selected.get();
        if (approveBlockedReasonBinding().get() != null) {
            return;
        }
        dialogs.askText("Approve review #" + review.id(), "Refund " + review.formattedAmount() + " of payment " + review.paymentId()
                        + " now (flagged by " + review.flaggedBy() + "). Comment (optional):")
                .ifPresent(comment -> act(cancel -> reviews.approve(review.id(), comment, cancel),
                        done -> "Approved review #" + done.id() + ": " + done.state()
                                + (done.refundId() == null ? "" : ", refund " + done.refundId())));
    }

    /** Rejects the selected review with the reason the user gives; a blank reason is refused by name. */
    public void reject() {
        RefundReview review = selected.get();
        if (rejectBlockedReasonBinding().get() != null) {
            return;
        }
        dialogs.askText("Reject review #" + review.id(), "Why is the refund of " + review.formattedAmount() + " rejected?")
                .ifPresent(reason -> act(cancel -> reviews.reject(review.id(), reason), done -> "Rejected review #" + done.id()));
    }

    /** Reads the refund's status from the server. */
    public void refreshStatus() {
        RefundReview review = selected.get();
        if (refreshBlockedReasonBinding().get() == null) {
            act(cancel -> reviews.refresh(review.id(), cancel), done -> "Review #" + done.id() + " is " + done.state()
                    + (done.refundStatus() == null ? "" : " (refund " + done.refundStatus() + ")"));
        }
    }

    /** Learns from the server whether the refund was made; never sends one. */
    public void reconcile() {
        RefundReview review = selected.get();
        if (reconcileBlockedReasonBinding().get() == null) {
            act(cancel -> reviews.reconcile(review.id(), cancel), done -> "Reconciled review #" + done.id() + ": " + done.state());
        }
    }

    private void act(Function<dev.checkoutconsole.service.Cancellation, RefundReview> action, Function<RefundReview, String> told) {
        busy.set(true);
        error.set(null);
        executor.execute(BackgroundTask.of(action)
                .onSuccess(done -> {
                    dialogs.notify(told.apply(done));
                    selected.set(done);
                    reload();
                })
                .onFailure(failure -> {
                    error.set(ReviewErrors.report(failure));
                    reload();
                })
                .whenDone(() -> busy.set(false)));
    }

    // ---- export ----

    /** Exports the queue with the applied filters to a CSV file the user chooses, every matching review. */
    public void exportCsv() {
        ReviewFilter filter = applied;
        export.start("Export the refund queue", "refund-queue.csv",
                (target, progress, cancel) -> CsvExports.refundQueue(reviews, filter, target, progress, cancel));
    }

    public CsvExportRun export() {
        return export;
    }
}
