package dev.checkoutconsole.ui.refunds;

import atlantafx.base.controls.CustomTextField;
import dev.checkoutconsole.service.Money;
import dev.checkoutconsole.service.RefundReview;
import dev.checkoutconsole.service.ReviewState;
import dev.checkoutconsole.service.ReviewStep;
import dev.checkoutconsole.ui.common.ApiDateInput;
import dev.checkoutconsole.ui.common.BlockableActions;
import dev.checkoutconsole.ui.common.Cells;
import dev.checkoutconsole.ui.common.DetailField;
import dev.checkoutconsole.ui.common.DialogService;
import dev.checkoutconsole.ui.common.EmptyState;
import dev.checkoutconsole.ui.common.ErrorBanner;
import dev.checkoutconsole.ui.common.ExportBar;
import dev.checkoutconsole.ui.common.FieldGrid;
import dev.checkoutconsole.ui.common.LoadState;
import dev.checkoutconsole.ui.common.StatusChips;
import dev.checkoutconsole.ui.common.Times;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import java.time.Instant;
import java.time.ZoneId;

/** The refund review queue: filters, counts, table, the selected review with its actions and history. */
public final class RefundQueueView {
    private final RefundQueueViewModel viewModel;
    private final DialogService dialogs;
    private final ZoneId zone;
    private boolean syncingSelection;

    @FXML private FlowPane queueFilterBar;
    @FXML private ComboBox<ReviewState> queueStateBox;
    @FXML private CustomTextField queueOperatorField;
    @FXML private DatePicker queueFromPicker;
    @FXML private DatePicker queueToPicker;
    private ApiDateInput fromInput;
    private ApiDateInput toInput;
    @FXML private TextField queueCurrencyField;
    @FXML private Label queueFilterErrorLabel;
    @FXML private Label queueTruncatedLabel;
    @FXML private FlowPane countsPane;
    @FXML private ExportBar queueExportBar;
    @FXML private ErrorBanner queueExportError;
    @FXML private TableView<RefundReview> queueTable;
    @FXML private TableColumn<RefundReview, String> reviewIdColumn;
    @FXML private TableColumn<RefundReview, String> stateColumn;
    @FXML private TableColumn<RefundReview, String> paymentColumn;
    @FXML private TableColumn<RefundReview, String> amountColumn;
    @FXML private TableColumn<RefundReview, String> reasonColumn;
    @FXML private TableColumn<RefundReview, String> flaggedByColumn;
    @FXML private TableColumn<RefundReview, Instant> flaggedAtColumn;
    @FXML private TableColumn<RefundReview, Instant> updatedColumn;
    @FXML private EmptyState queueEmptyState;
    @FXML private Label reviewTitleLabel;
    @FXML private Label actingAsLabel;
    @FXML private Button approveButton;
    @FXML private Tooltip approveTooltip;
    @FXML private Button rejectButton;
    @FXML private Tooltip rejectTooltip;
    @FXML private Button refreshStatusButton;
    @FXML private Tooltip refreshStatusTooltip;
    @FXML private Button reconcileButton;
    @FXML private Tooltip reconcileTooltip;
    @FXML private ErrorBanner queueErrorBanner;
    @FXML private GridPane reviewFieldsGrid;
    @FXML private TableView<ReviewStep> historyTable;
    @FXML private TableColumn<ReviewStep, Instant> historyAtColumn;
    @FXML private TableColumn<ReviewStep, String> historyOperatorColumn;
    @FXML private TableColumn<ReviewStep, String> historyChangeColumn;
    @FXML private TableColumn<ReviewStep, String> historyCommentColumn;

