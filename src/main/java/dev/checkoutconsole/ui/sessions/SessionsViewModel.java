package dev.checkoutconsole.ui.sessions;

import dev.checkoutconsole.api.model.ApiDate;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.CheckoutSessionStatus;
import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.api.model.Page;
import dev.checkoutconsole.api.model.Sort;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.Connection;
import dev.checkoutconsole.service.CsvExports;
import dev.checkoutconsole.service.Money;
import dev.checkoutconsole.service.SessionRules;
import dev.checkoutconsole.ui.common.BackgroundTask;
import dev.checkoutconsole.ui.common.CsvExportRun;
import dev.checkoutconsole.ui.common.DialogService;
import dev.checkoutconsole.ui.common.ErrorReport;
import dev.checkoutconsole.ui.common.LoadState;
import dev.checkoutconsole.ui.common.TaskExecutor;
import dev.checkoutconsole.ui.common.UiPreferences;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The sessions table: its filters, the page on screen, the pager, and the actions on the selection. Filters are
 * edited freely and take effect on apply; a new load cancels the one still in flight, so typing never stalls the
 * table and a slow answer never overwrites a newer one.
 */
public final class SessionsViewModel {
    public static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    static final Sort DEFAULT_SORT = Sort.desc("createdAt");
    /** The fields the API sorts sessions on (docs/sandbox.md), which the table's headers offer. */
    static final Set<String> SORT_FIELDS = Set.of("createdAt", "expiresAt", "totalAmount", "status");
    private static final String PREFERENCE_PREFIX = "sessions.filter.";

    private final ActiveConnection connection;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final UiPreferences preferences;
    private final Clock clock;

    private final StringProperty identityId = new SimpleStringProperty("");
    private final StringProperty accountNumber = new SimpleStringProperty("");
    private final ObjectProperty<CheckoutSessionStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> pageSize = new SimpleObjectProperty<>(50);
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(DEFAULT_SORT);
    private final StringProperty filterError = new SimpleStringProperty();

    private final ObservableList<CheckoutSession> sessions = FXCollections.observableArrayList();
    private final ObservableList<CheckoutSession> selection = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LoadState> loadState = new ReadOnlyObjectWrapper<>(LoadState.IDLE);
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ErrorReport> actionError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper offset = new ReadOnlyLongWrapper();
    /** The page size of the page shown, which the pager counts in: the box may already say another. */
    private final ReadOnlyIntegerWrapper shownLimit = new ReadOnlyIntegerWrapper(50);
    private final List<Runnable> reloadListeners = new ArrayList<>();
    private final BooleanProperty deleting = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper deleteBatchSize = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper openingFromLink = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper deleteProgress = new ReadOnlyDoubleWrapper();
    private final AtomicBoolean stopDeleting = new AtomicBoolean();
    private final ObservableList<DeleteOutcome> deleteOutcomes = FXCollections.observableArrayList();

    private final CsvExportRun export;
    private CheckoutSessionQuery applied = CheckoutSessionQuery.all().withPage(50, 0);
    private Cancellation inFlight;
    private final ReadOnlyObjectWrapper<CheckoutSession> rowToSelect = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CheckoutSession> rowsToKeepSelected = FXCollections.observableArrayList();

    public SessionsViewModel(ActiveConnection connection, TaskExecutor executor, DialogService dialogs,
                             UiPreferences preferences, Clock clock) {
        this.connection = connection;
        this.executor = executor;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.clock = clock;
        this.export = new CsvExportRun(executor, dialogs);
        restoreFilters();
        connection.onSwitch(target -> executor.onUiThread(this::forgetPage));
    }

    // ---- filters ----

    public StringProperty identityIdProperty() {
        return identityId;
    }

    public StringProperty accountNumberProperty() {
        return accountNumber;
    }

    public ObjectProperty<CheckoutSessionStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    public ObjectProperty<Integer> pageSizeProperty() {
        return pageSize;
    }

