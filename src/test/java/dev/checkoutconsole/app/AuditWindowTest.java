package dev.checkoutconsole.app;

import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.service.AuditEntry;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.SettledPayments;
import dev.checkoutconsole.testsupport.ConsoleWindow;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import dev.checkoutconsole.ui.common.Times;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit view's real FXML, headless: what was just done against the sandbox shows with its HTTP status and
 * traceId when the tab is shown, and the action filter narrows the table.
 */
@ExtendWith(ApplicationExtension.class)
class AuditWindowTest {
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
    void aDeleteShowsWithItsTraceIdAndTheActionFilterNarrowsTheTable(FxRobot robot) throws Exception {
        assertThat(window.awaitFirstPage()).isTrue();
        List<HttpExchange> exchanges = new CopyOnWriteArrayList<>();
        composition.connection().onExchange(exchanges::add);
        SettledPayments.settled(composition.connection().connection(), "15000", "CLP");
        String deleted = deleteAnActiveSession();
        String traceId = exchanges.stream().filter(e -> "DELETE".equals(e.method())).findFirst().orElseThrow().traceId();
        assertThat(traceId).isNotBlank();

        robot.interact(() -> selectTab(robot.lookup("#featureTabs").queryAs(TabPane.class), "Audit"));

        waitUntil(() -> audit(robot).getItems().stream().anyMatch(e -> e.targets().contains(deleted)));
        AuditEntry entry = audit(robot).getItems().get(0);
        assertThat(entry.action()).as("newest first").isEqualTo("session.delete");
        assertThat(entry.traceId()).isEqualTo(traceId);
        assertThat(audit(robot).getItems()).extracting(AuditEntry::action).contains("payment-link.create", "session.pay");
        Labeled traceCell = robot.lookup(".table-cell").match((Labeled cell) -> traceId.equals(cell.getText())).queryLabeled();
        assertThat(traceCell).as("the traceId is on screen").isNotNull();
        Labeled timeCell = robot.lookup(".table-cell").match((Labeled cell) -> cell.getTooltip() != null
                && cell.getTooltip().getText().equals(Times.utc(entry.at()))).queryLabeled();
        assertThat(timeCell.getText()).isEqualTo(Times.local(entry.at(), ZoneId.of("America/Santiago")));

        robot.interact(() -> actionBox(robot).setValue("session.delete"));
        robot.clickOn("#auditApplyButton");
        waitUntil(() -> audit(robot).getItems().size() == 1);
        assertThat(audit(robot).getItems().get(0).targets()).contains(deleted);

        String deletedLater = deleteAnActiveSession();
        robot.clickOn("#auditRefreshButton");
        waitUntil(() -> audit(robot).getItems().size() == 2);
        assertThat(audit(robot).getItems().get(0).targets()).as("the new entry on top").contains(deletedLater);
        assertThat(robot.lookup("#auditSummaryLabel").queryAs(Label.class).getText()).startsWith("2 entries");
    }

    private String deleteAnActiveSession() {
        Cancellation none = new Cancellation();
        String id = composition.connection().connection().sessions()
                .list(new CheckoutSessionQuery(null, null, "ACTIVE", null, null, null, 1, 0), none).results().get(0).id();
        composition.connection().connection().sessions().delete(id, none);
        return id;
    }

    // ---- helpers ----

    private static void selectTab(TabPane tabs, String title) {
        Tab tab = tabs.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst().orElseThrow();
        tabs.getSelectionModel().select(tab);
    }

    @SuppressWarnings("unchecked")
    private static TableView<AuditEntry> audit(FxRobot robot) {
        return robot.lookup("#auditTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> actionBox(FxRobot robot) {
        return robot.lookup("#auditActionBox").queryAs(ComboBox.class);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        AtomicBoolean holds = new AtomicBoolean();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.asyncFx(() -> holds.set(condition.getAsBoolean())).get();
            return holds.get();
        });
    }
}
