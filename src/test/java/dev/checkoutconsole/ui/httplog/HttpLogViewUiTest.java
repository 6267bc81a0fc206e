package dev.checkoutconsole.ui.httplog;

import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.HttpLog;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.PaymentFlowDemo;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.ui.common.FxTaskExecutor;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import dev.checkoutconsole.ui.common.ViewLoader;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP log panel's FXML view over real exchanges with the sandbox: the table, its filters and the detail. */
@ExtendWith(ApplicationExtension.class)
class HttpLogViewUiTest {
    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(10).build();

    @TempDir
    static Path folder;
    private static LocalData localData;
    private static ActiveConnection connection;
    private static final HttpLog log = new HttpLog(HttpLog.DEFAULT_CAPACITY);
    private static final FxTaskExecutor executor = new FxTaskExecutor();
    private final ScriptedDialogService dialogs = new ScriptedDialogService();

    @BeforeAll
    static void makeSomeCalls() {
        localData = LocalData.open(new LocalPaths(folder, folder.resolve("config")), Clock.systemUTC());
        connection = new ActiveConnection(localData.audit());
        connection.onExchange(log);
        connection.switchTo(new OperatorContext("log-agent", "Embedded sandbox", false), sandbox.connectionSettings());
        new PaymentFlowDemo(connection, PaymentFlowDemo.SandboxControls.of(sandbox.connectionSettings()), Clock.systemUTC(), d -> { })
                .createLink(PaymentFlowDemo.LinkSpec.example(), new Cancellation());
        connection.connection().sessions().list(CheckoutSessionQuery.all(), new Cancellation());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        connection.close();
        localData.close();
        executor.close();
    }

    @Start
    void start(Stage stage) {
        ViewLoader loader = new ViewLoader(type -> new HttpLogView(new HttpLogViewModel(log, executor, dialogs, Clock.systemUTC()),
                ZoneId.of("UTC")));
        stage.setScene(new Scene(loader.load("http-log.fxml").root(), 1000, 640));
        stage.show();
    }

    private static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    private static List<String> rows(TableView<HttpExchange> table) {
        return table.getItems().stream().map(exchange -> exchange.method() + " " + exchange.path()).toList();
    }

    @Test
    void filtersNarrowTheTableAndASelectedRowShowsItsRedactedDetail(FxRobot robot) {
        TableView<HttpExchange> table = robot.lookup("#logTable").queryTableView();
        int all = log.snapshot().size();
        assertThat(rows(table)).hasSize(all).startsWith("GET /checkout-sessions").endsWith("POST /auth");
        assertThat(robot.lookup("#logCountLabel").queryAs(Label.class).getText()).startsWith(all + " of " + all + " exchange(s) shown");

        javafx.scene.control.TextField path = robot.lookup("#logPathField").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> path.setText("payment-links"));
        waitUntil("the path filter applies", () -> table.getItems().size() == 1);
        assertThat(rows(table)).containsExactly("POST /payment-links");

        robot.interact(path::clear);
        ComboBox<String> method = robot.lookup("#logMethodBox").queryComboBox();
        robot.interact(() -> method.getSelectionModel().select("POST"));
        waitUntil("the method filter applies", () -> table.getItems().size() == 2);
        assertThat(rows(table)).containsExactly("POST /payment-links", "POST /auth");
        assertThat(method.getConverter().toString(method.getItems().get(0))).as("a blank filter reads").isEqualTo("Any");

        robot.clickOn(robot.lookup("#logTable .table-cell").match(LabeledMatchers.hasText("/auth")).queryAs(javafx.scene.Node.class));
        TextArea request = robot.lookup("#logRequestArea").queryAs(TextArea.class);
        assertThat(request.getText()).startsWith("POST " + sandbox.baseUrl() + "/auth\n").contains("\"clientSecret\" : \"[REDACTED]\"")
                .doesNotContain(sandbox.clientSecret());
        assertThat(robot.lookup("#logResponseArea").queryAs(TextArea.class).getText()).startsWith("HTTP 200 · ")
                .contains("\"accessToken\" : \"[REDACTED]\"");

        robot.clickOn("#logCopyCurlButton");
        assertThat(dialogs.clipboard()).singleElement().asString().contains("$CONOMY_CLIENT_SECRET");
    }

    @Test
    void aCallMadeWhileThePanelIsOpenAppearsOnTop(FxRobot robot) {
        TableView<HttpExchange> table = robot.lookup("#logTable").queryTableView();
        int before = table.getItems().size();

        connection.connection().sessions().list(CheckoutSessionQuery.all(), new Cancellation());

        waitUntil("the new exchange is shown", () -> table.getItems().size() == before + 1);
        assertThat(table.getItems().get(0)).isSameAs(log.snapshot().get(0));
        Label count = robot.lookup("#logCountLabel").queryAs(Label.class);
        waitUntil("the count follows the table", () -> count.getText().startsWith((before + 1) + " of " + (before + 1)));
    }
}