    public ReadOnlyObjectProperty<Sort> sortProperty() {
        return sort;
    }

    /** Why the filters cannot be applied as typed, or null. */
    public StringProperty filterErrorProperty() {
        return filterError;
    }

    /** Applies the edited filters from the first page, and remembers them for the next start. */
    public void apply() {
        CheckoutSessionQuery query;
        try {
            query = new CheckoutSessionQuery(blankToNull(identityId.get()), blankToNull(accountNumber.get()),
                    status.get() == null ? null : status.get().name(), startDate.get(), endDate.get(), sort.get(),
                    pageSize.get(), 0);
        } catch (InvalidInputException invalid) {
            filterError.set(invalid.getMessage());
            return;
        }
        filterError.set(null);
        saveFilters();
        load(query);
    }

    /** Clears every filter and shows the first page again. */
    public void reset() {
        identityId.set("");
        accountNumber.set("");
        status.set(null);
        startDate.set(null);
        endDate.set(null);
        sort.set(DEFAULT_SORT);
        apply();
    }

    /** Sorts on the server by a column, from the first page. */
    public void sortBy(Sort newSort) {
        sort.set(newSort == null ? DEFAULT_SORT : newSort);
        apply();
    }

    // ---- the page ----

    public ObservableList<CheckoutSession> sessions() {
        return sessions;
    }

