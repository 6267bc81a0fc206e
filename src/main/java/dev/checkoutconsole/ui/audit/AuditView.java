package dev.checkoutconsole.ui.audit;

import atlantafx.base.controls.CustomTextField;
import dev.checkoutconsole.service.AuditEntry;
import dev.checkoutconsole.service.AuditOutcome;
import dev.checkoutconsole.ui.common.ApiDateInput;
import dev.checkoutconsole.ui.common.Cells;
import dev.checkoutconsole.ui.common.DialogService;
import dev.checkoutconsole.ui.common.EmptyState;
import dev.checkoutconsole.ui.common.ErrorBanner;
import dev.checkoutconsole.ui.common.ExportBar;
import dev.checkoutconsole.ui.common.LoadState;
import dev.checkoutconsole.ui.common.Times;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;

/** The audit trail: filters, the table of entries (local time, UTC on hover), Load more, and the CSV export. */
public final class AuditView {
    private final AuditViewModel viewModel;
    private final DialogService dialogs;
    private final ZoneId zone;

    @FXML private FlowPane auditFilterBar;
    @FXML private DatePicker auditSincePicker;
    @FXML private DatePicker auditUntilPicker;
    private ApiDateInput sinceInput;
    private ApiDateInput untilInput;
    @FXML private ComboBox<String> auditActionBox;
    @FXML private CustomTextField auditOperatorField;
    @FXML private ComboBox<AuditOutcome> auditOutcomeBox;
    @FXML private Label auditFilterErrorLabel;
    @FXML private Label auditSummaryLabel;
    @FXML private ErrorBanner auditErrorBanner;
    @FXML private ExportBar auditExportBar;
    @FXML private ErrorBanner auditExportError;
    @FXML private TableView<AuditEntry> auditTable;
    @FXML private TableColumn<AuditEntry, Instant> atColumn;
    @FXML private TableColumn<AuditEntry, String> operatorColumn;
    @FXML private TableColumn<AuditEntry, String> profileColumn;
    @FXML private TableColumn<AuditEntry, String> environmentColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> targetsColumn;
    @FXML private TableColumn<AuditEntry, String> outcomeColumn;
    @FXML private TableColumn<AuditEntry, String> httpStatusColumn;
    @FXML private TableColumn<AuditEntry, String> traceIdColumn;
    @FXML private TableColumn<AuditEntry, String> detailColumn;
    @FXML private EmptyState auditEmptyState;
    @FXML private Button loadMoreButton;

    public AuditView(AuditViewModel viewModel, DialogService dialogs, ZoneId zone) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        bindFilters();
        bindTable();
        bindExport();
    }

    private void bindFilters() {
        sinceInput = new ApiDateInput(auditSincePicker, "since", dialogs::notify);
        untilInput = new ApiDateInput(auditUntilPicker, "until", dialogs::notify);
        auditSincePicker.valueProperty().bindBidirectional(viewModel.sinceProperty());
        auditUntilPicker.valueProperty().bindBidirectional(viewModel.untilProperty());
        auditActionBox.getItems().add(null);
        auditActionBox.getItems().addAll(AuditViewModel.actionChoices());
        auditActionBox.setConverter(anyOr("Any action", code -> code.endsWith(".") ? code + "* (all)" : code));
        auditActionBox.valueProperty().bindBidirectional(viewModel.actionProperty());
        auditOperatorField.textProperty().bindBidirectional(viewModel.operatorProperty());
        auditOutcomeBox.getItems().add(null);
        auditOutcomeBox.getItems().addAll(AuditOutcome.values());
        auditOutcomeBox.setConverter(anyOr("Any outcome", AuditOutcome::name));
        auditOutcomeBox.valueProperty().bindBidirectional(viewModel.outcomeProperty());
        auditFilterBar.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                apply();
                event.consume();
            }
        });
        auditFilterErrorLabel.textProperty().bind(viewModel.filterErrorProperty());
        auditFilterErrorLabel.visibleProperty().bind(viewModel.filterErrorProperty().isNotNull());
        auditFilterErrorLabel.managedProperty().bind(auditFilterErrorLabel.visibleProperty());
    }

    private static <T> StringConverter<T> anyOr(String any, Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? any : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }

    private void bindTable() {
        auditTable.setItems(viewModel.entries());
        auditTable.setPlaceholder(new Label(""));
        atColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().at()));
        atColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null ? null : Times.local(at, zone));
                setTooltip(empty || at == null ? null : new Tooltip(Times.utc(at)));
            }
        });
        operatorColumn.setCellValueFactory(Cells.text(AuditEntry::operator));
        profileColumn.setCellValueFactory(Cells.text(AuditEntry::profile));
        environmentColumn.setCellValueFactory(Cells.text(AuditEntry::environment));
        environmentColumn.setCellFactory(column -> chipCell(env -> "LIVE".equals(env) ? "env-live" : "env-sandbox"));
        actionColumn.setCellValueFactory(Cells.text(AuditEntry::action));
        targetsColumn.setCellValueFactory(Cells.text(e -> String.join(" ", e.targets())));
        outcomeColumn.setCellValueFactory(Cells.text(AuditEntry::outcome));
        outcomeColumn.setCellFactory(column -> chipCell(outcome -> "outcome-" + outcome.toLowerCase(Locale.ROOT)));
        httpStatusColumn.setCellValueFactory(Cells.text(e -> e.httpStatus() == null ? "" : String.valueOf(e.httpStatus())));
        traceIdColumn.setCellValueFactory(Cells.text(AuditEntry::traceId));
        detailColumn.setCellValueFactory(Cells.text(AuditEntry::detail));
        auditEmptyState.visibleProperty().bind(viewModel.loadStateProperty().isEqualTo(LoadState.EMPTY));
        auditSummaryLabel.textProperty().bind(viewModel.summaryBinding());
        auditErrorBanner.reportProperty().bind(viewModel.errorProperty());
        loadMoreButton.disableProperty().bind(viewModel.moreAvailableProperty().not());
    }

    private static TableCell<AuditEntry, String> chipCell(Function<String, String> styleClass) {
        return new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(null);
                if (empty || value == null) {
                    setGraphic(null);
                    return;
                }
                Label chip = new Label(value);
                chip.getStyleClass().addAll("audit-chip", styleClass.apply(value));
                setGraphic(chip);
            }
        };
    }

    private void bindExport() {
        auditExportBar.bind(viewModel.export(), "Export every entry the filters match to a CSV file", viewModel::exportCsv);
        auditExportError.reportProperty().bind(viewModel.export().errorProperty());
    }

    @FXML
    public void apply() {
        if (sinceInput.commit() && untilInput.commit()) {
            viewModel.apply();
        }
    }

    @FXML
    private void reset() {
        viewModel.reset();
    }

    @FXML
    public void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void loadMore() {
        viewModel.loadMore();
    }
}
