package dev.checkoutconsole.ui.httplog;

import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.service.CurlCommand;
import dev.checkoutconsole.service.HttpLog;
import dev.checkoutconsole.ui.common.BackgroundTask;
import dev.checkoutconsole.ui.common.DialogService;
import dev.checkoutconsole.ui.common.ErrorReport;
import dev.checkoutconsole.ui.common.ExchangeText;
import dev.checkoutconsole.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The HTTP log panel: every exchange the running console made, newest first, filtered by method, status and
 * path, with the selected one's request and answer (already redacted), copy as curl and export.
 * Exchanges arrive on the threads that made them; they queue up and reach the UI thread in batches, one hand-over
 * at a time, so a burst of calls never floods the UI thread.
 */
public final class HttpLogViewModel {
    /** Methods offered in the filter; blank means any. */
    public static final List<String> METHODS = List.of("", "GET", "POST", "PUT", "PATCH", "DELETE");
    /** Statuses offered in the filter; the field also takes an exact status such as 404. Blank means any. */
    public static final List<String> STATUSES = List.of("", "2xx", "3xx", "4xx", "5xx", "none");
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final HttpLog log;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;

    /** What the log keeps, newest first: a copy the UI thread owns, so filtering needs no lock. */
    private final ArrayDeque<HttpExchange> kept;
    private final ObservableList<HttpExchange> shown = FXCollections.observableArrayList();
    private final StringProperty method = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty path = new SimpleStringProperty("");
    private final ObjectProperty<HttpExchange> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper requestText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper responseText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ErrorReport> exportError = new ReadOnlyObjectWrapper<>();

    private final Queue<HttpExchange> arrived = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean handOverPending = new AtomicBoolean();
    /** Exchanges that were in the first snapshot and may also come through the listener; seen once, then dropped. */
    private Set<HttpExchange> inFirstSnapshot;

    public HttpLogViewModel(HttpLog log, TaskExecutor executor, DialogService dialogs, Clock clock) {
        this.log = log;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        this.kept = new ArrayDeque<>(log.capacity());
        log.onRecorded(this::arrive);
        List<HttpExchange> snapshot = log.snapshot();
        kept.addAll(snapshot);
        inFirstSnapshot = Collections.newSetFromMap(new IdentityHashMap<>());
        inFirstSnapshot.addAll(snapshot);
        method.addListener((observable, old, now) -> refilter());
        status.addListener((observable, old, now) -> refilter());
        path.addListener((observable, old, now) -> refilter());
        selected.addListener((observable, old, exchange) -> {
            requestText.set(exchange == null ? "" : ExchangeText.request(exchange));
            responseText.set(exchange == null ? "" : ExchangeText.response(exchange));
        });
        refilter();
    }

    /** The exchanges that pass the filters, newest first. */
    public ObservableList<HttpExchange> exchanges() {
        return shown;
    }

    public StringProperty methodProperty() {
        return method;
    }

    /** "2xx", "404", "none" (no answer) or blank. */
    public StringProperty statusProperty() {
        return status;
    }

    /** A piece of the path, e.g. "/refund"; blank means any. */
    public StringProperty pathProperty() {
        return path;
    }

    public ObjectProperty<HttpExchange> selectedProperty() {
        return selected;
    }

    /** The selected request: method, URL, headers (redacted), body. */
    public ReadOnlyStringProperty requestTextProperty() {
        return requestText.getReadOnlyProperty();
    }

    /** The selected answer: status, duration, traceId, headers (redacted), body. */
    public ReadOnlyStringProperty responseTextProperty() {
        return responseText.getReadOnlyProperty();
    }

    /** "12 of 340 exchanges shown · the last 1,000 are kept". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** Why the last export failed, shown in the panel; cleared when the next one starts. */
    public ReadOnlyObjectProperty<ErrorReport> exportErrorProperty() {
        return exportError.getReadOnlyProperty();
    }

    public BooleanBinding nothingSelectedBinding() {
        return selected.isNull();
    }

    public BooleanBinding exportDisabledBinding() {
        return Bindings.isEmpty(shown).or(exporting);
    }

