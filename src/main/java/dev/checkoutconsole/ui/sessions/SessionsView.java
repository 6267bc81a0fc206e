package dev.checkoutconsole.ui.sessions;

import atlantafx.base.controls.CustomTextField;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionStatus;
import dev.checkoutconsole.api.model.Sort;
import dev.checkoutconsole.service.Money;
import dev.checkoutconsole.ui.common.ApiDateInput;
import dev.checkoutconsole.ui.common.BlockableActions;
import dev.checkoutconsole.ui.common.Cells;
import dev.checkoutconsole.ui.common.DialogService;
import dev.checkoutconsole.ui.common.EmptyState;
import dev.checkoutconsole.ui.common.ErrorBanner;
import dev.checkoutconsole.ui.common.ExportBar;
import dev.checkoutconsole.ui.common.LoadState;
import dev.checkoutconsole.ui.common.RelativeTime;
import dev.checkoutconsole.ui.common.SessionActions;
import dev.checkoutconsole.ui.common.StatusChips;
import dev.checkoutconsole.ui.common.Times;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The sessions table, its filter bar, pager and actions. Binds controls to {@link SessionsViewModel}. */
public final class SessionsView implements SessionActions {
    /** Table columns that sort on the server, by the API's field name. */
    private static final Map<String, String> SERVER_SORT_FIELDS = Map.of(
            "statusColumn", "status", "totalColumn", "totalAmount", "createdColumn", "createdAt", "expiresColumn", "expiresAt");

    private final SessionsViewModel viewModel;
    private final DialogService dialogs;
    private final Supplier<Optional<CheckoutSession>> newSessionDialog;
    private final ZoneId zone;

    @FXML private FlowPane filterBar;
    @FXML private CustomTextField identityIdField;
    @FXML private CustomTextField accountNumberField;
    @FXML private ComboBox<CheckoutSessionStatus> statusBox;
    @FXML private DatePicker startDatePicker;
    @FXML private DatePicker endDatePicker;
    private ApiDateInput startDateInput;
    private ApiDateInput endDateInput;
    /** True while the arrow is moved to the view-model's sort: the table's sorting must not ask the server again. */
    private boolean showingSort;
    @FXML private ComboBox<Integer> pageSizeBox;
    @FXML private Label filterErrorLabel;
    @FXML private Button openFromLinkButton;
    @FXML private Button deleteButton;
    @FXML private Tooltip deleteTooltip;
    @FXML private ProgressBar deleteProgress;
    @FXML private Button stopDeleteButton;
    @FXML private ExportBar sessionsExportBar;
    @FXML private TableView<CheckoutSession> table;
    @FXML private TableColumn<CheckoutSession, String> idColumn;
    @FXML private TableColumn<CheckoutSession, CheckoutSession> statusColumn;
    @FXML private TableColumn<CheckoutSession, String> currencyColumn;
    @FXML private TableColumn<CheckoutSession, CheckoutSession> totalColumn;
    @FXML private TableColumn<CheckoutSession, String> tokenColumn;
    @FXML private TableColumn<CheckoutSession, String> linkColumn;
    @FXML private TableColumn<CheckoutSession, String> ownerColumn;
    @FXML private TableColumn<CheckoutSession, Instant> createdColumn;
    @FXML private TableColumn<CheckoutSession, Instant> expiresColumn;
    @FXML private VBox loadingOverlay;
    @FXML private EmptyState emptyState;
    @FXML private VBox errorState;
    @FXML private ErrorBanner errorBanner;
    @FXML private ErrorBanner actionErrorBanner;
    @FXML private ErrorBanner exportErrorBanner;
    @FXML private VBox deleteOutcomesPane;
    @FXML private Label deleteOutcomesTitle;
    @FXML private ListView<DeleteOutcome> deleteOutcomesList;
    @FXML private Label pagerLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;