    public ReadOnlyObjectProperty<LoadState> loadStateProperty() {
        return loadState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public BooleanBinding canGoBackBinding() {
        return offset.greaterThan(0).and(loadState.isNotEqualTo(LoadState.LOADING));
    }

    public BooleanBinding canGoForwardBinding() {
        return Bindings.createBooleanBinding(
                () -> offset.get() + shownLimit.get() < total.get() && loadState.get() != LoadState.LOADING,
                offset, shownLimit, total, loadState);
    }

    /** "Page 2 of 10 · 500 sessions". */
    public StringBinding pagerTextBinding() {
        return Bindings.createStringBinding(() -> {
            int limit = shownLimit.get();
            long pages = Math.max(1, (total.get() + limit - 1) / limit);
            long page = offset.get() / limit + 1;
            return "Page " + page + " of " + pages + " · " + total.get() + (total.get() == 1 ? " session" : " sessions");
        }, offset, shownLimit, total);
    }

    public void nextPage() {
        load(applied.withPage(applied.limit(), (int) (offset.get() + applied.limit())));
    }

    public void previousPage() {
        load(applied.withPage(applied.limit(), (int) Math.max(0, offset.get() - applied.limit())));
    }

    /** Loads the current page again, e.g. after Ctrl+R; the selected sessions that are still on it stay selected. */
    public void reload() {
        load(applied);
        reloadListeners.forEach(Runnable::run);
    }

    /** Runs the action with every reload the user asks for, e.g. so the detail pane reads its payments again. */
    public void onReload(Runnable action) {
        reloadListeners.add(action);
    }

    /**
     * After a profile switch the rows are another environment's: none may stay selected, or a Delete meant for
     * them would go, by id, to the new profile. The new profile's first page follows. A delete still running on the
     * old profile reports its outcomes when it ends, naming that profile.
     */
    private void forgetPage() {
        if (inFlight != null) {
            inFlight.cancel();
        }
        selection.clear();
        rowsToKeepSelected.clear();
        sessions.clear();
        actionError.set(null);
        if (!deleting.get()) {
            deleteOutcomes.clear();
        }
        total.set(0);
        offset.set(0);
        loadState.set(LoadState.IDLE);
    }

    /**
     * Loads the current page again after the detail pane changed a session (paid, refreshed), keeping it selected;
     * says so when the change took it off this page, e.g. a paid session under an ACTIVE filter.
     */
    public void reloadAfterChange(String checkoutSessionId) {
        load(applied, null, checkoutSessionId);
    }

    /** Reloads and selects the given session once it is on screen (after create or open from link). */
    public void reloadAndSelect(String checkoutSessionId) {
        load(applied.withPage(applied.limit(), 0), checkoutSessionId, null);
    }

    /** A row the view should select and scroll to: set after a create or an open from a link. */
    public ReadOnlyObjectProperty<CheckoutSession> rowToSelectProperty() {
        return rowToSelect.getReadOnlyProperty();
    }

    /**
     * The new page's rows for the sessions that were selected before it came. The table cannot keep them itself: it
     * finds its selection again by equality, and a session whose status or expiry changed is no longer equal.
     */
    public ObservableList<CheckoutSession> rowsToKeepSelected() {
        return rowsToKeepSelected;
    }

    public Clock clock() {
        return clock;
    }

    private void load(CheckoutSessionQuery query) {
        load(query, null, null);
    }

    /**
     * @param toSelect a session to select and scroll to once the page is there (after a create), or null
     * @param changed  a session changed elsewhere, to say so if it left the page, or null
     */
    private void load(CheckoutSessionQuery query, String toSelect, String changed) {
        if (inFlight != null) {
            inFlight.cancel();
        }
        applied = query;
        loadState.set(LoadState.LOADING);
        error.set(null);
        inFlight = executor.execute(BackgroundTask.of(cancel -> connection.connection().sessions().list(query, cancel))
                .onSuccess(page -> show(page, toSelect, changed))
                .onFailure(this::showFailure));
    }

    private void show(Page<CheckoutSession> page, String wanted, String changed) {
        int limit = applied.limit();
        long lastPageOffset = Math.max(0, (page.pagination().total() - 1) / limit * limit);
        if (page.results().isEmpty() && applied.offset() != null && applied.offset() > lastPageOffset) {
            // The page is gone (its rows deleted, or fewer sessions match now): show the last one there is.
            load(applied.withPage(limit, (int) lastPageOffset), wanted, changed);
            return;
        }
        List<String> selectedIds = selection.stream().map(CheckoutSession::id).toList();
        sessions.setAll(page.results());
        total.set(page.pagination().total());
        offset.set(applied.offset() == null ? 0 : applied.offset());
        shownLimit.set(limit);
        loadState.set(page.results().isEmpty() ? LoadState.EMPTY : LoadState.LOADED);
        if (wanted != null) {
            // A row equal to the last one asked for would not count as a change, and the table would not select it.
            rowToSelect.set(null);
            rowOnPage(page, wanted).ifPresentOrElse(rowToSelect::set,
                    () -> dialogs.notify("Session " + wanted + " is not on this page with the current filters"));
            return;
        }
        rowsToKeepSelected.setAll(page.results().stream().filter(row -> selectedIds.contains(row.id())).toList());
        if (changed != null && rowOnPage(page, changed).isEmpty()) {
            dialogs.notify("Session " + changed + " changed and no longer matches the filters on this page");
        }
    }

    private static Optional<CheckoutSession> rowOnPage(Page<CheckoutSession> page, String checkoutSessionId) {
        return page.results().stream().filter(row -> row.id().equals(checkoutSessionId)).findFirst();
    }

    private void showFailure(Throwable failure) {
        ErrorReport report = ErrorReport.of(failure);
        error.set(report);
        loadState.set(report.kind() == ErrorReport.Kind.UNREACHABLE || report.kind() == ErrorReport.Kind.TIMEOUT
                ? LoadState.UNREACHABLE : LoadState.ERROR);
    }

    // ---- selection and its actions ----

    /** Why the last action on the table (a delete, an open from a link) failed as a whole; null once another starts. */
    public ReadOnlyObjectProperty<ErrorReport> actionErrorProperty() {
        return actionError.getReadOnlyProperty();
    }

    /** The rows the user selected; the view keeps it in step with the table. */
    public ObservableList<CheckoutSession> selection() {
        return selection;
    }

    /**
     * Why Delete is disabled for the selection, or null when it is enabled: a selection with at least one deletable
     * session can be deleted, and the others are reported as left alone.
     */
    public StringBinding deleteBlockedReasonBinding() {
        return Bindings.createStringBinding(() -> {
            if (deleting.get()) {
                return "A delete is in progress";
            }
            if (selection.isEmpty()) {
                return "Select one or more sessions";
            }
            return selection.stream().allMatch(s -> SessionRules.whyNotDeletable(s).isPresent())
                    ? "Cannot delete " + notDeletable(selection) : null;
        }, selection, deleting);
    }

    /** "6808d…: FINISHED sessions cannot be deleted; 6808e…: …" for the sessions among these that cannot be deleted. */
    private static String notDeletable(List<CheckoutSession> sessions) {
        return sessions.stream()
                .filter(s -> SessionRules.whyNotDeletable(s).isPresent())
                .map(s -> s.id() + ": " + SessionRules.whyNotDeletable(s).orElseThrow())
                .collect(Collectors.joining("; "));
    }

    public BooleanProperty deletingProperty() {
        return deleting;
    }

    /** How many sessions the running (or last) delete was asked to delete: the selection may change meanwhile. */
    public ReadOnlyIntegerProperty deleteBatchSizeProperty() {
        return deleteBatchSize.getReadOnlyProperty();
    }

    /** What happened to each row of the last delete, so a bulk delete never ends half-way without saying so. */
    public ObservableList<DeleteOutcome> deleteOutcomes() {
        return deleteOutcomes;
    }

    /** How far the running delete is, from 0 to 1. */
    public ReadOnlyDoubleProperty deleteProgressProperty() {
        return deleteProgress.getReadOnlyProperty();
    }

    /**
     * Stops a bulk delete before its next row. The delete already sent is left to finish: cutting a DELETE off
     * mid-flight would leave nobody knowing whether it happened.
     */
    public void stopDeleting() {
        stopDeleting.set(true);
    }

    /**
     * Deletes the selected sessions after one confirmation that names them and their amount. On a LIVE profile the
     * user types the session id (or the count, for several) to confirm. Deletes run one after the other; each
     * row's outcome is reported, and rows not reached because the user stopped say so. Every delete goes to the
     * connection the user confirmed on, even if the profile is switched meanwhile.
     */
    public void deleteSelected() {
        String blocked = deleteBlockedReasonBinding().get();
        if (blocked != null || connection.target().isEmpty()) {
            // The button says why with its tooltip; the Delete key and the menu item reach here regardless.
            if (blocked != null) {
                dialogs.notify(blocked);
            }
            return;
        }
        ActiveConnection.Target confirmedOn = connection.target().orElseThrow();
        List<CheckoutSession> targets = List.copyOf(selection);
        if (!confirmDelete(targets, confirmedOn.live())) {
            return;
        }
        deleting.set(true);
        actionError.set(null);
        deleteBatchSize.set((int) targets.stream().filter(s -> SessionRules.whyNotDeletable(s).isEmpty()).count());
        stopDeleting.set(false);
        deleteProgress.set(0);
        deleteOutcomes.clear();
        executor.execute(BackgroundTask.of(cancel -> deleteEach(confirmedOn.connection(), targets, cancel))
                .onSuccess(outcomes -> {
                    deleteOutcomes.setAll(outcomes);
                    long deleted = outcomes.stream().filter(DeleteOutcome::deleted).count();
                    long unknown = outcomes.stream().filter(o -> o.result() == DeleteOutcome.Result.UNKNOWN).count();
                    dialogs.notify(deleted + " of " + outcomes.size() + (outcomes.size() == 1 ? " session" : " sessions") + " deleted"
                            + (connection.target().orElse(null) == confirmedOn ? "" : " on " + confirmedOn.profileName())
                            + (unknown == 0 ? "" : "; " + unknown + " without an answer, the reloaded page shows whether it is gone"));
                    reload();
                })
                .onFailure(failure -> actionError.set(ErrorReport.of(failure)))
                .whenDone(() -> deleting.set(false)));
    }

    /** Names and totals only the sessions that will be sent; the others are listed as left alone. */
    private boolean confirmDelete(List<CheckoutSession> selected, boolean live) {
        List<CheckoutSession> targets = selected.stream().filter(s -> SessionRules.whyNotDeletable(s).isEmpty()).toList();
        String what = targets.size() == 1
                ? "checkout session " + targets.get(0).id() + " (" + Money.formatWithCurrency(targets.get(0).totalAmount(), targets.get(0).currency()) + ")"
                : targets.size() + " checkout sessions, " + totalsByCurrency(targets);
        int leftAlone = selected.size() - targets.size();
        String message = "Delete " + what + "?\nA deleted session can no longer be paid. This cannot be undone."
                + (leftAlone == 0 ? "" : "\n\n" + leftAlone + " of the " + selected.size() + " selected cannot be deleted and "
                + "will not be sent: " + notDeletable(selected));
        if (live) {
            String expected = targets.size() == 1 ? targets.get(0).id() : String.valueOf(targets.size());
            return dialogs.confirmByTyping("Delete on a LIVE profile",
                    message + "\n\nType " + (targets.size() == 1 ? "the session id" : "the number of sessions") + " to confirm.",
                    expected);
        }
        return dialogs.confirm("Delete", message, targets.size() == 1 ? "Delete session" : "Delete " + targets.size() + " sessions");
    }

    /**
     * Stops at the first DELETE that may have happened without saying so (no answer, a server error): the ones
     * after it would only meet the same trouble.
     */
    private List<DeleteOutcome> deleteEach(Connection confirmedOn, List<CheckoutSession> targets, Cancellation cancel) {
        List<DeleteOutcome> outcomes = new ArrayList<>();
        boolean noClearAnswer = false;
        for (CheckoutSession target : targets) {
            Optional<String> notDeletable = SessionRules.whyNotDeletable(target);
            if (notDeletable.isPresent()) {
                outcomes.add(DeleteOutcome.notAttempted(target.id(), notDeletable.get()));
            } else if (noClearAnswer) {
                outcomes.add(DeleteOutcome.notAttempted(target.id(), "not sent after the one before got no clear answer"));
            } else if (stopDeleting.get()) {
                outcomes.add(DeleteOutcome.notAttempted(target.id(), "stopped before it was sent"));
            } else {
                try {
                    confirmedOn.sessions().delete(target.id(), cancel);
                    outcomes.add(DeleteOutcome.deleted(target.id()));
                } catch (RuntimeException failure) {
                    ErrorReport report = ErrorReport.of(failure);
                    noClearAnswer = report.writeMayHaveHappened();
                    outcomes.add(noClearAnswer ? DeleteOutcome.unknown(target.id(), report) : DeleteOutcome.refused(target.id(), report));
                }
            }
            double done = (double) outcomes.size() / targets.size();
            executor.onUiThread(() -> deleteProgress.set(done));
        }
        return outcomes;
    }

    static String totalsByCurrency(List<CheckoutSession> targets) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (CheckoutSession session : targets) {
            if (session.totalAmount() != null) {
                totals.merge(String.valueOf(session.currency()), session.totalAmount(), BigDecimal::add);
            }
        }
        return totals.entrySet().stream()
                .map(entry -> Money.formatWithCurrency(entry.getValue(), entry.getKey()))
                .collect(Collectors.joining(" + "));
    }

