package dev.checkoutconsole.ui.common;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.checkoutconsole.api.model.ApiError;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An error shown inline where it happened: what went wrong and, for an API error, its status, code, type, detail
 * and traceId, with a button that copies all of it for support. Hidden while there is no error. Never a stack trace.
 */
public final class ErrorBanner extends VBox {
    private final ObjectProperty<ErrorReport> report = new SimpleObjectProperty<>();
    private final Message message = new Message();
    private final Button copyButton = new Button("Copy details", new FontIcon("mdal-content_copy"));

    public ErrorBanner() {
        getStyleClass().add("error-banner");
        setSpacing(6);
        message.getStyleClass().add(Styles.DANGER);
        message.setGraphic(new FontIcon("mdal-error_outline"));
        copyButton.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
        copyButton.setOnAction(event -> copy());
        HBox actions = new HBox(8, copyButton);
        actions.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(message, Priority.ALWAYS);
        getChildren().addAll(message, actions);
        visibleProperty().bind(report.isNotNull());
        managedProperty().bind(visibleProperty());
        report.addListener((observable, old, shown) -> {
            if (shown != null) {
                message.setTitle(shown.headline());
                message.setDescription(describe(shown));
            }
        });
    }

    public ObjectProperty<ErrorReport> reportProperty() {
        return report;
    }

    /** The banner's text: for an API error one line each for the HTTP status, code and type, detail and traceId. */
    static String describe(ErrorReport report) {
        if (report.apiError() == null) {
            return report.message() + (report.kind() == ErrorReport.Kind.UNREACHABLE ? "\nCheck the connection, then retry." : "");
        }
        var error = report.apiError();
        return "HTTP " + error.status() + " · " + ApiError.orDash(error.type()) + " (code " + ApiError.orDash(error.code()) + ")\n"
                + ApiError.orDash(error.detail()) + "\ntraceId: " + ApiError.orDash(error.traceId());
    }

    private void copy() {
        if (report.get() != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(report.get().copyText());
            Clipboard.getSystemClipboard().setContent(content);
            copyButton.setText("Copied");
        }
    }
}