    /** {@code newSessionDialog} shows the New session dialog and gives the session it created, if any. */
    public SessionsView(SessionsViewModel viewModel, DialogService dialogs, Supplier<Optional<CheckoutSession>> newSessionDialog,
                        ZoneId zone) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.newSessionDialog = newSessionDialog;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        bindFilters();
        bindTable();
        bindStates();
        bindActions();
    }

    private void bindFilters() {
        identityIdField.textProperty().bindBidirectional(viewModel.identityIdProperty());
        accountNumberField.textProperty().bindBidirectional(viewModel.accountNumberProperty());
        statusBox.getItems().add(null);
        statusBox.getItems().addAll(CheckoutSessionStatus.values());
        statusBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(CheckoutSessionStatus status) {
                return status == null ? "Any status" : status.name();
            }

            @Override
            public CheckoutSessionStatus fromString(String text) {
                return null;
            }
        });
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());
        startDateInput = new ApiDateInput(startDatePicker, "start date", viewModel.filterErrorProperty()::set);
        endDateInput = new ApiDateInput(endDatePicker, "end date", viewModel.filterErrorProperty()::set);
        startDatePicker.valueProperty().bindBidirectional(viewModel.startDateProperty());
        endDatePicker.valueProperty().bindBidirectional(viewModel.endDateProperty());
        pageSizeBox.getItems().setAll(SessionsViewModel.PAGE_SIZES);
        pageSizeBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer size) {
                return size == null ? "" : size + " / page";
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        pageSizeBox.valueProperty().bindBidirectional(viewModel.pageSizeProperty());
        filterBar.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                apply();
                event.consume();
            }
        });
        filterErrorLabel.textProperty().bind(viewModel.filterErrorProperty());
        filterErrorLabel.visibleProperty().bind(viewModel.filterErrorProperty().isNotNull());
        filterErrorLabel.managedProperty().bind(filterErrorLabel.visibleProperty());
    }

    private void bindTable() {
        table.setItems(viewModel.sessions());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<CheckoutSession>) change ->
                viewModel.selection().setAll(table.getSelectionModel().getSelectedItems()));
        table.setPlaceholder(new Label(""));
        idColumn.setCellValueFactory(Cells.text(CheckoutSession::id));
        currencyColumn.setCellValueFactory(Cells.text(CheckoutSession::currency));
        tokenColumn.setCellValueFactory(Cells.text(CheckoutSession::checkoutToken));
        linkColumn.setCellValueFactory(Cells.text(CheckoutSession::paymentLinkId));
        ownerColumn.setCellValueFactory(Cells.text(s -> s.owner() == null ? null : s.owner().identityId()));
        statusColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        statusColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(CheckoutSession session, boolean empty) {
                super.updateItem(session, empty);
                setGraphic(empty || session == null ? null : StatusChips.chip(session.status().raw()));
                setText(null);
            }
        });
        totalColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        totalColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(CheckoutSession session, boolean empty) {
                super.updateItem(session, empty);
                setText(empty || session == null ? null : Money.format(session.totalAmount(), session.currency()));
            }
        });
        totalColumn.setComparator((a, b) -> compareAmounts(a.totalAmount(), b.totalAmount()));
        createdColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().createdAt()));
        createdColumn.setCellFactory(column -> timeCell(instant -> Times.local(instant, zone)));
        expiresColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().expiresAt()));
        expiresColumn.setCellFactory(column -> timeCell(instant -> RelativeTime.expiry(instant, viewModel.clock().instant())));
        // The header's arrow shows the order the rows are in: restored from the last run, reset, or clicked. It is set
        // before the sort policy, which would take the table's empty sort order for a click.
        showCurrentSort();
        // Sorting happens on the server over every page, not on the rows that happen to be loaded, and the page is
        // always in some server order: a click that would leave the table unsorted goes back to newest first, or, on
        // a page already newest first, to oldest first.
        table.setSortPolicy(sorted -> {
            if (showingSort) {
                return true;
            }
            Sort current = viewModel.sortProperty().get();
            Sort requested;
            if (sorted.getSortOrder().isEmpty()) {
                requested = current.equals(SessionsViewModel.DEFAULT_SORT)
                        ? Sort.asc(SessionsViewModel.DEFAULT_SORT.field()) : SessionsViewModel.DEFAULT_SORT;
            } else {
                TableColumn<CheckoutSession, ?> column = sorted.getSortOrder().get(0);
                String field = SERVER_SORT_FIELDS.get(column.getId());
                requested = column.getSortType() == TableColumn.SortType.ASCENDING ? Sort.asc(field) : Sort.desc(field);
            }
            // A sort applies the filters too: a typed date that does not read stops it, as it stops Apply.
            if (!requested.equals(current) && startDateInput.commit() && endDateInput.commit()) {
                viewModel.sortBy(requested);
            } else {
                Platform.runLater(this::showCurrentSort);
            }
            return true;
        });
        // Later, as the change may come from inside the sort policy, while the table is still sorting.
        viewModel.sortProperty().addListener((observable, old, sort) -> Platform.runLater(this::showCurrentSort));
        viewModel.rowToSelectProperty().addListener((observable, old, row) -> {
            if (row != null) {
                table.getSelectionModel().clearAndSelect(table.getItems().indexOf(row));
                table.scrollTo(row);
            }
        });
        viewModel.rowsToKeepSelected().addListener((ListChangeListener<CheckoutSession>) change -> {
            List<CheckoutSession> keep = List.copyOf(viewModel.rowsToKeepSelected());
            // Unchanged rows the table found again itself: selecting them anew would only make the detail pane reload.
            if (new HashSet<>(table.getSelectionModel().getSelectedItems()).equals(new HashSet<>(keep))) {
                return;
            }
            int[] rows = keep.stream().mapToInt(table.getItems()::indexOf).toArray();
            table.getSelectionModel().clearSelection();
            if (rows.length > 0) {
                table.getSelectionModel().selectIndices(rows[0], Arrays.copyOfRange(rows, 1, rows.length));
            }
        });
    }

    private void showCurrentSort() {
        Sort sort = viewModel.sortProperty().get();
        table.getColumns().stream()
                .filter(column -> sort.field().equals(SERVER_SORT_FIELDS.get(column.getId())))
                .findFirst()
                .ifPresent(column -> {
                    TableColumn.SortType type = sort.direction() == Sort.Direction.ASC
                            ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING;
                    if (table.getSortOrder().size() != 1 || table.getSortOrder().get(0) != column || column.getSortType() != type) {
                        showingSort = true;
                        try {
                            column.setSortType(type);
                            table.getSortOrder().setAll(List.of(column));
                        } finally {
                            showingSort = false;
                        }
                    }
                });
    }

    private static int compareAmounts(BigDecimal a, BigDecimal b) {
        return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
    }

    private TableCell<CheckoutSession, Instant> timeCell(Function<Instant, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Instant instant, boolean empty) {
                super.updateItem(instant, empty);
                setText(empty || instant == null ? null : format.apply(instant));
                setTooltip(empty || instant == null ? null : new Tooltip(Times.utc(instant)));
            }
        };
    }

    private void bindStates() {
        loadingOverlay.visibleProperty().bind(viewModel.loadStateProperty().isEqualTo(LoadState.LOADING));
        emptyState.visibleProperty().bind(viewModel.loadStateProperty().isEqualTo(LoadState.EMPTY));
        errorState.visibleProperty().bind(viewModel.loadStateProperty().isEqualTo(LoadState.ERROR)
                .or(viewModel.loadStateProperty().isEqualTo(LoadState.UNREACHABLE)));
        table.disableProperty().bind(errorState.visibleProperty());
        errorBanner.reportProperty().bind(viewModel.errorProperty());
        actionErrorBanner.reportProperty().bind(viewModel.actionErrorProperty());
        pagerLabel.textProperty().bind(viewModel.pagerTextBinding());
        previousButton.disableProperty().bind(viewModel.canGoBackBinding().not());
        nextButton.disableProperty().bind(viewModel.canGoForwardBinding().not());
    }

    private void bindActions() {
        BlockableActions.bind(deleteButton, deleteTooltip, viewModel.deleteBlockedReasonBinding(), "Delete the selected sessions (Delete)");
        deleteProgress.progressProperty().bind(viewModel.deleteProgressProperty());
        deleteProgress.visibleProperty().bind(viewModel.deletingProperty());
        deleteProgress.managedProperty().bind(viewModel.deletingProperty());
        stopDeleteButton.visibleProperty().bind(viewModel.deletingProperty().and(viewModel.deleteBatchSizeProperty().greaterThan(1)));
        openFromLinkButton.disableProperty().bind(viewModel.openingFromLinkProperty());
        stopDeleteButton.managedProperty().bind(stopDeleteButton.visibleProperty());
        deleteOutcomesList.setItems(viewModel.deleteOutcomes());
        deleteOutcomesPane.visibleProperty().bind(Bindings.size(viewModel.deleteOutcomes()).greaterThan(1)
                .or(Bindings.createBooleanBinding(() -> viewModel.deleteOutcomes().stream().anyMatch(o -> !o.deleted()),
                        viewModel.deleteOutcomes())));
        deleteOutcomesPane.managedProperty().bind(deleteOutcomesPane.visibleProperty());
        sessionsExportBar.bind(viewModel.export(), "Export every session the applied filters match, page by page, to a CSV file",
                viewModel::exportCsv);
        exportErrorBanner.reportProperty().bind(viewModel.export().errorProperty());
        deleteOutcomesTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            long deleted = viewModel.deleteOutcomes().stream().filter(DeleteOutcome::deleted).count();
            long unknown = viewModel.deleteOutcomes().stream().filter(o -> o.result() == DeleteOutcome.Result.UNKNOWN).count();
            return "Delete: " + deleted + " deleted, " + (unknown == 0 ? "" : unknown + " outcome unknown, ")
                    + (viewModel.deleteOutcomes().size() - deleted - unknown) + " not deleted";
        }, viewModel.deleteOutcomes()));
    }

    @FXML
    public void apply() {
        if (startDateInput.commit() && endDateInput.commit()) {
            viewModel.apply();
        }
    }

    @FXML
    public void reset() {
        viewModel.reset();
    }

    @FXML
    public void reload() {
        viewModel.reload();
    }

    @FXML
    private void previousPage() {
        viewModel.previousPage();
    }

    @FXML
    private void nextPage() {
        viewModel.nextPage();
    }

    @FXML
    public void delete() {
        viewModel.deleteSelected();
    }

    @FXML
    private void stopDeleting() {
        viewModel.stopDeleting();
    }

    @FXML
    private void dismissOutcomes() {
        viewModel.deleteOutcomes().clear();
    }

    /** Puts the keyboard in the first filter (Ctrl+F). */
    public void focusFilters() {
        identityIdField.requestFocus();
    }

    public void copySelectedId() {
        viewModel.copySelectedId();
    }

    @FXML
    public void newSession() {
        newSessionDialog.get().ifPresent(created -> {
            dialogs.notify("Created session " + created.id());
            viewModel.reloadAndSelect(created.id());
        });
    }

    /** Draws the relative expiries ("in 12 min", "expired 3 h ago") again for the time it is now. */
    public void redrawRelativeTimes() {
        table.refresh();
    }

    @FXML
    public void openFromLink() {
        if (viewModel.openingFromLinkProperty().get()) {
            return;
        }
        dialogs.askText("Open a session from a payment link", "Payment link token (checkoutToken):")
                .map(String::trim)
                .filter(token -> !token.isEmpty())
                .ifPresent(viewModel::openFromPaymentLink);
    }
}