    /** True while a session is being opened from a link token: a second POST would open a second session. */
    public ReadOnlyBooleanProperty openingFromLinkProperty() {
        return openingFromLink.getReadOnlyProperty();
    }

    /** Opens a new session from a payment link's token and selects it; ignored while one is being opened. */
    public void openFromPaymentLink(String paymentLinkToken) {
        if (openingFromLink.get()) {
            return;
        }
        // The profile of the click, even if the console switches while the call is on its way.
        Connection openOn = connection.connection();
        openingFromLink.set(true);
        actionError.set(null);
        executor.execute(BackgroundTask.of(cancel -> openOn.sessions().openFromPaymentLink(paymentLinkToken, cancel))
                .onSuccess(opened -> {
                    dialogs.notify("Opened session " + opened.id() + " from link token " + paymentLinkToken);
                    reloadAndSelect(opened.id());
                })
                .onFailure(failure -> actionError.set(ErrorReport.of(failure)))
                .whenDone(() -> openingFromLink.set(false)));
    }

    /**
     * Exports every session the applied filters match (every page, not only the one shown) to a CSV file the user
     * chooses; pages are fetched and written one at a time, so memory stays flat.
     */
    public void exportCsv() {
        CheckoutSessionQuery filter = applied.withPage(CsvExports.DEFAULT_SESSION_PAGE_SIZE, 0);
        export.start("Export sessions", "checkout-sessions.csv", (target, progress, cancel) ->
                CsvExports.sessions(connection.connection().sessions(), filter, target, progress, cancel));
    }

