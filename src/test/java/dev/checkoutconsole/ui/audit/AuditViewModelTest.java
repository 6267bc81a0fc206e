package dev.checkoutconsole.ui.audit;

import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.AuditAction;
import dev.checkoutconsole.service.AuditEntry;
import dev.checkoutconsole.service.AuditOutcome;
import dev.checkoutconsole.service.AuditTrail;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import dev.checkoutconsole.ui.common.LoadState;
import dev.checkoutconsole.ui.common.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit view's logic over a real SQLite file, with entries made by real calls to the sandbox, on the calling thread. */
class AuditViewModelTest {
    private static final ZoneId ZONE = ZoneId.of("America/Santiago");

    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(100).build();

    @TempDir
    Path folder;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private LocalData localData;
    private AuditTrail audit;
    private ActiveConnection connection;
    private AuditViewModel viewModel;

    @BeforeEach
    void open() {
        localData = LocalData.open(new LocalPaths(folder, folder.resolve("config")), Clock.systemUTC());
        audit = localData.audit();
        connection = new ActiveConnection(audit);
        connection.switchTo(new OperatorContext("ana", "Embedded sandbox", false), sandbox.connectionSettings());
        viewModel = new AuditViewModel(audit, TaskExecutor.sameThread(), dialogs, ZONE);
    }

    @AfterEach
    void close() {
        connection.close();
        localData.close();
    }

    private void record(int count, String operator, AuditAction action, AuditOutcome outcome) {
        OperatorContext who = new OperatorContext(operator, "Embedded sandbox", false);
        for (int i = 0; i < count; i++) {
            audit.record(who, action, List.of("target-" + i), outcome, null, null, "entry " + i);
        }
    }

