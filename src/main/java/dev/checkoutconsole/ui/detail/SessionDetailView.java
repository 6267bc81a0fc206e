package dev.checkoutconsole.ui.detail;

import dev.checkoutconsole.service.Money;
import dev.checkoutconsole.ui.common.BlockableActions;
import dev.checkoutconsole.ui.common.Cells;
import dev.checkoutconsole.ui.common.DialogService;
import dev.checkoutconsole.ui.common.EmptyState;
import dev.checkoutconsole.ui.common.ErrorBanner;
import dev.checkoutconsole.ui.common.FieldGrid;
import dev.checkoutconsole.ui.common.LoadState;
import dev.checkoutconsole.ui.common.StatusChips;
import dev.checkoutconsole.ui.common.TimelineView;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The detail pane of the selected session. Binds controls to {@link SessionDetailViewModel}. */
public final class SessionDetailView {
    private final SessionDetailViewModel viewModel;
    private final DialogService dialogs;

    @FXML private Label titleLabel;
    @FXML private VBox detailHeader;
    @FXML private TabPane tabs;
    @FXML private EmptyState noSessionState;
    @FXML private Button payButton;
    @FXML private Tooltip payTooltip;
    @FXML private Button refreshButton;
    @FXML private Tooltip refreshTooltip;
    @FXML private GridPane fieldsGrid;
    @FXML private GridPane customerGrid;
    @FXML private GridPane ownerGrid;
    @FXML private TableView<SessionDetailViewModel.ItemRow> itemsTable;
    @FXML private TableColumn<SessionDetailViewModel.ItemRow, String> itemDescriptionColumn;
    @FXML private TableColumn<SessionDetailViewModel.ItemRow, String> itemPreTaxColumn;
    @FXML private TableColumn<SessionDetailViewModel.ItemRow, String> itemTaxColumn;
    @FXML private TableColumn<SessionDetailViewModel.ItemRow, String> itemTaxAmountColumn;
    @FXML private TableColumn<SessionDetailViewModel.ItemRow, String> itemTotalColumn;
    @FXML private TableView<SessionDetailViewModel.MethodRow> methodsTable;
    @FXML private TableColumn<SessionDetailViewModel.MethodRow, String> methodCurrencyColumn;
    @FXML private TableColumn<SessionDetailViewModel.MethodRow, String> methodProductColumn;
    @FXML private TableColumn<SessionDetailViewModel.MethodRow, String> methodRateColumn;
    @FXML private TableColumn<SessionDetailViewModel.MethodRow, String> methodIdColumn;
    @FXML private TableColumn<SessionDetailViewModel.MethodRow, String> methodTypeColumn;
    @FXML private TableColumn<SessionDetailViewModel.MethodRow, String> methodEnabledColumn;
    @FXML private TableColumn<SessionDetailViewModel.MethodRow, String> methodAmountColumn;
    @FXML private TableColumn<SessionDetailViewModel.MethodRow, String> methodRequiredColumn;
    @FXML private TableView<SessionDetailViewModel.DestinationRow> destinationsTable;
    @FXML private TableColumn<SessionDetailViewModel.DestinationRow, String> destinationNameColumn;
    @FXML private TableColumn<SessionDetailViewModel.DestinationRow, String> destinationTypeColumn;
    @FXML private TableColumn<SessionDetailViewModel.DestinationRow, String> destinationAmountColumn;
    @FXML private TableColumn<SessionDetailViewModel.DestinationRow, String> destinationAccountColumn;
    @FXML private TableColumn<SessionDetailViewModel.DestinationRow, String> destinationHolderColumn;
    @FXML private TableColumn<SessionDetailViewModel.DestinationRow, String> destinationAccountTypeColumn;
    @FXML private Label paymentsStateLabel;
    @FXML private ErrorBanner paymentsError;
    @FXML private Button paymentsRetryButton;
    @FXML private ErrorBanner actionErrorBanner;
    @FXML private TableView<PaymentRow> paymentsTable;
    @FXML private Button flagRefundButton;
    @FXML private Tooltip flagRefundTooltip;
    @FXML private TableColumn<PaymentRow, String> paymentIdColumn;
    @FXML private TableColumn<PaymentRow, String> paymentStatusColumn;
    @FXML private TableColumn<PaymentRow, String> paymentTypeColumn;
    @FXML private TableColumn<PaymentRow, String> paymentTotalColumn;
    @FXML private TableColumn<PaymentRow, String> paymentPurchaseColumn;
    @FXML private TableColumn<PaymentRow, String> paymentRefundedColumn;
    @FXML private TableColumn<PaymentRow, String> paymentRefundingColumn;
    @FXML private TableColumn<PaymentRow, String> paymentMaxRefundableColumn;
    @FXML private GridPane paymentFieldsGrid;
    @FXML private TextArea rawJsonArea;
    @FXML private TimelineView sessionTimeline;