    public CsvExportRun export() {
        return export;
    }

    /** Puts the selected session's id on the clipboard. */
    public void copySelectedId() {
        if (selection.size() == 1) {
            dialogs.copyToClipboard(selection.get(0).id());
            dialogs.notify("Copied " + selection.get(0).id());
        }
    }

    // ---- filters kept between runs ----

    private void saveFilters() {
        preferences.put(PREFERENCE_PREFIX + "identityId", blankToNull(identityId.get()));
        preferences.put(PREFERENCE_PREFIX + "accountNumber", blankToNull(accountNumber.get()));
        preferences.put(PREFERENCE_PREFIX + "status", status.get() == null ? null : status.get().name());
        preferences.put(PREFERENCE_PREFIX + "startDate", startDate.get() == null ? null : ApiDate.format(startDate.get()));
        preferences.put(PREFERENCE_PREFIX + "endDate", endDate.get() == null ? null : ApiDate.format(endDate.get()));
        preferences.put(PREFERENCE_PREFIX + "pageSize", String.valueOf(pageSize.get()));
        preferences.put(PREFERENCE_PREFIX + "sort", sort.get().toString());
    }

    private void restoreFilters() {
        preferences.get(PREFERENCE_PREFIX + "identityId").ifPresent(identityId::set);
        preferences.get(PREFERENCE_PREFIX + "accountNumber").ifPresent(accountNumber::set);
        preferences.get(PREFERENCE_PREFIX + "status").ifPresent(value -> status.set(knownStatus(value)));
        preferences.get(PREFERENCE_PREFIX + "startDate").ifPresent(value -> startDate.set(savedDate(value)));
        preferences.get(PREFERENCE_PREFIX + "endDate").ifPresent(value -> endDate.set(savedDate(value)));
        preferences.get(PREFERENCE_PREFIX + "pageSize").map(SessionsViewModel::savedPageSize).ifPresent(pageSize::set);
        preferences.get(PREFERENCE_PREFIX + "sort").map(SessionsViewModel::savedSort).ifPresent(sort::set);
        if (startDate.get() != null && endDate.get() != null && startDate.get().isAfter(endDate.get())) {
            // Each reads, but together they refuse every load: the table would stay empty with nothing to say why.
            startDate.set(null);
            endDate.set(null);
        }
    }

    /** A saved value that no longer reads (an older version wrote it) is dropped rather than failing the start. */
    private static CheckoutSessionStatus knownStatus(String value) {
        try {
            return CheckoutSessionStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate savedDate(String value) {
        try {
            return ApiDate.parse("saved date", value);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static Integer savedPageSize(String value) {
        return PAGE_SIZES.stream().filter(size -> String.valueOf(size).equals(value)).findFirst().orElse(50);
    }

    /** One the server would refuse (a field it does not sort sessions on) would fail every start, Retry included. */
    private static Sort savedSort(String value) {
        try {
            Sort saved = Sort.parse(value);
            return SORT_FIELDS.contains(saved.field()) ? saved : DEFAULT_SORT;
        } catch (InvalidInputException e) {
            return DEFAULT_SORT;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
