package dev.checkoutconsole.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A view's "Export CSV" button with the running export's progress bar, status and Cancel, all following one
 * {@link CsvExportRun}. The button is disabled while an export runs, so one view never writes two files at once.
 */
public final class ExportBar extends HBox {
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final Button cancel = new Button("Cancel");
    private final Button export = new Button("Export CSV", new FontIcon("mdmz-save_alt"));

    public ExportBar() {
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        progress.setPrefWidth(140);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        cancel.getStyleClass().add(Styles.BUTTON_OUTLINED);
        getChildren().addAll(progress, status, cancel, export);
    }

    /** Follows the export run; {@code onExport} starts one (it asks for the file first). */
    public void bind(CsvExportRun run, String tooltip, Runnable onExport) {
        progress.progressProperty().bind(run.progressProperty());
        for (var node : new javafx.scene.Node[] {progress, cancel}) {
            node.visibleProperty().bind(run.runningProperty());
            node.managedProperty().bind(run.runningProperty());
        }
        status.textProperty().bind(run.statusProperty());
        export.disableProperty().bind(run.runningProperty());
        export.setTooltip(new Tooltip(tooltip));
        export.setOnAction(event -> onExport.run());
        cancel.setOnAction(event -> run.cancel());
    }
}