    public RefundQueueView(RefundQueueViewModel viewModel, DialogService dialogs, ZoneId zone) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        bindFilters();
        bindTable();
        bindSelected();
        bindActions();
        bindExport();
    }

    private void bindFilters() {
        queueStateBox.getItems().add(null);
        queueStateBox.getItems().addAll(ReviewState.values());
        queueStateBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReviewState state) {
                return state == null ? "Any state" : RefundQueueViewModel.label(state);
            }

            @Override
            public ReviewState fromString(String text) {
                return null;
            }
        });
        queueStateBox.valueProperty().bindBidirectional(viewModel.stateProperty());
        queueOperatorField.textProperty().bindBidirectional(viewModel.operatorProperty());
        fromInput = new ApiDateInput(queueFromPicker, "from date", dialogs::notify);
        toInput = new ApiDateInput(queueToPicker, "to date", dialogs::notify);
        queueFromPicker.valueProperty().bindBidirectional(viewModel.fromDateProperty());
        queueToPicker.valueProperty().bindBidirectional(viewModel.toDateProperty());
        queueCurrencyField.textProperty().bindBidirectional(viewModel.currencyProperty());
        queueFilterBar.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                apply();
                event.consume();
            }
        });
        queueFilterErrorLabel.textProperty().bind(viewModel.filterErrorProperty());
        queueFilterErrorLabel.visibleProperty().bind(viewModel.filterErrorProperty().isNotNull());
        queueFilterErrorLabel.managedProperty().bind(queueFilterErrorLabel.visibleProperty());
        queueTruncatedLabel.setText("Showing the newest " + RefundQueueViewModel.LIMIT
                + " reviews: narrow the filters, or export to get every one");
        queueTruncatedLabel.visibleProperty().bind(viewModel.truncatedProperty());
        queueTruncatedLabel.managedProperty().bind(viewModel.truncatedProperty());
        viewModel.counts().addListener((MapChangeListener<ReviewState, Integer>) change -> showCounts());
        showCounts();
    }

    private void showCounts() {
        countsPane.getChildren().clear();
        for (ReviewState state : ReviewState.values()) {
            Label chip = StatusChips.chip(state.name());
            chip.setText(RefundQueueViewModel.label(state) + " " + viewModel.counts().getOrDefault(state, 0));
            chip.setId("count-" + state.name());
            countsPane.getChildren().add(chip);
        }
    }

    private void bindTable() {
        queueTable.setItems(viewModel.items());
        queueTable.setPlaceholder(new Label(""));
        reviewIdColumn.setCellValueFactory(Cells.text(r -> String.valueOf(r.id())));
        stateColumn.setCellValueFactory(Cells.text(r -> r.state().name()));
        stateColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String state, boolean empty) {
                super.updateItem(state, empty);
                setGraphic(empty || state == null ? null : StatusChips.chip(state));
                setText(null);
            }
        });
        paymentColumn.setCellValueFactory(Cells.text(RefundReview::paymentId));
        amountColumn.setCellValueFactory(Cells.text(r -> Money.formatWithCurrency(r.amount(), r.currency())));
        reasonColumn.setCellValueFactory(Cells.text(r -> r.reason().code()));
        flaggedByColumn.setCellValueFactory(Cells.text(RefundReview::flaggedBy));
        flaggedAtColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().flaggedAt()));
        flaggedAtColumn.setCellFactory(column -> timeCell());
        updatedColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().updatedAt()));
        updatedColumn.setCellFactory(column -> timeCell());
        queueEmptyState.visibleProperty().bind(viewModel.loadStateProperty().isEqualTo(LoadState.EMPTY));
        queueTable.getSelectionModel().selectedItemProperty().addListener((observable, old, review) -> {
            if (!syncingSelection) {
                viewModel.selectedProperty().set(review);
            }
        });
        // After a reload or an action the view-model keeps the same review selected; the table follows it.
        viewModel.selectedProperty().addListener((observable, old, review) -> selectInTable(review));
        viewModel.items().addListener((ListChangeListener<RefundReview>) change -> selectInTable(viewModel.selectedProperty().get()));
    }

    private void selectInTable(RefundReview review) {
        syncingSelection = true;
        try {
            if (review == null) {
                queueTable.getSelectionModel().clearSelection();
            } else {
                viewModel.items().stream().filter(r -> r.id() == review.id()).findFirst()
                        .ifPresent(row -> queueTable.getSelectionModel().select(row));
            }
        } finally {
            syncingSelection = false;
        }
    }

    private <R> TableCell<R, Instant> timeCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(Instant instant, boolean empty) {
                super.updateItem(instant, empty);
                setText(empty || instant == null ? null : Times.local(instant, zone));
                setTooltip(empty || instant == null ? null : new Tooltip(Times.utc(instant)));
            }
        };
    }

    private void bindSelected() {
        reviewTitleLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            RefundReview review = viewModel.selectedProperty().get();
            return review == null ? "Select a review" : "Review #" + review.id() + " · " + review.formattedAmount() + " · " + review.state();
        }, viewModel.selectedProperty()));
        actingAsLabel.textProperty().bind(Bindings.concat("Acting as ", viewModel.currentOperatorProperty(),
                "; approving or rejecting must be someone other than who flagged"));
        viewModel.details().addListener((ListChangeListener<DetailField>) change ->
                FieldGrid.fill(reviewFieldsGrid, viewModel.details(), dialogs));
        historyTable.setItems(viewModel.history());
        historyTable.setPlaceholder(new Label("Select a review to see its history"));
        historyAtColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().at()));
        historyAtColumn.setCellFactory(column -> timeCell());
        historyOperatorColumn.setCellValueFactory(Cells.text(ReviewStep::operator));
        historyChangeColumn.setCellValueFactory(Cells.text(RefundQueueView::change));
        historyCommentColumn.setCellValueFactory(Cells.text(ReviewStep::comment));
        // The steps' texts are longer than the pane is wide: each row says all of it on hover.
        historyTable.setRowFactory(table -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ReviewStep step, boolean empty) {
                super.updateItem(step, empty);
                setTooltip(empty || step == null ? null : new Tooltip(Times.localWithUtc(step.at(), zone) + " · " + step.operator()
                        + "\n" + change(step) + (step.comment() == null ? "" : "\n" + step.comment())));
            }
        });
        queueErrorBanner.reportProperty().bind(viewModel.errorProperty());
    }

    /** "TO_CHECK → APPROVED", or "flagged → TO_CHECK" for the first step. */
    private static String change(ReviewStep step) {
        return (step.from() == null ? "flagged" : step.from().name()) + " → " + step.to();
    }

    private void bindActions() {
        BlockableActions.bind(approveButton, approveTooltip, viewModel.approveBlockedReasonBinding(), "Approve and send the refund, once");
        BlockableActions.bind(rejectButton, rejectTooltip, viewModel.rejectBlockedReasonBinding(), "Reject the flag, with a reason");
        BlockableActions.bind(refreshStatusButton, refreshStatusTooltip, viewModel.refreshBlockedReasonBinding(), "Read the refund's status from the server");
        BlockableActions.bind(reconcileButton, reconcileTooltip, viewModel.reconcileBlockedReasonBinding(),
                "Ask the server whether the refund was made; never sends a second one");
    }

    private void bindExport() {
        queueExportBar.bind(viewModel.export(), "Export every review the filters match to a CSV file", viewModel::exportCsv);
        queueExportError.reportProperty().bind(viewModel.export().errorProperty());
    }

    @FXML
    public void apply() {
        if (fromInput.commit() && toInput.commit()) {
            viewModel.apply();
        }
    }

    @FXML
    private void reset() {
        viewModel.reset();
    }

    @FXML
    public void reload() {
        viewModel.reload();
    }

    @FXML
    private void approve() {
        viewModel.approve();
    }

    @FXML
    private void reject() {
        viewModel.reject();
    }

    @FXML
    private void refreshStatus() {
        viewModel.refreshStatus();
    }

    @FXML
    private void reconcile() {
        viewModel.reconcile();
    }
}
