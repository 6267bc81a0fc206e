package dev.checkoutconsole.ui.demo;

import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.app.ConsoleComposition;
import dev.checkoutconsole.sandbox.SandboxOptions;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.testsupport.EmbeddedSandboxes;
import dev.checkoutconsole.ui.common.FxTaskExecutor;
import dev.checkoutconsole.ui.common.MainWindowView;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import dev.checkoutconsole.ui.common.UiPreferences;
import dev.checkoutconsole.ui.payment.PaymentDialogViewModel;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole demo wizard in the real main window against an embedded sandbox: Run all, paying in the console's own
 * payment dialog when it opens, until every step is done; then a step's requests, copy as curl, a restart and bad
 * input. One test, because the window and its sandbox take seconds to start.
 */
@ExtendWith(ApplicationExtension.class)
class DemoWizardUiTest {
    /** One executor for the class: a test's window may still hand it work while the next test starts. */
    private static final FxTaskExecutor executor = new FxTaskExecutor();
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    @TempDir
    Path folder;
    private LocalData localData;
    private ConsoleComposition composition;

    @Start
    void start(Stage stage) {
        localData = LocalData.open(new LocalPaths(folder, folder.resolve("config")), Clock.systemUTC());
        composition = new ConsoleComposition(executor, dialogs, UiPreferences.inMemory(),
                EmbeddedSandboxes.with(SandboxOptions.builder().port(0).seedSessions(20).build(), server -> { }),
                localData, Clock.systemUTC(), ZoneId.of("UTC"));
        MainWindowView window = composition.buildMainWindow(stage);
        stage.setScene(new Scene(window.root(), 1200, 760));
        stage.show();
        composition.connectToEmbeddedSandbox(() -> { });
    }

    @AfterEach
    void stop() {
        composition.close();
        localData.close();
    }

    @AfterAll
    static void stopExecutor() throws InterruptedException {
        executor.close();
    }

    private static void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    @Test
    void runAllPaysInTheConsolesDialogAndTakesEveryStepToDone(FxRobot robot) {
        waitUntil("connected", () -> composition.connection().target().isPresent());
        robot.clickOn("Demo");
        robot.clickOn("#runAllButton");

        // Step 3 opens the console's payment dialog; the payer fills it in and submits.
        waitUntil("the payment dialog is open", () -> robot.lookup("#submitButton").tryQuery().isPresent());
        Node dialogRoot = robot.lookup("#submitButton").query().getScene().getRoot();
        ComboBox<PaymentDialogViewModel.MethodChoice> methodBox = robot.from(dialogRoot).lookup("#methodBox").queryComboBox();
        robot.interact(() -> {
            methodBox.getSelectionModel().selectFirst();
            robot.from(dialogRoot).lookup("#customer-firstName").queryAs(TextField.class).setText("Jane");
            robot.from(dialogRoot).lookup("#customer-email").queryAs(TextField.class).setText("jane@example.com");
        });
        assertThat(robot.from(dialogRoot).lookup("#blockedReasonLabel").queryAs(Label.class).getText()).isEmpty();
        robot.clickOn(robot.from(dialogRoot).lookup("#submitButton").queryButton());
        waitUntil("the payment is made", () -> robot.from(dialogRoot).lookup("#resultPane").query().isVisible());
        robot.clickOn(robot.from(dialogRoot).lookup("#closeButton").queryButton());

        waitUntil("every step but the optional refund is done", () -> robot.lookup(".step-state-done").queryAll().size() == 6);
        assertThat(robot.lookup(".step-state-failed").queryAll()).isEmpty();
        assertThat(robot.lookup("#stepTitleLabel").queryAs(Label.class).getText()).isEqualTo("7. Refund through the two-person review (optional)");
        robot.clickOn("#step-6");
        Label outcome = robot.lookup("#outcomeLabel").queryAs(Label.class);
        assertThat(outcome.getText()).startsWith("Done: Session ").contains("refreshed, it is");
        TableView<HttpExchange> requests = robot.lookup("#exchangesTable").queryTableView();
        assertThat(paths(requests)).hasSize(4).last().asString().matches("POST /checkout-sessions/token/\\S+/refresh");
        assertThat(robot.lookup("#requestArea").queryAs(TextArea.class).getText()).startsWith("POST ");
        assertThat(robot.lookup("#timelineTitleLabel").queryAs(Label.class).getText()).contains("expiry step");
        assertThat(timelineTitles(robot)).containsSubsequence("Created", "Expired", "Refreshed");

        // The pay step shows the calls the dialog made; its timeline is the demo session's.
        robot.clickOn("#step-3");
        assertThat(robot.lookup("#stepTitleLabel").queryAs(Label.class).getText()).isEqualTo("3. Pay the session");
        assertThat(paths(requests)).as("the dialog's read of the session's payments, the payment and the read-back")
                .hasSize(4).element(2).asString().matches("POST /checkout-sessions/\\w+/payments");
        robot.interact(() -> requests.getSelectionModel().select(2));
        assertThat(robot.lookup("#requestArea").queryAs(TextArea.class).getText()).containsPattern("^POST \\S+/checkout-sessions/\\w+/payments\n");
        assertThat(robot.lookup("#responseArea").queryAs(TextArea.class).getText()).startsWith("HTTP 20").contains("traceId ");
        assertThat(timelineTitles(robot)).containsSubsequence("Created", "Payment created", "Settled");
        robot.clickOn("#copyCurlButton");
        assertThat(dialogs.clipboard()).singleElement().asString().startsWith("curl -X POST ").contains("$CONOMY_ACCESS_TOKEN");

        // The optional refund: flagged by the console's operator, approved by a second person.
        robot.clickOn("#step-7");
        TextField approver = robot.lookup("#approverField").queryAs(TextField.class);
        robot.interact(() -> approver.setText("second-agent"));
        robot.clickOn("#runStepButton");
        waitUntil("the refund is done", () -> robot.lookup(".step-state-done").queryAll().size() == 7);
        assertThat(outcome.getText()).startsWith("Done: Review #").contains("second-agent approved it");
        assertThat(paths(requests)).anyMatch(path -> path.matches("POST /payments/\\w+/refund"));
        assertThat(timelineTitles(robot)).containsSubsequence("Created", "Settled", "Refunded");

        robot.clickOn("#restartButton");
        waitUntil("every step is pending again", () -> robot.lookup(".step-state-pending").queryAll().size() == 7);
        assertThat(robot.lookup("#stepTitleLabel").queryAs(Label.class).getText()).isEqualTo("1. Create a payment link");
        assertThat(paths(requests)).isEmpty();

        // Bad input shows at its step, with what to do.
        TextField amount = robot.lookup("#linkAmountField").queryAs(TextField.class);
        assertThat(amount.isVisible()).isTrue();
        robot.interact(() -> amount.setText("-5"));
        robot.clickOn("#runStepButton");
        waitUntil("the step failed", () -> robot.lookup(".step-state-failed").queryAll().size() == 1);
        assertThat(robot.lookup("#outcomeLabel").queryAs(Label.class).getText()).startsWith("Failed: ").contains("amount");
        assertThat(robot.lookup("#adviceLabel").queryAs(Label.class).getText()).startsWith("What to do: Correct amount");
    }

    private static java.util.List<String> paths(TableView<HttpExchange> requests) {
        return requests.getItems().stream().map(exchange -> exchange.method() + " " + exchange.path()).toList();
    }

    private static java.util.List<String> timelineTitles(FxRobot robot) {
        Set<Node> titles = robot.lookup("#timeline .timeline-title").queryAll();
        return titles.stream().map(node -> ((Label) node).getText()).toList();
    }
}
