package dev.checkoutconsole.ui.payment;

import dev.checkoutconsole.ui.common.DialogService;
import dev.checkoutconsole.ui.common.ErrorBanner;
import dev.checkoutconsole.ui.common.FieldGrid;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;

/**
 * The payment dialog. Its view-model is made for one session, so the app gives it before the FXML is loaded.
 * Submit stays disabled while the call is in flight, after a success, and while a payment without a clear answer
 * may exist.
 */
public final class PaymentDialogView {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("firstName", "First name"), Map.entry("lastName", "Last name"), Map.entry("email", "E-mail"),
            Map.entry("phoneNumber", "Phone number"), Map.entry("phoneNumberPrefix", "Phone prefix"),
            Map.entry("documentType", "Document type"), Map.entry("documentNumber", "Document number"),
            Map.entry("address.street", "Street"), Map.entry("address.streetNumber", "Street number"),
            Map.entry("address.city", "City / region"), Map.entry("address.country", "Country (alpha-3)"));

    private final PaymentDialogViewModel viewModel;
    private final DialogService dialogs;

    @FXML private Label headingLabel;
    @FXML private VBox form;
    @FXML private ComboBox<PaymentDialogViewModel.MethodChoice> methodBox;
    @FXML private TextField descriptionField;
    @FXML private Label customerHeading;
    @FXML private GridPane customerGrid;
    @FXML private Label notFillableLabel;
    @FXML private Label outcomeLabel;
    @FXML private ErrorBanner errorBanner;
    @FXML private VBox resultPane;
    @FXML private Label resultHeading;
    @FXML private Label sessionStatusLabel;
    @FXML private GridPane transactionGrid;
    @FXML private ProgressIndicator progress;
    @FXML private Label blockedReasonLabel;
    @FXML private Button submitButton;
    @FXML private Button closeButton;
    @FXML private Button checkAgainButton;

    public PaymentDialogView(PaymentDialogViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        headingLabel.setText(viewModel.heading());
        methodBox.setItems(viewModel.methods());
        methodBox.valueProperty().bindBidirectional(viewModel.methodProperty());
        descriptionField.textProperty().bindBidirectional(viewModel.descriptionProperty());
        int row = 0;
        for (Map.Entry<String, StringProperty> input : viewModel.customerInputs().entrySet()) {
            TextField field = new TextField();
            field.setId("customer-" + input.getKey());
            field.textProperty().bindBidirectional(input.getValue());
            customerGrid.addRow(row++, new Label(LABELS.getOrDefault(input.getKey(), input.getKey()) + " *"), field);
        }
        customerHeading.setVisible(row > 0);
        customerHeading.setManaged(row > 0);
        List<String> notFillable = viewModel.requirementsNotFillable();
        notFillableLabel.setText(notFillable.isEmpty() ? "" : "This session also asks for " + String.join(", ", notFillable)
                + ", which this console cannot fill in: the server may refuse the payment.");
        notFillableLabel.setVisible(!notFillable.isEmpty());
        notFillableLabel.setManaged(!notFillable.isEmpty());
        form.disableProperty().bind(viewModel.submittingProperty().or(viewModel.paymentProperty().isNotNull())
                .or(viewModel.outcomeUnknownProperty()));
        submitButton.disableProperty().bind(viewModel.submitDisabledBinding());
        // Closing mid-flight would hide the outcome of a payment that may still happen.
        closeButton.disableProperty().bind(viewModel.submittingProperty());
        checkAgainButton.visibleProperty().bind(viewModel.checkAgainOfferedBinding());
        checkAgainButton.managedProperty().bind(checkAgainButton.visibleProperty());
        progress.visibleProperty().bind(viewModel.submittingProperty().or(viewModel.checkingProperty()));
        outcomeLabel.textProperty().bind(viewModel.outcomeNoticeProperty());
        outcomeLabel.visibleProperty().bind(viewModel.outcomeNoticeProperty().isNotEmpty());
        outcomeLabel.managedProperty().bind(outcomeLabel.visibleProperty());
        blockedReasonLabel.textProperty().bind(Bindings.when(viewModel.paymentProperty().isNull())
                .then(Bindings.when(viewModel.submitBlockedReasonBinding().isNull()).then("")
                        .otherwise(viewModel.submitBlockedReasonBinding()))
                .otherwise(""));
        errorBanner.reportProperty().bind(viewModel.errorProperty());
        resultPane.visibleProperty().bind(viewModel.paymentProperty().isNotNull());
        resultPane.managedProperty().bind(resultPane.visibleProperty());
        // The result adds a section: grow the window to it, or Close would sit below the window's edge.
        resultPane.visibleProperty().addListener((observable, old, shown) -> {
            if (resultPane.getScene() != null && resultPane.getScene().getWindow() != null) {
                resultPane.getScene().getWindow().sizeToScene();
            }
        });
        resultHeading.textProperty().bind(Bindings.createStringBinding(() -> viewModel.paymentProperty().get() == null ? ""
                : "Payment " + viewModel.paymentProperty().get().id() + " is " + viewModel.paymentProperty().get().status(),
                viewModel.paymentProperty()));
        sessionStatusLabel.textProperty().bind(Bindings.concat("Session status now: ", viewModel.sessionStatusAfterProperty()));
        viewModel.transactionFields().addListener((ListChangeListener<dev.checkoutconsole.ui.common.DetailField>) change ->
                FieldGrid.fill(transactionGrid, viewModel.transactionFields(), dialogs));
    }

    @FXML
    private void submit() {
        viewModel.submit();
    }

    @FXML
    private void checkAgain() {
        viewModel.checkPayments();
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }
}
