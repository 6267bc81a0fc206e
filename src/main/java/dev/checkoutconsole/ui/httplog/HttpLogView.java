package dev.checkoutconsole.ui.httplog;

import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.ui.common.Cells;
import dev.checkoutconsole.ui.common.ErrorBanner;
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

    @FXML private ComboBox<String> logMethodBox;
    @FXML private ComboBox<String> logStatusBox;
    @FXML private TextField logPathField;
    @FXML private Button logCopyCurlButton;
    @FXML private Button logExportButton;
    @FXML private Label logCountLabel;
    @FXML private ErrorBanner logExportError;
    @FXML private TableView<HttpExchange> logTable;
    @FXML private TableColumn<HttpExchange, String> logTimeColumn;
    @FXML private TableColumn<HttpExchange, String> logMethodColumn;
    @FXML private TableColumn<HttpExchange, String> logPathColumn;
    @FXML private TableColumn<HttpExchange, String> logStatusColumn;
    @FXML private TableColumn<HttpExchange, String> logDurationColumn;
    @FXML private TableColumn<HttpExchange, String> logTraceIdColumn;
    @FXML private TextArea logRequestArea;
    @FXML private TextArea logResponseArea;

    public HttpLogView(HttpLogViewModel viewModel, ZoneId zone) {
        this.viewModel = viewModel;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        logMethodBox.setConverter(ANY_WHEN_BLANK);
        logStatusBox.setConverter(ANY_WHEN_BLANK);
        logMethodBox.getItems().setAll(HttpLogViewModel.METHODS);
        logMethodBox.valueProperty().bindBidirectional(viewModel.methodProperty());
        logStatusBox.getItems().setAll(HttpLogViewModel.STATUSES);
        logStatusBox.valueProperty().bindBidirectional(viewModel.statusProperty());
        logPathField.textProperty().bindBidirectional(viewModel.pathProperty());
        logCountLabel.textProperty().bind(viewModel.countTextProperty());
        logExportError.reportProperty().bind(viewModel.exportErrorProperty());
        logTable.setItems(viewModel.exchanges());
        logTable.setPlaceholder(new Label("No calls match. The console logs every call it makes here."));
        logTimeColumn.setCellValueFactory(Cells.text(exchange -> Times.local(exchange.startedAt(), zone).substring(11)));
        logMethodColumn.setCellValueFactory(Cells.text(HttpExchange::method));
        logPathColumn.setCellValueFactory(Cells.text(HttpExchange::path));
        logStatusColumn.setCellValueFactory(Cells.text(ExchangeText::outcome));
        logDurationColumn.setCellValueFactory(Cells.text(exchange -> exchange.duration().toMillis() + " ms"));
        logTraceIdColumn.setCellValueFactory(Cells.text(exchange -> exchange.traceId() == null ? "" : exchange.traceId()));
        logTable.getSelectionModel().selectedItemProperty().addListener((observable, old, exchange) ->
                viewModel.selectedProperty().set(exchange));
        logRequestArea.textProperty().bind(viewModel.requestTextProperty());
        logResponseArea.textProperty().bind(viewModel.responseTextProperty());
        logCopyCurlButton.disableProperty().bind(viewModel.nothingSelectedBinding());
        logExportButton.disableProperty().bind(viewModel.exportDisabledBinding());
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
