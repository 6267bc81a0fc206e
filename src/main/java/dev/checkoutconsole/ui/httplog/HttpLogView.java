package dev.checkoutconsole.ui.httplog;

import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.ui.common.Cells;
import dev.checkoutconsole.ui.common.ExchangeText;
import dev.checkoutconsole.ui.common.Times;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import java.time.ZoneId;

/** The HTTP log panel. Binds controls to {@link HttpLogViewModel}. */
public final class HttpLogView {
    /** A blank filter reads "Any". */
    private static final StringConverter<String> ANY_WHEN_BLANK = new StringConverter<>() {
        @Override
        public String toString(String value) {
            return value == null || value.isBlank() ? "Any" : value;
        }

        @Override
        public String fromString(String text) {
            return text == null || text.isBlank() || text.trim().equalsIgnoreCase("any") ? "" : text.trim();
        }
    };

    private final HttpLogViewModel viewModel;
    private final ZoneId zone;

    @FXML private ComboBox<String> methodBox;
    @FXML private ComboBox<String> statusBox;
    @FXML private TextField pathField;
    @FXML private Button copyCurlButton;
    @FXML private Button exportButton;
    @FXML private Label countLabel;
    @FXML private TableView<HttpExchange> exchangesTable;
    @FXML private TableColumn<HttpExchange, String> timeColumn;
    @FXML private TableColumn<HttpExchange, String> methodColumn;
    @FXML private TableColumn<HttpExchange, String> pathColumn;
    @FXML private TableColumn<HttpExchange, String> statusColumn;
    @FXML private TableColumn<HttpExchange, String> durationColumn;
    @FXML private TableColumn<HttpExchange, String> traceIdColumn;
    @FXML private TextArea requestArea;
    @FXML private TextArea responseArea;

    public HttpLogView(HttpLogViewModel viewModel, ZoneId zone) {
        this.viewModel = viewModel;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        methodBox.setConverter(ANY_WHEN_BLANK);
        statusBox.setConverter(ANY_WHEN_BLANK);
        methodBox.getItems().setAll(HttpLogViewModel.METHODS);
        methodBox.valueProperty().bindBidirectional(viewModel.methodProperty());
        statusBox.getItems().setAll(HttpLogViewModel.STATUSES);
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());
        pathField.textProperty().bindBidirectional(viewModel.pathProperty());
        countLabel.textProperty().bind(viewModel.countTextProperty());
        exchangesTable.setItems(viewModel.exchanges());
        exchangesTable.setPlaceholder(new Label("No calls match. The console logs every call it makes here."));
        timeColumn.setCellValueFactory(Cells.text(exchange -> Times.local(exchange.startedAt(), zone).substring(11)));
        methodColumn.setCellValueFactory(Cells.text(HttpExchange::method));
        pathColumn.setCellValueFactory(Cells.text(HttpExchange::path));
        statusColumn.setCellValueFactory(Cells.text(ExchangeText::outcome));
        durationColumn.setCellValueFactory(Cells.text(exchange -> exchange.duration().toMillis() + " ms"));
        traceIdColumn.setCellValueFactory(Cells.text(exchange -> exchange.traceId() == null ? "" : exchange.traceId()));
        exchangesTable.getSelectionModel().selectedItemProperty().addListener((observable, old, exchange) ->
                viewModel.selectedProperty().set(exchange));
        requestArea.textProperty().bind(viewModel.requestTextProperty());
        responseArea.textProperty().bind(viewModel.responseTextProperty());
        copyCurlButton.disableProperty().bind(viewModel.nothingSelectedBinding());
        exportButton.disableProperty().bind(viewModel.exportDisabledBinding());
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    @FXML
    private void copyAsCurl() {
        viewModel.copyAsCurl();
    }

    @FXML
    private void export() {
        viewModel.export();
    }
}
