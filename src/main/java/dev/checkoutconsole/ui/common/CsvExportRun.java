package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.CsvExports;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * One CSV export of a view at a time: asks where to save, runs the export in the background with its progress
 * (rows written, and a fraction once the total is known), and lets the user cancel it. The export itself streams
 * (service.CsvExports), so memory stays flat; a cancelled or failed export leaves the chosen file as it was.
 */
public final class CsvExportRun {
    /** An export of one view's rows to a file; returns the rows written. */
    @FunctionalInterface
    public interface Export {
        long to(Path target, CsvExports.Progress progress, Cancellation cancellation) throws IOException;
    }

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper rowsWritten = new ReadOnlyLongWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>();
    private volatile Cancellation inFlight;

    public CsvExportRun(TaskExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Asks for the file, then exports to it; nothing happens while an export runs or when the user cancels the question. */
    public void start(String title, String suggestedName, Export export) {
        if (running.get()) {
            return;
        }
        dialogs.chooseFileToSave(title, suggestedName).ifPresent(target -> run(target, export));
    }

    private void run(Path target, Export export) {
        running.set(true);
        rowsWritten.set(0);
        progress.set(-1);
        error.set(null);
        status.set("Exporting to " + target.getFileName() + "…");
        executor.execute(BackgroundTask.of(cancel -> {
                    inFlight = cancel;
                    try {
                        return export.to(target, (done, total) -> executor.onUiThread(() -> showProgress(done, total)), cancel);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .onSuccess(rows -> {
                    status.set("Exported " + rows(rows) + " to " + target);
                    dialogs.notify("Exported " + rows(rows) + " to " + target.getFileName());
                })
                .onFailure(failure -> {
                    Throwable cause = failure instanceof UncheckedIOException io ? io.getCause() : failure;
                    error.set(ErrorReport.of(cause));
                    status.set("Export failed; " + target.getFileName() + " was left as it was");
                })
                .whenDone(() -> {
                    if (inFlight != null && inFlight.isCancelled()) {
                        status.set("Export cancelled after " + rows(rowsWritten.get()) + "; " + target.getFileName()
                                + " was left as it was");
                    }
                    inFlight = null;
                    running.set(false);
                }));
    }

    private void showProgress(long done, long total) {
        rowsWritten.set(done);
        progress.set(total > 0 ? Math.min(1.0, (double) done / total) : -1);
        status.set("Exported " + (total > 0 ? done + " of " + rows(total) : rows(done)) + "…");
    }

    private static String rows(long count) {
        return count + (count == 1 ? " row" : " rows");
    }

    /** Stops the export between rows; the target file is not touched. */
    public void cancel() {
        Cancellation running = inFlight;
        if (running != null) {
            running.cancel();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty rowsWrittenProperty() {
        return rowsWritten.getReadOnlyProperty();
    }

    /** The fraction done, or -1 (indeterminate) while the total is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