    @Test
    void aRealCallAppearsOnRefreshWithItsStatusAndTraceId() {
        viewModel.refresh();
        assertThat(viewModel.loadStateProperty().get()).isEqualTo(LoadState.EMPTY);
        String sessionId = connection.connection().sessions().list(
                new CheckoutSessionQuery(null, null, "ACTIVE", null, null, null, 1, 0), new Cancellation())
                .results().get(0).id();
        connection.connection().sessions().delete(sessionId, new Cancellation());

        viewModel.refresh();

        assertThat(viewModel.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("session.delete");
            assertThat(entry.operator()).isEqualTo("ana");
            assertThat(entry.environment()).isEqualTo("SANDBOX");
            assertThat(entry.targets()).contains(sessionId);
            assertThat(entry.outcome()).isEqualTo("SUCCESS");
            assertThat(entry.httpStatus()).isBetween(200, 299);
            assertThat(entry.traceId()).isNotBlank();
        });
        assertThat(viewModel.summaryBinding().get()).isEqualTo("1 entry, newest first");
    }

    @Test
    void filtersByActionFamilyOperatorOutcomeAndDay() {
        record(3, "ana", AuditAction.REVIEW_FLAG, AuditOutcome.SUCCESS);
        record(2, "bob", AuditAction.REVIEW_APPROVE, AuditOutcome.REFUSED);
        record(4, "bob", AuditAction.SESSION_DELETE, AuditOutcome.SUCCESS);
        viewModel.apply();
        assertThat(viewModel.entries()).hasSize(9);
        assertThat(viewModel.entries().get(0).action()).as("newest first").isEqualTo("session.delete");

        viewModel.actionProperty().set("refund-review.flag");
        viewModel.apply();
        assertThat(viewModel.entries()).hasSize(3).allSatisfy(e -> assertThat(e.action()).isEqualTo("refund-review.flag"));

        viewModel.actionProperty().set("refund-review.");
        viewModel.apply();
        assertThat(viewModel.entries()).hasSize(5);
        assertThat(AuditViewModel.actionChoices()).contains("refund-review.", "session.delete", "session.");

        viewModel.operatorProperty().set("bob");
        viewModel.apply();
        assertThat(viewModel.entries()).hasSize(2);
        viewModel.outcomeProperty().set(AuditOutcome.SUCCESS);
        viewModel.apply();
        assertThat(viewModel.entries()).isEmpty();
        assertThat(viewModel.loadStateProperty().get()).isEqualTo(LoadState.EMPTY);

        viewModel.reset();
        LocalDate today = LocalDate.now(ZONE);
        viewModel.sinceProperty().set(today);
        viewModel.untilProperty().set(today);
        viewModel.apply();
        assertThat(viewModel.entries()).hasSize(9);
        viewModel.sinceProperty().set(today.plusDays(1));
        viewModel.untilProperty().set(null);
        viewModel.apply();
        assertThat(viewModel.entries()).isEmpty();
        viewModel.sinceProperty().set(null);
        viewModel.untilProperty().set(today.minusDays(1));
        viewModel.apply();
        assertThat(viewModel.entries()).isEmpty();

        viewModel.sinceProperty().set(today);
        viewModel.apply();
        assertThat(viewModel.filterErrorProperty().get()).startsWith("until");
    }

    @Test
    void loadsMoreAPageAtATimeUntilEverythingIsShown() {
        record(AuditViewModel.PAGE * 2 + 50, "ana", AuditAction.SESSION_REFRESH, AuditOutcome.SUCCESS);
        viewModel.apply();
        assertThat(viewModel.entries()).hasSize(AuditViewModel.PAGE);
        assertThat(viewModel.moreAvailableProperty().get()).isTrue();
        List<Long> firstPage = viewModel.entries().stream().map(AuditEntry::id).toList();

        viewModel.loadMore();
        assertThat(viewModel.entries()).hasSize(AuditViewModel.PAGE * 2);
        assertThat(viewModel.entries().subList(0, AuditViewModel.PAGE)).extracting(AuditEntry::id).isEqualTo(firstPage);
        viewModel.loadMore();
        assertThat(viewModel.entries()).hasSize(AuditViewModel.PAGE * 2 + 50);
        assertThat(viewModel.moreAvailableProperty().get()).isFalse();
        assertThat(viewModel.entries()).extracting(AuditEntry::id).doesNotHaveDuplicates();

        viewModel.apply();
        assertThat(viewModel.entries()).as("new filters start from the first page").hasSize(AuditViewModel.PAGE);
    }

    @Test
    void exportsEveryMatchingEntryWithProgress() throws Exception {
        record(1_001, "ana", AuditAction.SESSION_REFRESH, AuditOutcome.SUCCESS);
        record(5, "bob", AuditAction.SESSION_DELETE, AuditOutcome.SUCCESS);
        viewModel.actionProperty().set("session.refresh");
        viewModel.apply();
        List<Long> progress = new ArrayList<>();
        viewModel.export().rowsWrittenProperty().addListener((observable, old, rows) -> progress.add(rows.longValue()));
        Path file = folder.resolve("audit.csv");
        dialogs.saveTo(file);

        viewModel.exportCsv();

        assertThat(progress).as("every 500 rows, then the end").containsExactly(500L, 1_000L, 1_001L);
        assertThat(viewModel.export().progressProperty().get()).isEqualTo(1.0);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1_002);
        assertThat(lines.get(0)).isEqualTo("id,at,operator,profile,environment,action,targets,outcome,httpStatus,traceId,detail");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains(",ana,Embedded sandbox,SANDBOX,session.refresh,"));
        assertThat(viewModel.export().statusProperty().get()).startsWith("Exported 1001 rows");
    }

    @Test
    void cancellingAnExportStopsItAndLeavesTheFileAsItWas() throws Exception {
        record(501, "ana", AuditAction.SESSION_REFRESH, AuditOutcome.SUCCESS);
        viewModel.apply();
        Path file = folder.resolve("audit.csv");
        Files.writeString(file, "the previous export\r\n");
        viewModel.export().rowsWrittenProperty().addListener((observable, old, rows) -> {
            if (rows.longValue() >= 500) {
                viewModel.export().cancel();
            }
        });
        dialogs.saveTo(file);

        viewModel.exportCsv();

        assertThat(Files.readString(file)).isEqualTo("the previous export\r\n");
        assertThat(viewModel.export().runningProperty().get()).isFalse();
        assertThat(viewModel.export().errorProperty().get()).isNull();
        assertThat(viewModel.export().statusProperty().get()).isEqualTo("Export cancelled after 500 rows; audit.csv was left as it was");
        assertThat(dialogs.notifications()).noneSatisfy(n -> assertThat(n).startsWith("Exported"));
        try (var leftovers = Files.list(folder)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
