package dev.checkoutconsole.ui.demo;

import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.service.PaymentFlowDemo;
import dev.checkoutconsole.service.PaymentFlowDemo.StepReport;
import dev.checkoutconsole.ui.common.Cells;
import dev.checkoutconsole.ui.common.ExchangeText;
import dev.checkoutconsole.ui.common.TimelineView;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneId;
import java.util.Map;

/** The demo wizard: binds the steps list, the first step's inputs and the selected step's detail to {@link DemoViewModel}. */
public final class DemoView {
    private final DemoViewModel viewModel;
    private final ZoneId zone;

    @FXML private Button runStepButton;
    @FXML private Button runAllButton;
    @FXML private Button stopButton;
    @FXML private Button restartButton;
    @FXML private ListView<DemoViewModel.StepRow> stepsList;
    @FXML private Label stepTitleLabel;
    @FXML private Label stepHelpLabel;
    @FXML private GridPane linkInputs;
    @FXML private TextField linkAmountField;
    @FXML private TextField linkCurrencyField;
    @FXML private FlowPane methodsPane;
    @FXML private TextField linkDurationField;
    @FXML private GridPane refundInputs;
    @FXML private TextField refundAmountField;
    @FXML private TextField approverField;
    @FXML private Label progressLabel;
    @FXML private VBox outcomePane;
    @FXML private Label outcomeLabel;
    @FXML private Label adviceLabel;
    @FXML private Button copyCurlButton;
    @FXML private TableView<HttpExchange> exchangesTable;
    @FXML private TableColumn<HttpExchange, String> exchangeMethodColumn;
    @FXML private TableColumn<HttpExchange, String> exchangeUrlColumn;
    @FXML private TableColumn<HttpExchange, String> exchangeStatusColumn;
    @FXML private TableColumn<HttpExchange, String> exchangeDurationColumn;
    @FXML private TableColumn<HttpExchange, String> exchangeTraceIdColumn;
    @FXML private TextArea requestArea;
    @FXML private TextArea responseArea;
    @FXML private Label timelineTitleLabel;
    @FXML private TimelineView timeline;

    public DemoView(DemoViewModel viewModel, ZoneId zone) {
        this.viewModel = viewModel;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        runStepButton.disableProperty().bind(viewModel.runDisabledBinding());
        runAllButton.disableProperty().bind(viewModel.runningProperty());
        stopButton.disableProperty().bind(viewModel.runningProperty().not());
        bindSteps();
        bindInputs();
        bindSelectedStep();
        bindExchanges();
        timeline.setZone(zone);
        timeline.setItems(viewModel.timeline());
        timeline.setPlaceholderText("No session yet: run the first steps.");
        timelineTitleLabel.textProperty().bind(viewModel.timelineTitleProperty());
    }

