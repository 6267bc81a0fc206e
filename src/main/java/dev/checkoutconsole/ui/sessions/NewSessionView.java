package dev.checkoutconsole.ui.sessions;

import dev.checkoutconsole.ui.common.ErrorBanner;
import dev.checkoutconsole.ui.common.FieldDecorations;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The New session dialog: fields marked inline as they are typed, Create enabled only for a valid form. */
public final class NewSessionView {
    private final NewSessionViewModel viewModel;
    private final FieldDecorations decorations = new FieldDecorations();

    @FXML private TextField checkoutTokenField;
    @FXML private TextField currencyField;
    @FXML private TextField durationField;
    @FXML private TextField successUrlField;
    @FXML private TextField failedUrlField;
    @FXML private TextField firstNameField;
    @FXML private TextField lastNameField;
    @FXML private TextField emailField;
    @FXML private TextField documentTypeField;
    @FXML private TextField documentNumberField;
    @FXML private ErrorBanner errorBanner;
    @FXML private ProgressIndicator progress;
    @FXML private Button createButton;
    @FXML private Button cancelButton;

    public NewSessionView(NewSessionViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        checkoutTokenField.textProperty().bindBidirectional(viewModel.checkoutTokenProperty());
        currencyField.textProperty().bindBidirectional(viewModel.currencyProperty());
        durationField.textProperty().bindBidirectional(viewModel.durationProperty());
        successUrlField.textProperty().bindBidirectional(viewModel.successUrlProperty());
        failedUrlField.textProperty().bindBidirectional(viewModel.failedUrlProperty());
        firstNameField.textProperty().bindBidirectional(viewModel.firstNameProperty());
        lastNameField.textProperty().bindBidirectional(viewModel.lastNameProperty());
        emailField.textProperty().bindBidirectional(viewModel.emailProperty());
        documentTypeField.textProperty().bindBidirectional(viewModel.documentTypeProperty());
        documentNumberField.textProperty().bindBidirectional(viewModel.documentNumberProperty());
        decorations.decorate(checkoutTokenField, viewModel.checkoutTokenError());
        decorations.decorate(currencyField, viewModel.currencyError());
        decorations.decorate(durationField, viewModel.durationError());
        decorations.decorate(successUrlField, viewModel.successUrlError());
        decorations.decorate(failedUrlField, viewModel.failedUrlError());
        decorations.decorate(emailField, viewModel.emailError());
        createButton.disableProperty().bind(viewModel.createDisabledBinding());
        progress.visibleProperty().bind(viewModel.creatingProperty());
        errorBanner.reportProperty().bind(viewModel.errorProperty());
        cancelButton.disableProperty().bind(viewModel.creatingProperty());
    }

    @FXML
    private void create() {
        viewModel.create();
    }

    @FXML
    private void cancel() {
        Window window = createButton.getScene().getWindow();
        window.hide();
    }
}