    public SessionDetailView(SessionDetailViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(viewModel.titleBinding());
        BlockableActions.bind(payButton, payTooltip, viewModel.payBlockedReasonBinding(), "Pay this session");
        BlockableActions.bind(refreshButton, refreshTooltip, viewModel.refreshBlockedReasonBinding(), "Extend the session's expiry");
        var nothingShown = viewModel.sessionProperty().isNull();
        // With nothing selected the pane says what to do, instead of an empty form; its actions are hidden with it.
        noSessionState.visibleProperty().bind(nothingShown);
        tabs.visibleProperty().bind(nothingShown.not());
        detailHeader.visibleProperty().bind(nothingShown.not());
        detailHeader.managedProperty().bind(detailHeader.visibleProperty());
        refill(fieldsGrid, viewModel.fields());
        refill(customerGrid, viewModel.customerFields());
        refill(ownerGrid, viewModel.ownerFields());
        bindItems();
        bindMethods();
        bindDestinations();
        bindPayments();
        rawJsonArea.textProperty().bind(viewModel.rawJsonProperty());
        sessionTimeline.setZone(viewModel.zone());
        sessionTimeline.setItems(viewModel.timeline());
    }

    private void refill(GridPane grid, ObservableList<dev.checkoutconsole.ui.common.DetailField> fields) {
        fields.addListener((ListChangeListener<dev.checkoutconsole.ui.common.DetailField>) change -> FieldGrid.fill(grid, fields, dialogs));
    }