    private void bindSteps() {
        stepsList.setItems(viewModel.steps());
        stepsList.setCellFactory(list -> new StepCell());
        // Cells draw a row's state and progress; a change in either redraws the list.
        ChangeListener<Object> redraw = (observable, old, now) -> stepsList.refresh();
        for (DemoViewModel.StepRow row : viewModel.steps()) {
            row.stateProperty().addListener(redraw);
            row.progressProperty().addListener(redraw);
        }
        stepsList.getSelectionModel().select(viewModel.selectedProperty().get());
        stepsList.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, row) -> {
            if (row != null) {
                stepsList.getSelectionModel().select(row);
            }
        });
    }

    private void bindInputs() {
        linkAmountField.textProperty().bindBidirectional(viewModel.amountProperty());
        linkCurrencyField.textProperty().bindBidirectional(viewModel.currencyProperty());
        linkDurationField.textProperty().bindBidirectional(viewModel.durationSecondsProperty());
        for (Map.Entry<String, BooleanProperty> method : viewModel.methods().entrySet()) {
            CheckBox box = new CheckBox(method.getKey());
            box.setId("method-" + method.getKey());
            box.selectedProperty().bindBidirectional(method.getValue());
            methodsPane.getChildren().add(box);
        }
        linkInputs.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() != null
                && viewModel.selectedProperty().get().step() == PaymentFlowDemo.Step.CREATE_LINK, viewModel.selectedProperty()));
        linkInputs.managedProperty().bind(linkInputs.visibleProperty());
        linkInputs.disableProperty().bind(viewModel.runningProperty());
        refundAmountField.textProperty().bindBidirectional(viewModel.refundAmountProperty());
        approverField.textProperty().bindBidirectional(viewModel.approverProperty());
        refundInputs.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() != null
                && viewModel.selectedProperty().get().step() == PaymentFlowDemo.Step.REFUND, viewModel.selectedProperty()));
        refundInputs.managedProperty().bind(refundInputs.visibleProperty());
        refundInputs.disableProperty().bind(viewModel.runningProperty());
    }

    private void bindSelectedStep() {
        stepHelpLabel.textProperty().bind(viewModel.stepHelpProperty());
        ChangeListener<Object> show = (observable, old, now) -> showSelected();
        viewModel.selectedProperty().addListener(show);
        for (DemoViewModel.StepRow row : viewModel.steps()) {
            row.stateProperty().addListener(show);
            row.progressProperty().addListener(show);
        }
        showSelected();
    }

    private void showSelected() {
        DemoViewModel.StepRow row = viewModel.selectedProperty().get();
        stepTitleLabel.setText(row == null ? "" : row.title());
        progressLabel.setText(row == null ? "" : row.progressProperty().get());
        progressLabel.setVisible(!progressLabel.getText().isEmpty());
        progressLabel.setManaged(progressLabel.isVisible());
        StepReport report = row == null ? null : row.reportProperty().get();
        outcomePane.getStyleClass().removeAll("demo-outcome-ok", "demo-outcome-failed");
        if (row != null && row.stateProperty().get() == DemoViewModel.StepState.RUNNING) {
            outcomeLabel.setText("Running…");
            adviceLabel.setText("");
        } else if (report == null) {
            outcomeLabel.setText("Not run yet.");
            adviceLabel.setText("");
        } else {
            outcomePane.getStyleClass().add(report.ok() ? "demo-outcome-ok" : "demo-outcome-failed");
            outcomeLabel.setText((report.ok() ? "Done: " : "Failed: ") + report.summary() + "  (" + report.took().toMillis() + " ms)");
            adviceLabel.setText(report.ok() || report.advice() == null ? "" : "What to do: " + report.advice());
        }
        adviceLabel.setVisible(!adviceLabel.getText().isEmpty());
        adviceLabel.setManaged(adviceLabel.isVisible());
    }

    private void bindExchanges() {
        exchangesTable.setItems(viewModel.exchanges());
        exchangesTable.setPlaceholder(new Label("This step has made no request yet."));
        exchangeMethodColumn.setCellValueFactory(Cells.text(HttpExchange::method));
        exchangeUrlColumn.setCellValueFactory(Cells.text(HttpExchange::url));
        exchangeStatusColumn.setCellValueFactory(Cells.text(ExchangeText::outcome));
        exchangeDurationColumn.setCellValueFactory(Cells.text(exchange -> exchange.duration().toMillis() + " ms"));
        exchangeTraceIdColumn.setCellValueFactory(Cells.text(exchange -> exchange.traceId() == null ? "" : exchange.traceId()));
        exchangesTable.getSelectionModel().selectedItemProperty().addListener((observable, old, exchange) -> {
            if (exchange != null) {
                viewModel.selectedExchangeProperty().set(exchange);
            }
        });
        viewModel.selectedExchangeProperty().addListener((observable, old, exchange) -> {
            if (exchange != null && exchangesTable.getSelectionModel().getSelectedItem() != exchange) {
                exchangesTable.getSelectionModel().select(exchange);
            }
        });
        requestArea.textProperty().bind(viewModel.requestTextProperty());
        responseArea.textProperty().bind(viewModel.responseTextProperty());
        copyCurlButton.disableProperty().bind(viewModel.selectedExchangeProperty().isNull());
    }

    @FXML
    private void runStep() {
        viewModel.runSelected();
    }

    @FXML
    private void runAll() {
        viewModel.runAll();
    }

    @FXML
    private void stop() {
        viewModel.cancel();
    }

    @FXML
    private void restart() {
        viewModel.restart();
    }

    @FXML
    private void copyAsCurl() {
        viewModel.copyAsCurl();
    }

    /** A step with an icon for its state and, while it runs, what it is doing. */
    private static final class StepCell extends ListCell<DemoViewModel.StepRow> {
        @Override
        protected void updateItem(DemoViewModel.StepRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            DemoViewModel.StepState state = row.stateProperty().get();
            FontIcon icon = new FontIcon(switch (state) {
                case PENDING -> "mdmz-radio_button_unchecked";
                case RUNNING -> "mdal-autorenew";
                case DONE -> "mdal-check_circle";
                case FAILED -> "mdal-error";
            });
            icon.getStyleClass().add("step-" + state.name().toLowerCase(java.util.Locale.ROOT));
            Label title = new Label(row.title());
            title.setWrapText(true);
            // Otherwise the cell squeezes a wrapped title back to one line and cuts it off.
            title.setMinHeight(Region.USE_PREF_SIZE);
            VBox text = new VBox(2, title);
            String progress = row.progressProperty().get();
            if (!progress.isEmpty()) {
                Label progressLabel = new Label(progress);
                progressLabel.getStyleClass().add("text-muted");
                progressLabel.setWrapText(true);
                text.getChildren().add(progressLabel);
            }
            HBox graphic = new HBox(8, icon, text);
            graphic.setId("step-" + row.number());
            graphic.getStyleClass().addAll("demo-step", "step-state-" + state.name().toLowerCase(java.util.Locale.ROOT));
            setText(null);
            setGraphic(graphic);
            setPrefWidth(0);
        }
    }
}
