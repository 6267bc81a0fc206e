package dev.checkoutconsole.ui.common;

import javafx.application.HostServices;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Optional;
import java.util.function.Supplier;

/** The real dialogs: modal alerts owned by the main window, and notifications that fade by themselves. */
public final class FxDialogService implements DialogService {
    private static final String NOTIFICATION_STYLES = FxDialogService.class.getResource("/css/notifications.css").toExternalForm();

    private final Supplier<Window> owner;
    private final HostServices hostServices;

    public FxDialogService(Supplier<Window> owner, HostServices hostServices) {
        this.owner = owner;
        this.hostServices = hostServices;
    }

    @Override
    public boolean confirm(String title, String message, String confirmButtonText) {
        ButtonType confirmButton = new ButtonType(confirmButtonText, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.CANCEL, confirmButton);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        // Enter must not confirm a destructive action by accident.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirmButton)).setDefaultButton(false);
        return alert.showAndWait().filter(confirmButton::equals).isPresent();
    }

    @Override
    public boolean confirmByTyping(String title, String message, String expected) {
        ButtonType confirmButton = new ButtonType("Confirm", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, null, ButtonType.CANCEL, confirmButton);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        TextField typed = new TextField();
        typed.setId("confirm-typing");
        typed.setPromptText(expected);
        Label text = new Label(message);
        text.setWrapText(true);
        VBox content = new VBox(10, text, typed);
        content.setPadding(new Insets(4, 0, 0, 0));
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().lookupButton(confirmButton).disableProperty()
                .bind(typed.textProperty().isNotEqualTo(expected));
        return alert.showAndWait().filter(confirmButton::equals).isPresent() && expected.equals(typed.getText());
    }

    @Override
    public Optional<String> askText(String title, String prompt) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(prompt);
        dialog.initOwner(owner.get());
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askSecret(String title, String prompt) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        PasswordField field = new PasswordField();
        field.setPromptText(prompt);
        VBox content = new VBox(8, new Label(prompt), field);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK && !field.getText().isBlank() ? field.getText() : null);
        dialog.setOnShown(event -> field.requestFocus());
        dialog.initOwner(owner.get());
        return dialog.showAndWait();
    }

    @Override
    public void notify(String message) {
        Window window = owner.get();
        if (window.getScene() != null && !window.getScene().getStylesheets().contains(NOTIFICATION_STYLES)) {
            window.getScene().getStylesheets().add(NOTIFICATION_STYLES);
        }
        Notifications.create()
                .owner(window)
                .text(message)
                .graphic(new FontIcon("mdal-info"))
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(4))
                .show();
    }

    @Override
    public void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public Optional<java.nio.file.Path> chooseFileToSave(String title, String suggestedName) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public void openInBrowser(String url) {
        hostServices.showDocument(url);
    }
}
