package dev.checkoutconsole.app;

import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionStatus;
import dev.checkoutconsole.api.model.ModelJson;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.testsupport.ConsoleWindow;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import dev.checkoutconsole.ui.common.Times;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's real FXML, driven by a robot on the headless Monocle platform, against the embedded sandbox over
 * loopback: what a support agent does with the table, the detail pane and the dialogs.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleWindowTest {
    @RegisterExtension
    static final SandboxFixture sandbox = SandboxFixture.builder().seedSessions(400).seed(21L).build();

    /** The sessions table and detail pane; other tabs use some of the same ids. */
    private static final String SESSIONS = "#sessions-split ";

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    @TempDir
    static Path folder;
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
    void opensOnTheSessionsOfTheEmbeddedSandboxAndSaysItIsConnected(FxRobot robot) throws Exception {
        assertThat(window.awaitFirstPage()).isTrue();

        assertThat(table(robot).getItems()).isNotEmpty();
        assertThat(robot.lookup("#environmentBadge").queryAs(Label.class).getText()).isEqualTo("SANDBOX");
        assertThat(robot.lookup("#connectionLabel").queryAs(Label.class).getText()).startsWith("Connected");
        assertThat(robot.lookup(SESSIONS + "#pagerLabel").queryAs(Label.class).getText()).startsWith("Page 1 of ");
        assertThat(robot.lookup("#lastCallLabel").queryAs(Label.class).getText()).contains("GET /checkout-sessions").contains("traceId");
    }

    @Test
    void theFirstPageIsLaidOutWhenCalledShownAndTheDetailPaneIsBuiltAfterIt(FxRobot robot) throws Exception {
        assertThat(window.awaitFirstPage()).isTrue();

        assertThat(window.firstFrame().sessionRowsLaidOut()).isPositive();
        assertThat(window.firstFrame().detailViewBuilt()).isFalse();
        // Built once the first frame is out, with nothing selected yet.
        waitUntil(() -> robot.lookup(SESSIONS + "#titleLabel").tryQuery().isPresent());
        assertThat(table(robot).getSelectionModel().getSelectedItems()).isEmpty();
    }

    @Test
    void filtersByStatus(FxRobot robot) throws Exception {
        awaitFirstPage();
        robot.interact(() -> statusBox(robot).setValue(CheckoutSessionStatus.EXPIRED));
        robot.clickOn(SESSIONS + "#applyButton");

        waitUntil(() -> !table(robot).getItems().isEmpty()
                && table(robot).getItems().stream().allMatch(s -> s.status().is(CheckoutSessionStatus.EXPIRED)));
    }

    @Test
    void filtersByATypedDateRangeWithEnter(FxRobot robot) throws Exception {
        awaitFirstPage();
        LocalDate end = LocalDate.now(ZoneOffset.UTC).minusDays(5);
        LocalDate start = end.minusDays(10);
        robot.clickOn(robot.lookup(SESSIONS + "#startDatePicker").queryAs(DatePicker.class).getEditor()).write(dayMonthYear(start));
        robot.clickOn(robot.lookup(SESSIONS + "#endDatePicker").queryAs(DatePicker.class).getEditor()).write(dayMonthYear(end));
        robot.type(KeyCode.ENTER);

        waitUntil(() -> !table(robot).getItems().isEmpty() && table(robot).getItems().stream().allMatch(s -> {
            LocalDate created = s.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
            return !created.isBefore(start) && !created.isAfter(end);
        }));
    }

    @Test
    void aTypedDateThatDoesNotReadIsNamedAndKeptAndNothingIsSent(FxRobot robot) throws Exception {
        awaitFirstPage();
        List<String> listCalls = new CopyOnWriteArrayList<>();
        composition.connection().onExchange(exchange -> {
            if (exchange.path().startsWith("/checkout-sessions?")) {
                listCalls.add(exchange.path());
            }
        });
        DatePicker startPicker = robot.lookup(SESSIONS + "#startDatePicker").queryAs(DatePicker.class);

        robot.clickOn(startPicker.getEditor()).write("31/02/2026");
        robot.clickOn(robot.lookup(SESSIONS + "#endDatePicker").queryAs(DatePicker.class).getEditor());

        waitUntil(() -> filterError(robot).startsWith("start date"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(startPicker.getEditor().getText()).isEqualTo("31/02/2026");
        robot.clickOn(SESSIONS + "#applyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(filterError(robot)).startsWith("start date").contains("31/02/2026");
        assertThat(listCalls).isEmpty();

        robot.clickOn(robot.lookup(".column-header").match(node -> "totalColumn".equals(node.getId())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listCalls).as("a sort applies the filters too").isEmpty();
        assertThat(composition.sessionsViewModel().sortProperty().get().toString()).isEqualTo("createdAt:desc");
        assertThat(table(robot).getSortOrder()).extracting(TableColumn::getId).containsExactly("createdColumn");
    }

    private static String filterError(FxRobot robot) {
        String text = robot.lookup(SESSIONS + "#filterErrorLabel").queryAs(Label.class).getText();
        return text == null ? "" : text;
    }

    @Test
    void pagesForwardAndBack(FxRobot robot) throws Exception {
        awaitFirstPage();
        String firstRow = table(robot).getItems().get(0).id();

        robot.clickOn(SESSIONS + "#nextButton");
        waitUntil(() -> pager(robot).startsWith("Page 2 of "));
        assertThat(table(robot).getItems()).extracting(CheckoutSession::id).doesNotContain(firstRow);

        robot.clickOn(SESSIONS + "#previousButton");
        waitUntil(() -> pager(robot).startsWith("Page 1 of ") && table(robot).getItems().get(0).id().equals(firstRow));
    }

    @Test
    void clickingTheTotalHeaderSortsOnTheServer(FxRobot robot) throws Exception {
        awaitFirstPage();
        robot.clickOn(robot.lookup(".column-header").match(node -> node.getId() != null && node.getId().equals("totalColumn"))
                .queryAs(Node.class));

        waitUntil(() -> composition.sessionsViewModel().sortProperty().get().toString().equals("totalAmount:asc")
                && isSortedByTotal(table(robot).getItems()));
    }

    @Test
    void theHeaderArrowFollowsTheSortAndAThirdClickGoesBackToNewestFirst(FxRobot robot) throws Exception {
        awaitFirstPage();
        TableView<CheckoutSession> table = table(robot);
        assertThat(table.getSortOrder()).extracting(TableColumn::getId).containsExactly("createdColumn");
        assertThat(table.getSortOrder().get(0).getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
        Node totalHeader = robot.lookup(".column-header").match(node -> "totalColumn".equals(node.getId())).queryAs(Node.class);

        robot.clickOn(totalHeader);
        waitUntil(() -> composition.sessionsViewModel().sortProperty().get().toString().equals("totalAmount:asc"));
        robot.clickOn(totalHeader);
        waitUntil(() -> composition.sessionsViewModel().sortProperty().get().toString().equals("totalAmount:desc"));
        robot.clickOn(totalHeader);

        waitUntil(() -> composition.sessionsViewModel().sortProperty().get().toString().equals("createdAt:desc")
                && table.getSortOrder().size() == 1 && "createdColumn".equals(table.getSortOrder().get(0).getId())
                && table.getSortOrder().get(0).getSortType() == TableColumn.SortType.DESCENDING);
        // A click on Created, newest first, takes it out of the sort order (the header may be scrolled out of view).
        robot.interact(() -> table.getSortOrder().clear());
        waitUntil(() -> composition.sessionsViewModel().sortProperty().get().toString().equals("createdAt:asc")
                && table.getSortOrder().size() == 1 && table.getSortOrder().get(0).getSortType() == TableColumn.SortType.ASCENDING);
        robot.interact(() -> composition.sessionsViewModel().sortBy(dev.checkoutconsole.api.model.Sort.asc("totalAmount")));
        waitUntil(() -> table.getSortOrder().size() == 1 && "totalColumn".equals(table.getSortOrder().get(0).getId())
                && table.getSortOrder().get(0).getSortType() == TableColumn.SortType.ASCENDING);
    }

    @Test
    void selectingARowShowsItsFieldsInTheDetailPaneInsteadOfItsEmptyState(FxRobot robot) throws Exception {
        awaitFirstPage();
        waitUntil(() -> robot.lookup(SESSIONS + "#noSessionState").tryQuery().isPresent());
        assertThat(robot.lookup(SESSIONS + "#noSessionState").query().isVisible()).isTrue();
        assertThat(robot.lookup(SESSIONS + "#tabs").query().isVisible()).isFalse();
        assertThat(robot.lookup(SESSIONS + "#detailHeader").query().isVisible()).isFalse();
        CheckoutSession session = table(robot).getItems().get(2);

        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(2));

        waitUntil(() -> session.id().equals(fieldValue(robot, SESSIONS + "#fieldsGrid", "id")));
        assertThat(fieldValue(robot, SESSIONS + "#fieldsGrid", "checkoutToken")).isEqualTo(session.checkoutToken());
        assertThat(fieldValue(robot, SESSIONS + "#fieldsGrid", "createdAt"))
                .isEqualTo(Times.localWithUtc(session.createdAt(), ZoneId.of("America/Santiago")));
        String rawJson = robot.lookup(SESSIONS + "#rawJsonArea").queryAs(TextArea.class).getText();
        assertThat(ModelJson.mapper().readTree(rawJson)).as("the object as the server sent it").isEqualTo(session.json());
        assertThat(robot.lookup(SESSIONS + "#titleLabel").queryAs(Label.class).getText()).contains(session.currency());
        assertThat(robot.lookup(SESSIONS + "#noSessionState").query().isVisible()).isFalse();
        assertThat(robot.lookup(SESSIONS + "#tabs").query().isVisible()).isTrue();
    }

    @Test
    void ctrlRReadsTheShownSessionsPaymentsAgainAsWellAsTheTable(FxRobot robot) throws Exception {
        awaitFirstPage();
        CheckoutSession session = table(robot).getItems().get(0);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        waitUntil(() -> session.id().equals(fieldValue(robot, SESSIONS + "#fieldsGrid", "id")));
        List<String> calls = new CopyOnWriteArrayList<>();
        composition.connection().onExchange(exchange -> calls.add(exchange.method() + " " + exchange.path()));

        robot.interact(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);

        waitUntil(() -> calls.stream().anyMatch(call -> call.startsWith("GET /payments?") && call.contains(session.id()))
                && calls.stream().anyMatch(call -> call.startsWith("GET /checkout-sessions?")));
    }

    @Test
    void onAnotherTabTheMenuItemsThatActOnTheTableAreOff(FxRobot robot) throws Exception {
        awaitFirstPage();
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        TabPane tabs = robot.lookup("#featureTabs").queryAs(TabPane.class);

        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> tab.getText().equals("HTTP log")).findFirst().orElseThrow()));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.questions()).as("no delete asked for rows not on screen").isEmpty();
        MenuBar menus = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(menus.getMenus().get(1).getItems()).filteredOn(MenuItem::isDisable).extracting(MenuItem::getText)
                .containsExactlyInAnyOrder("Reload", "Focus filters", "Delete selected", "Copy selected id");

        robot.interact(() -> tabs.getSelectionModel().select(0));
        assertThat(menus.getMenus().get(1).getItems()).noneMatch(MenuItem::isDisable);
    }

    @Test
    void paysASessionAndShowsTheTransactionAndTheNewStatus(FxRobot robot) throws Exception {
        awaitFirstPage();
        showOnlyActiveSessions(robot);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        waitUntil(() -> !robot.lookup(SESSIONS + "#payButton").queryButton().isDisabled());

        robot.clickOn(SESSIONS + "#payButton");
        waitUntil(() -> robot.lookup("#submitButton").tryQuery().isPresent());
        ComboBox<?> methods = robot.lookup("#methodBox").queryComboBox();
        robot.interact(() -> methods.getSelectionModel().select(0));
        robot.clickOn("#descriptionField").write("Paid from the console test");
        robot.clickOn("#submitButton");

        waitUntil(() -> robot.lookup("#resultPane").query().isVisible());
        assertThat(robot.lookup("#sessionStatusLabel").queryAs(Label.class).getText()).containsAnyOf("PROCESSING_PAYMENT", "FINISHED");
        assertThat(fieldValue(robot, "#transactionGrid", "description")).isEqualTo("Paid from the console test");
        assertThat(fieldValue(robot, "#transactionGrid", "id")).isNotBlank();
        robot.clickOn("#closeButton");

        waitUntil(() -> dialogs.notifications().stream().anyMatch(text -> text.contains("no longer matches the filters")));
    }

    @Test
    void refreshingTheTokenKeepsTheSessionInTheDetailPaneWithItsNewExpiry(FxRobot robot) throws Exception {
        awaitFirstPage();
        showOnlyActiveSessions(robot);
        CheckoutSession session = table(robot).getItems().get(0);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        waitUntil(() -> session.id().equals(fieldValue(robot, SESSIONS + "#fieldsGrid", "id")));
        waitUntil(() -> !robot.lookup(SESSIONS + "#refreshButton").queryButton().isDisabled());

        robot.clickOn(SESSIONS + "#refreshButton");

        waitUntil(() -> dialogs.notifications().stream().anyMatch(text -> text.startsWith("Refreshed " + session.id())));
        waitUntil(() -> table(robot).getItems().stream().anyMatch(row -> row.id().equals(session.id()) && !row.equals(session)));
        assertThat(table(robot).getSelectionModel().getSelectedItems()).singleElement()
                .satisfies(row -> assertThat(row.id()).isEqualTo(session.id()));
        assertThat(fieldValue(robot, SESSIONS + "#fieldsGrid", "id")).isEqualTo(session.id());
        assertThat(robot.lookup(SESSIONS + "#tabs").query().isVisible()).isTrue();
    }

    @Test
    void deletesAfterConfirmationAndTheRowIsGone(FxRobot robot) throws Exception {
        awaitFirstPage();
        showOnlyActiveSessions(robot);
        CheckoutSession target = table(robot).getItems().get(0);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        dialogs.answer(true);

        robot.clickOn(SESSIONS + "#deleteButton");

        waitUntil(() -> table(robot).getItems().stream().noneMatch(s -> s.id().equals(target.id())));
        assertThat(dialogs.questions()).singleElement().asString().contains(target.id());
    }

    @Test
    void bulkDeleteShowsEachRowsOutcomeUnderTheTable(FxRobot robot) throws Exception {
        awaitFirstPage();
        robot.interact(() -> statusBox(robot).setValue(CheckoutSessionStatus.ACTIVE));
        robot.clickOn(SESSIONS + "#applyButton");
        waitUntil(() -> table(robot).getItems().size() >= 2
                && table(robot).getItems().stream().allMatch(s -> s.status().is(CheckoutSessionStatus.ACTIVE)));
        List<String> targets = table(robot).getItems().subList(0, 2).stream().map(CheckoutSession::id).toList();
        robot.interact(() -> table(robot).getSelectionModel().selectRange(0, 2));
        dialogs.answer(true);

        robot.clickOn(SESSIONS + "#deleteButton");

        waitUntil(() -> robot.lookup(SESSIONS + "#deleteOutcomesPane").query().isVisible());
        assertThat(robot.lookup(SESSIONS + "#deleteOutcomesTitle").queryAs(Label.class).getText())
                .isEqualTo("Delete: 2 deleted, 0 not deleted");
        waitUntil(() -> table(robot).getItems().stream().noneMatch(s -> targets.contains(s.id())));
    }

    @Test
    void newSessionStaysDisabledUntilValidThenCreatesAndSelectsIt(FxRobot robot) throws Exception {
        awaitFirstPage();
        robot.clickOn(SESSIONS + "#newSessionButton");
        waitUntil(() -> robot.lookup("#createButton").tryQuery().isPresent());
        Button create = robot.lookup("#createButton").queryButton();

        robot.clickOn("#durationField").eraseText(3).write("10");
        assertThat(create.isDisabled()).isTrue();

        robot.clickOn("#checkoutTokenField").write("console-test-order");
        assertThat(create.isDisabled()).as("duration under 30 s").isTrue();
        robot.clickOn("#durationField").eraseText(2).write("600");
        waitUntil(() -> !create.isDisabled());
        sandbox.server().setChaos(sandbox.server().chaos().withLatency(1_500, 1_500));
        robot.clickOn(create);
        Stage dialog = (Stage) create.getScene().getWindow();
        robot.interact(() -> dialog.fireEvent(new WindowEvent(dialog, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(dialog.isShowing()).as("not closed while Create is in flight").isTrue();
        assertThat(robot.lookup("#cancelButton").queryButton().isDisabled()).isTrue();

        waitUntil(() -> robot.lookup(SESSIONS + "#titleLabel").queryAs(Label.class).getText().contains("console-test-order")
                || table(robot).getSelectionModel().getSelectedItems().stream().anyMatch(s -> "console-test-order".equals(s.checkoutToken())
                        || (s.checkoutToken() != null && s.checkoutToken().startsWith("console-test-order"))));
    }

    @Test
    void anApiErrorShowsABannerWithItsTraceId(FxRobot robot) throws Exception {
        awaitFirstPage();
        sandbox.server().setChaos(sandbox.server().chaos().withErrorRate(1.0));

        robot.clickOn(SESSIONS + "#reloadButton");

        waitUntil(() -> robot.lookup(SESSIONS + "#errorState").query().isVisible());
        String banner = String.join("\n", textsUnder(robot.lookup(SESSIONS + "#errorBanner").query()));
        assertThat(banner).contains("HTTP 5").contains("traceId: ");
    }

    @Test
    void anExportThatCannotWriteShowsItsBannerInTheViewInsteadOfAnAlert(FxRobot robot) throws Exception {
        awaitFirstPage();
        Path notAFolder = Files.writeString(folder.resolve("not-a-folder"), "a file");
        Path nowhere = notAFolder.resolve("sessions.csv");
        dialogs.saveTo(nowhere);

        robot.clickOn(robot.lookup(SESSIONS + "#sessionsExportBar .button").match(LabeledMatchers.hasText("Export CSV")).queryButton());

        waitUntil(() -> robot.lookup(SESSIONS + "#exportErrorBanner").query().isVisible());
        assertThat(String.join("\n", textsUnder(robot.lookup(SESSIONS + "#exportErrorBanner").query()))).contains("not-a-folder");
        assertThat(robot.listWindows()).as("no alert window").hasSize(1);
    }

    @Test
    void staysUsableWhileTheServerIsSlow(FxRobot robot) throws Exception {
        awaitFirstPage();
        sandbox.server().setChaos(sandbox.server().chaos().withLatency(4_000, 4_000));

        robot.clickOn(SESSIONS + "#reloadButton");
        waitUntil(() -> robot.lookup(SESSIONS + "#loadingOverlay").query().isVisible());
        long asked = System.nanoTime();
        AtomicLong answered = new AtomicLong();
        Platform.runLater(() -> answered.set(System.nanoTime()));
        waitUntil(() -> answered.get() != 0);
        robot.clickOn(SESSIONS + "#identityIdField").write("abc");

        assertThat(Duration.ofNanos(answered.get() - asked)).as("the FX thread answers at once").isLessThan(Duration.ofMillis(500));
        assertThat(robot.lookup(SESSIONS + "#identityIdField").queryAs(TextField.class).getText()).isEqualTo("abc");
        assertThat(robot.lookup(SESSIONS + "#loadingOverlay").query().isVisible()).as("the slow page is still loading").isTrue();
        waitUntil(() -> !robot.lookup(SESSIONS + "#loadingOverlay").query().isVisible() && !table(robot).getItems().isEmpty());
    }

    @Test
    void aProfileSavedInSettingsAppearsInTheHeadersSelector(FxRobot robot) throws Exception {
        awaitFirstPage();
        robot.clickOn("#settingsButton");
        waitUntil(() -> robot.lookup("#profileList").tryQuery().isPresent()
                && !robot.lookup("#profileList").queryListView().getItems().isEmpty());
        assertThat(robot.lookup("#formTitle").queryAs(Label.class).getText()).isEqualTo("Embedded sandbox");
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).as("the built-in profile is read-only").isTrue();

        robot.clickOn("#newProfileButton");
        robot.clickOn("#nameField").write("Staging");
        robot.clickOn("#baseUrlField").write("https://api.conomyhq.com/sandbox");
        robot.clickOn("#clientIdField").write("staging-console");
        waitUntil(() -> !robot.lookup("#saveButton").queryButton().isDisabled());
        robot.clickOn("#saveButton");

        waitUntil(() -> robot.lookup("#profileList").queryListView().getItems().size() == 2);
        robot.clickOn("#closeButton");
        waitUntil(() -> robot.lookup("#profileBox").queryComboBox().getItems().size() == 2);
        assertThat(localData.profiles().find("Staging")).isPresent();
        assertThat(robot.lookup("#environmentBadge").queryAs(Label.class).getText()).isEqualTo("SANDBOX");
    }

    // ---- helpers ----

    /** Filters the table to ACTIVE sessions, the ones that can be paid, refreshed and deleted. */
    private void showOnlyActiveSessions(FxRobot robot) throws Exception {
        robot.interact(() -> statusBox(robot).setValue(CheckoutSessionStatus.ACTIVE));
        robot.clickOn(SESSIONS + "#applyButton");
        waitUntil(() -> !table(robot).getItems().isEmpty()
                && table(robot).getItems().stream().allMatch(s -> s.status().is(CheckoutSessionStatus.ACTIVE)));
    }

    private void awaitFirstPage() throws InterruptedException {
        assertThat(window.awaitFirstPage()).as("first page shown").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        AtomicBoolean holds = new AtomicBoolean();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.asyncFx(() -> holds.set(condition.getAsBoolean())).get();
            return holds.get();
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<CheckoutSession> table(FxRobot robot) {
        return robot.lookup(SESSIONS + "#table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<CheckoutSessionStatus> statusBox(FxRobot robot) {
        return robot.lookup(SESSIONS + "#statusBox").queryAs(ComboBox.class);
    }

    private static String pager(FxRobot robot) {
        return robot.lookup(SESSIONS + "#pagerLabel").queryAs(Label.class).getText();
    }

    /** Every text a person sees under the node: labels, buttons and plain text nodes. */
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

    private static String fieldValue(FxRobot robot, String grid, String label) {
        return robot.lookup(grid + " #field-" + label).tryQueryAs(TextField.class).map(TextField::getText).orElse(null);
    }

    private static boolean isSortedByTotal(List<CheckoutSession> rows) {
        for (int i = 1; i < rows.size(); i++) {
            BigDecimal previous = rows.get(i - 1).totalAmount();
            if (previous.compareTo(rows.get(i).totalAmount()) > 0) {
                return false;
            }
        }
        return !rows.isEmpty();
    }

    private static String dayMonthYear(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