    public void clearFilters() {
        method.set("");
        status.set("");
        path.set("");
    }

    /** The selected request as a curl command whose secrets are shell variables; null when nothing is selected. */
    public String curlCommand() {
        return selected.get() == null ? null : CurlCommand.of(selected.get());
    }

    public void copyAsCurl() {
        String command = curlCommand();
        if (command != null) {
            dialogs.copyToClipboard(command);
            dialogs.notify("Copied as curl: set CONOMY_API_KEY and CONOMY_ACCESS_TOKEN in the shell to run it");
        }
    }

    /** Writes the exchanges shown (filters applied) to a JSON Lines file the user picks. */
    public void export() {
        if (shown.isEmpty() || exporting.get()) {
            return;
        }
        List<HttpExchange> toWrite = List.copyOf(shown);
        dialogs.chooseFileToSave("Export the HTTP log", "http-log-" + FILE_STAMP.format(clock.instant()) + ".jsonl")
                .ifPresent(target -> export(toWrite, target));
    }

    private void export(List<HttpExchange> toWrite, Path target) {
        exporting.set(true);
        exportError.set(null);
        executor.execute(BackgroundTask.of(cancel -> {
                    try {
                        HttpLog.export(toWrite, target);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Could not write " + target + ": " + e.getMessage(), e);
                    }
                    return target;
                })
                .onSuccess(written -> dialogs.notify("Exported " + toWrite.size() + " exchange(s) to " + written))
                .onFailure(failure -> exportError.set(ErrorReport.of(failure)))
                .whenDone(() -> exporting.set(false)));
    }

    /** Called on the thread that made the call: queue it, and ask for one hand-over unless one is already pending. */
    private void arrive(HttpExchange exchange) {
        arrived.add(exchange);
        if (handOverPending.compareAndSet(false, true)) {
            executor.onUiThread(this::handOver);
        }
    }

    /** On the UI thread: takes everything that arrived since the last hand-over and shows it in one change. */
    private void handOver() {
        handOverPending.set(false);
        List<HttpExchange> batch = new ArrayList<>();
        for (HttpExchange exchange = arrived.poll(); exchange != null; exchange = arrived.poll()) {
            if (inFirstSnapshot == null || !inFirstSnapshot.remove(exchange)) {
                batch.add(exchange);
            }
        }
        inFirstSnapshot = null;
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() >= log.capacity()) {
            // Only the newest of so many can still be in the log: show those, and nothing older.
            kept.clear();
            batch.subList(batch.size() - log.capacity(), batch.size()).forEach(kept::addFirst);
            refilter();
            return;
        }
        HttpLog.Filter filter = filter();
        List<HttpExchange> newestFirstMatches = new ArrayList<>();
        List<HttpExchange> dropped = new ArrayList<>();
        for (HttpExchange exchange : batch) {
            kept.addFirst(exchange);
            if (kept.size() > log.capacity()) {
                dropped.add(kept.removeLast());
            }
            if (filter.matches(exchange)) {
                newestFirstMatches.add(exchange);
            }
        }
        Collections.reverse(newestFirstMatches);
        // The dropped ones are the oldest, so any still shown are at the end of the list, oldest last.
        int keep = shown.size();
        for (HttpExchange gone : dropped) {
            if (keep > 0 && shown.get(keep - 1) == gone) {
                keep--;
            }
        }
        if (keep < shown.size()) {
            shown.remove(keep, shown.size());
        }
        shown.addAll(0, newestFirstMatches);
        updateCount();
    }

    private void refilter() {
        HttpLog.Filter filter = filter();
        shown.setAll(kept.stream().filter(filter::matches).toList());
        if (selected.get() != null && !shown.contains(selected.get())) {
            selected.set(null);
        }
        updateCount();
    }

    private HttpLog.Filter filter() {
        return new HttpLog.Filter(method.get(), status.get(), path.get());
    }

    private void updateCount() {
        countText.set(shown.size() + " of " + kept.size() + " exchange(s) shown · the last "
                + String.format("%,d", log.capacity()) + " are kept");
    }
}