    private void bindItems() {
        itemsTable.setItems(viewModel.items());
        itemsTable.setPlaceholder(new Label("No items"));
        itemDescriptionColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.ItemRow::description));
        itemPreTaxColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.ItemRow::preTaxAmount));
        itemTaxColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.ItemRow::tax));
        itemTaxAmountColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.ItemRow::taxAmount));
        itemTotalColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.ItemRow::totalAmount));
    }

    private void bindMethods() {
        methodsTable.setItems(viewModel.methods());
        methodsTable.setPlaceholder(new Label("No payment methods"));
        methodCurrencyColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.MethodRow::currency));
        methodProductColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.MethodRow::product));
        methodRateColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.MethodRow::exchangeRate));
        methodIdColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.MethodRow::methodId));
        methodTypeColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.MethodRow::type));
        methodEnabledColumn.setCellValueFactory(Cells.text(row -> row.enabled() ? "yes" : "no"));
        methodAmountColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.MethodRow::purchaseAmount));
        methodRequiredColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.MethodRow::requiredFields));
    }

    private void bindDestinations() {
        destinationsTable.setItems(viewModel.destinations());
        destinationsTable.setPlaceholder(new Label("No destinations"));
        destinationNameColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.DestinationRow::name));
        destinationTypeColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.DestinationRow::type));
        destinationAmountColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.DestinationRow::amount));
        destinationAccountColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.DestinationRow::accountNumber));
        destinationHolderColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.DestinationRow::accountHolder));
        destinationAccountTypeColumn.setCellValueFactory(Cells.text(SessionDetailViewModel.DestinationRow::accountType));
    }

    private void bindPayments() {
        paymentsTable.setItems(viewModel.payments());
        // Left blank: the state label above and the error banner say whether the payments are loading, failed or none.
        paymentsTable.setPlaceholder(new Label());
        paymentIdColumn.setCellValueFactory(Cells.text(row -> row.payment().id()));
        paymentStatusColumn.setCellValueFactory(Cells.text(row -> row.payment().status().raw()));
        paymentStatusColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String status, boolean empty) {
                super.updateItem(status, empty);
                setGraphic(empty || status == null ? null : StatusChips.chip(status));
            }
        });
        paymentTypeColumn.setCellValueFactory(Cells.text(row -> row.payment().type() == null ? "" : row.payment().type().raw()));
        paymentTotalColumn.setCellValueFactory(Cells.text(row -> Money.formatWithCurrency(row.payment().totalAmount(), row.payment().currency())));
        paymentPurchaseColumn.setCellValueFactory(Cells.text(row -> Money.formatWithCurrency(row.payment().purchaseAmount(), row.payment().purchaseCurrency())));
        paymentRefundedColumn.setCellValueFactory(Cells.text(row -> row.refundSummary() == null ? ""
                : Money.format(row.refundSummary().totalRefunded(), row.refundSummary().currency())));
        paymentRefundingColumn.setCellValueFactory(Cells.text(row -> row.refundSummary() == null ? ""
                : Money.format(row.refundSummary().totalInProgress(), row.refundSummary().currency())
                        + (row.refundSummary().inProgressCount() > 1 ? " (" + row.refundSummary().inProgressCount() + ")" : "")));
        paymentMaxRefundableColumn.setCellValueFactory(Cells.text(row -> row.refundSummary() != null
                ? Money.format(row.refundSummary().maxRefundable(), row.refundSummary().currency())
                : row.refundSummaryProblem() != null ? "unavailable" : "—"));
        paymentMaxRefundableColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String amount, boolean empty) {
                super.updateItem(amount, empty);
                PaymentRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : amount);
                setTooltip(row == null || row.refundSummaryProblem() == null ? null
                        : new Tooltip("The refund summary could not be read:\n" + row.refundSummaryProblem()));
            }
        });
        paymentsTable.getSelectionModel().selectedItemProperty().addListener((observable, old, row) ->
                FieldGrid.fill(paymentFieldsGrid, row == null ? List.of() : viewModel.paymentFields(row.payment()), dialogs));
        paymentsError.reportProperty().bind(viewModel.paymentsErrorProperty());
        paymentsRetryButton.visibleProperty().bind(viewModel.paymentsErrorProperty().isNotNull());
        paymentsRetryButton.managedProperty().bind(paymentsRetryButton.visibleProperty());
        actionErrorBanner.reportProperty().bind(viewModel.actionErrorProperty());
        viewModel.selectedPaymentProperty().bind(paymentsTable.getSelectionModel().selectedItemProperty());
        BlockableActions.bind(flagRefundButton, flagRefundTooltip, viewModel.flagBlockedReasonBinding(),
                "Flag this payment for a refund; someone else approves it");
        paymentsStateLabel.textProperty().bind(Bindings.createStringBinding(() -> switch (viewModel.paymentsStateProperty().get()) {
            case LOADING -> "Loading payments…";
            case EMPTY -> "This session has no payments.";
            case LOADED -> viewModel.payments().size() + " payment(s). Select one to see every field.";
            default -> "";
        }, viewModel.paymentsStateProperty(), viewModel.payments()));
        viewModel.payments().addListener((ListChangeListener<PaymentRow>) change -> {
            if (!viewModel.payments().isEmpty() && viewModel.paymentsStateProperty().get() != LoadState.LOADING) {
                paymentsTable.getSelectionModel().selectFirst();
            }
        });
    }

    @FXML
    private void pay() {
        viewModel.pay();
    }

    @FXML
    private void retryPayments() {
        viewModel.reloadPayments();
    }

    @FXML
    private void flagForRefund() {
        viewModel.flagForRefund();
    }

    @FXML
    private void refreshToken() {
        viewModel.refreshToken();
    }

    @FXML
    private void copyId() {
        viewModel.copyId();
    }

    @FXML
    private void copyToken() {
        viewModel.copyToken();
    }

    @FXML
    private void copySupportSummary() {
        viewModel.copySupportSummary();
    }

    @FXML
    private void openUrl() {
        viewModel.openUrl();
    }

    @FXML
    private void copyUrl() {
        viewModel.copyUrl();
    }
}
