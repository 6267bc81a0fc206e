package dev.checkoutconsole.ui.audit;

import dev.checkoutconsole.service.AuditAction;
import dev.checkoutconsole.service.AuditEntry;
import dev.checkoutconsole.service.AuditFilter;
import dev.checkoutconsole.service.AuditOutcome;
import dev.checkoutconsole.service.AuditTrail;
import dev.checkoutconsole.service.CsvExports;
import dev.checkoutconsole.ui.common.BackgroundTask;
import dev.checkoutconsole.ui.common.CsvExportRun;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail, newest first, a page at a time ("Load more"), with filters on the day (local), the action (or a
 * family of actions), the operator and the outcome; and its CSV export. It reads the trail again on refresh, which
 * the app asks for whenever the Audit tab is shown, so new entries appear.
 */
public final class AuditViewModel {
    public static final int PAGE = 200;

    private final AuditTrail audit;
    private final TaskExecutor executor;
    private final ZoneId zone;

    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    private final StringProperty action = new SimpleStringProperty();
    private final StringProperty operator = new SimpleStringProperty("");
    private final ObjectProperty<AuditOutcome> outcome = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper();
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper moreAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<LoadState> loadState = new ReadOnlyObjectWrapper<>(LoadState.IDLE);
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>();
    private final CsvExportRun export;
    private AuditFilter applied = AuditFilter.ALL;
    private int shown = PAGE;

    public AuditViewModel(AuditTrail audit, TaskExecutor executor, DialogService dialogs, ZoneId zone) {
        this.audit = audit;
        this.executor = executor;
        this.zone = zone;
        this.export = new CsvExportRun(executor, dialogs);
    }

    /** The action filter's choices: every action, then each family ("refund-review." is every review step). */
    public static List<String> actionChoices() {
        List<String> choices = new ArrayList<>();
        for (AuditAction known : AuditAction.values()) {
            choices.add(known.code());
        }
        for (AuditAction known : AuditAction.values()) {
            String family = known.code().substring(0, known.code().indexOf('.') + 1);
            if (!choices.contains(family)) {
                choices.add(family);
            }
        }
        return choices;
    }

    /** The first local day, inclusive; null for no bound. */
    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    /** The last local day, inclusive; null for no bound. */
    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    /** An action code, or a family ending in '.'; null or blank for any. */
    public StringProperty actionProperty() {
        return action;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    public ObjectProperty<AuditOutcome> outcomeProperty() {
        return outcome;
    }

    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError.getReadOnlyProperty();
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    /** True when the filters match more entries than are shown. */
    public ReadOnlyBooleanProperty moreAvailableProperty() {
        return moreAvailable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LoadState> loadStateProperty() {
        return loadState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "200 entries, newest first · more below" or "12 entries". */
    public StringBinding summaryBinding() {
        return Bindings.createStringBinding(() -> entries.size() + (entries.size() == 1 ? " entry" : " entries") + ", newest first"
                + (moreAvailable.get() ? " · more with Load more" : ""), entries, moreAvailable);
    }

    /** Applies the filters from the first page; a bad filter is named and nothing is read. */
    public void apply() {
        if (since.get() != null && until.get() != null && until.get().isBefore(since.get())) {
            filterError.set("until: must not be before since (" + since.get() + ")");
            return;
        }
        filterError.set(null);
        applied = new AuditFilter(startOf(since.get()), until.get() == null ? null : startOf(until.get().plusDays(1)),
                action.get(), operator.get(), null, outcome.get());
        shown = PAGE;
        refresh();
    }

    public void reset() {
        since.set(null);
        until.set(null);
        action.set(null);
        operator.set("");
        outcome.set(null);
        apply();
    }

    /** Reads the trail again with the applied filters, as many entries as are shown, so new ones appear on top. */
    public void refresh() {
        AuditFilter filter = applied;
        int limit = shown;
        loadState.set(LoadState.LOADING);
        error.set(null);
        // One more than shown tells whether there is more, without counting the whole trail.
        executor.execute(BackgroundTask.of(cancel -> audit.list(filter, limit + 1))
                .onSuccess(found -> {
                    moreAvailable.set(found.size() > limit);
                    entries.setAll(found.size() > limit ? found.subList(0, limit) : found);
                    loadState.set(entries.isEmpty() ? LoadState.EMPTY : LoadState.LOADED);
                })
                .onFailure(failure -> {
                    error.set(ErrorReport.of(failure));
                    loadState.set(LoadState.ERROR);
                }));
    }

    /** Shows the next page of older entries. */
    public void loadMore() {
        if (moreAvailable.get()) {
            shown += PAGE;
            refresh();
        }
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    /** Exports every entry the applied filters match (not only those shown) to a CSV file the user chooses. */
    public void exportCsv() {
        AuditFilter filter = applied;
        export.start("Export the audit trail", "audit-trail.csv",
                (target, progress, cancel) -> CsvExports.auditTrail(audit, filter, target, progress, cancel));
    }

    public CsvExportRun export() {
        return export;
    }
}
