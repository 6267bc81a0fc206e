package dev.checkoutconsole.app;

import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentStatus;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.ProfileService;
import dev.checkoutconsole.service.RefundReason;
import dev.checkoutconsole.service.RefundReview;
import dev.checkoutconsole.service.ReviewState;
import dev.checkoutconsole.service.ReviewStep;
import dev.checkoutconsole.service.SettledPayments;
import dev.checkoutconsole.testsupport.ConsoleWindow;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refund review queue's real FXML, headless, against the sandbox: a payment flagged from the detail pane's
 * payment row, refused for the operator who flagged it, approved by a second operator, and followed to REFUNDED.
 */
@ExtendWith(ApplicationExtension.class)
class RefundQueueWindowTest {
    @RegisterExtension
    static final SandboxFixture sandbox = SandboxFixture.builder().seedSessions(100).build();

    @TempDir
    static Path folder;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private ConsoleWindow window;
    private LocalData localData;
    private ConsoleComposition composition;

    @Start
    void start(Stage stage) {
        window = ConsoleWindow.show(stage, sandbox, folder, dialogs);
        composition = window.composition();
        localData = window.localData();
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        window.close(robot);
    }

    @Test
    void flaggedFromThePaymentRowRefusedForTheSameOperatorApprovedByAnotherAndRefunded(FxRobot robot) throws Exception {
        assertThat(window.awaitFirstPage()).isTrue();
        Payment payment = SettledPayments.settled(composition.connection().connection(), "49990", "CLP");
        robot.interact(() -> composition.sessionsViewModel().reloadAndSelect(payment.checkoutSessionId()));
        waitUntil(() -> robot.lookup("#titleLabel").queryAs(Label.class).getText().contains("49,990 CLP"));
        robot.interact(() -> selectTab(robot.lookup("#tabs").queryAs(TabPane.class), "Payments"));
        Button flag = robot.lookup("#flagRefundButton").queryButton();
        TableView<?> payments = robot.lookup("#paymentsTable").queryAs(TableView.class);
        waitUntil(() -> payments.getItems().size() == 1);
        assertThat(flag.isDisabled()).as("no payment selected").isTrue();
        robot.interact(() -> payments.getSelectionModel().select(0));
        waitUntil(() -> !flag.isDisabled());

        robot.clickOn(flag);
        waitUntil(() -> robot.lookup("#flagButton").tryQuery().isPresent());
        Button flagButton = robot.lookup("#flagButton").queryButton();
        assertThat(robot.lookup("#amountField").queryAs(TextField.class).getText()).isEqualTo("49990");
        assertThat(flagButton.isDisabled()).as("no reason chosen yet").isTrue();
        robot.interact(() -> reasonBox(robot).setValue(RefundReason.OTHER));
        assertThat(flagButton.isDisabled()).as("'other' needs a note").isTrue();
        robot.clickOn("#noteArea").write("paid twice");
        robot.clickOn("#amountField").eraseText(5).write("30000");
        waitUntil(() -> !flagButton.isDisabled());
        robot.clickOn(flagButton);
        waitUntil(() -> robot.lookup("#flagButton").tryQuery().isEmpty());
        assertThat(dialogs.notifications()).anySatisfy(n -> assertThat(n).contains("Flagged payment " + payment.id()).contains("30,000 CLP"));

        robot.interact(() -> selectTab(robot.lookup("#featureTabs").queryAs(TabPane.class), "Refunds"));
        waitUntil(() -> queue(robot).getItems().size() == 1);
        RefundReview flagged = queue(robot).getItems().get(0);
        assertThat(flagged.state()).isEqualTo(ReviewState.TO_CHECK);
        assertThat(flagged.paymentId()).isEqualTo(payment.id());
        assertThat(robot.lookup("#count-TO_CHECK").queryAs(Label.class).getText()).isEqualTo("To check 1");
        robot.interact(() -> queue(robot).getSelectionModel().select(0));
        Button approve = robot.lookup("#approveButton").queryButton();
        waitUntil(() -> !approve.isDisabled());
        assertThat(robot.lookup("#refreshStatusButton").queryButton().isDisabled()).isTrue();

        dialogs.type("");
        robot.clickOn(approve);
        waitUntil(() -> robot.lookup("#queueErrorBanner").query().isVisible());
        assertThat(textsUnder(robot.lookup("#queueErrorBanner").query())).anySatisfy(text ->
                assertThat(text).contains("two-person rule"));

        composition.connection().switchTo(new OperatorContext("bob", ProfileService.EMBEDDED_SANDBOX, false), sandbox.connectionSettings());
        waitUntil(() -> robot.lookup("#actingAsLabel").queryAs(Label.class).getText().startsWith("Acting as bob"));
        dialogs.type("checked with the bank statement");
        robot.clickOn(approve);
        waitUntil(() -> selected(robot) != null && selected(robot).state() == ReviewState.REFUND_REQUESTED);
        assertThat(robot.lookup("#queueErrorBanner").query().isVisible()).isFalse();
        String refundId = selected(robot).refundId();
        assertThat(refundId).isNotBlank();
        // The switch to bob emptied the table: the rows of one connection are not the next one's.
        robot.interact(() -> composition.sessionsViewModel().reloadAndSelect(payment.checkoutSessionId()));
        waitUntil(() -> payments.getItems().size() == 1 && "30,000".equals(payments.getColumns().stream()
                .filter(column -> "paymentRefundingColumn".equals(column.getId())).findFirst().orElseThrow().getCellData(0)));

        composition.connection().connection().payments().advanceInSandbox(refundId, PaymentStatus.SETTLED, new Cancellation());
        Button refresh = robot.lookup("#refreshStatusButton").queryButton();
        waitUntil(() -> !refresh.isDisabled());
        robot.clickOn(refresh);

        waitUntil(() -> selected(robot) != null && selected(robot).state() == ReviewState.REFUNDED && history(robot).getItems().size() == 5);
        assertThat(history(robot).getItems()).extracting(ReviewStep::operator)
                .containsExactly(System.getProperty("user.name"), "bob", "bob", "bob", "bob");
        assertThat(history(robot).getItems().get(1).comment()).isEqualTo("checked with the bank statement");
        assertThat(robot.lookup("#count-REFUNDED").queryAs(Label.class).getText()).isEqualTo("Refunded 1");
        assertThat(robot.lookup("#approveButton").queryButton().isDisabled()).isTrue();
        assertThat(composition.connection().connection().payments().refunds(payment.id(), new Cancellation()).refunds())
                .as("exactly one refund").singleElement()
                .satisfies(refund -> assertThat(refund.totalAmount()).isEqualByComparingTo("30000"));
    }

    // ---- helpers ----

    private static void selectTab(TabPane tabs, String title) {
        Tab tab = tabs.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst().orElseThrow();
        tabs.getSelectionModel().select(tab);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<RefundReason> reasonBox(FxRobot robot) {
        return robot.lookup("#reasonBox").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<RefundReview> queue(FxRobot robot) {
        return robot.lookup("#queueTable").queryAs(TableView.class);
    }

    private static RefundReview selected(FxRobot robot) {
        return queue(robot).getSelectionModel().getSelectedItem();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ReviewStep> history(FxRobot robot) {
        return robot.lookup("#historyTable").queryAs(TableView.class);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        AtomicBoolean holds = new AtomicBoolean();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.asyncFx(() -> holds.set(condition.getAsBoolean())).get();
            return holds.get();
        });
    }

    private static List<String> textsUnder(Node node) {
        List<String> texts = new java.util.ArrayList<>();
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        } else if (node instanceof javafx.scene.text.Text text && text.getText() != null) {
            texts.add(text.getText());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts.addAll(textsUnder(child)));
        }
        return texts;
    }
}
