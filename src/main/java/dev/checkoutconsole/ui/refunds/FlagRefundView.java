package dev.checkoutconsole.ui.refunds;

import dev.checkoutconsole.service.RefundReason;
import dev.checkoutconsole.service.RefundReview;
import dev.checkoutconsole.ui.common.ErrorBanner;
import dev.checkoutconsole.ui.common.FieldDecorations;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import java.util.function.Consumer;

/** The Flag for refund dialog: fields marked inline as they are filled, Flag enabled only for a valid form. */
public final class FlagRefundView {
    private final FlagRefundViewModel viewModel;
    private final FieldDecorations decorations = new FieldDecorations();
    private Consumer<RefundReview> onFlagged = review -> { };

    @FXML private Label subtitleLabel;
    @FXML private ComboBox<RefundReason> reasonBox;
    @FXML private TextField amountField;
    @FXML private Label currencyLabel;
    @FXML private TextArea noteArea;
    @FXML private ErrorBanner flagErrorBanner;
    @FXML private ProgressIndicator flagProgress;
    @FXML private Button flagButton;

    public FlagRefundView(FlagRefundViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        subtitleLabel.setText(viewModel.subtitle());
        currencyLabel.setText(viewModel.currency());
        reasonBox.getItems().setAll(RefundReason.values());
        reasonBox.valueProperty().bindBidirectional(viewModel.reasonProperty());
        amountField.textProperty().bindBidirectional(viewModel.amountProperty());
        noteArea.textProperty().bindBidirectional(viewModel.noteProperty());
        decorations.decorate(reasonBox, viewModel.reasonError());
        decorations.decorate(amountField, viewModel.amountError());
        decorations.decorate(noteArea, viewModel.noteError());
        flagButton.disableProperty().bind(viewModel.flagDisabledBinding());
        flagProgress.visibleProperty().bind(viewModel.flaggingProperty());
        flagErrorBanner.reportProperty().bind(viewModel.errorProperty());
        viewModel.flaggedProperty().addListener((observable, old, flagged) -> {
            if (flagged != null) {
                onFlagged.accept(flagged);
            }
        });
    }

    /** Called with the review made; the caller closes the dialog. */
    public void onFlagged(Consumer<RefundReview> handler) {
        this.onFlagged = handler;
    }

    @FXML
    private void flag() {
        viewModel.flag();
    }

    @FXML
    private void cancel() {
        flagButton.getScene().getWindow().hide();
    }
}
