package dev.checkoutconsole.ui.sessions;

import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionStatus;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.PaymentLink;
import dev.checkoutconsole.api.model.Sort;
import dev.checkoutconsole.sandbox.ChaosSettings;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.service.Money;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.SessionRules;
import dev.checkoutconsole.service.SettledPayments;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import dev.checkoutconsole.ui.common.ErrorReport;
import dev.checkoutconsole.ui.common.LoadState;
import dev.checkoutconsole.ui.common.QueuedUiExecutor;
import dev.checkoutconsole.ui.common.TaskExecutor;
import dev.checkoutconsole.ui.common.UiPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The sessions table's logic against the real sandbox, on the calling thread: no toolkit needed. */
class SessionsViewModelTest {
    @RegisterExtension
    static final SandboxFixture sandbox = SandboxFixture.builder().seedSessions(300).seed(11L).build();

    @RegisterExtension
    static final SandboxFixture otherSandbox = SandboxFixture.builder().seedSessions(300).seed(11L).build();

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final UiPreferences preferences = UiPreferences.inMemory();
    private final List<HttpExchange> exchanges = new CopyOnWriteArrayList<>();
    private ActiveConnection connection;
    private SessionsViewModel viewModel;

    @TempDir
    Path folder;
    private LocalData localData;

    @BeforeEach
    void connect() {
        localData = LocalData.open(new LocalPaths(folder, folder.resolve("config")), Clock.systemUTC());
        connection = new ActiveConnection(localData.audit());
        connection.onExchange(exchanges::add);
        connection.switchTo(new OperatorContext("agent-ana", "Embedded sandbox", false), sandbox.connectionSettings());
        viewModel = newViewModel();
    }

    private SessionsViewModel newViewModel() {
        return new SessionsViewModel(connection, TaskExecutor.sameThread(), dialogs, preferences, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        connection.close();
        localData.close();
    }

    @Test
    void statusFilterShowsOnlySessionsInThatStatusAndTheServersTotal() {
        viewModel.apply();
        long everything = viewModel.totalProperty().get();

        viewModel.statusProperty().set(CheckoutSessionStatus.FINISHED);
        viewModel.apply();

        assertThat(viewModel.loadStateProperty().get()).isEqualTo(LoadState.LOADED);
        assertThat(viewModel.sessions()).isNotEmpty()
                .allSatisfy(session -> assertThat(session.status().known()).contains(CheckoutSessionStatus.FINISHED));
        assertThat(viewModel.totalProperty().get()).isLessThan(everything);
        assertThat(lastRequestPath()).contains("status=FINISHED");
    }

    @Test
    void dateRangeIsSentAsDayMonthYearAndBoundsTheCreationDates() {
        LocalDate end = LocalDate.now(ZoneOffset.UTC).minusDays(10);
        LocalDate start = end.minusDays(20);
        viewModel.startDateProperty().set(start);
        viewModel.endDateProperty().set(end);
        viewModel.apply();

        assertThat(lastRequestPath()).contains("startDate=" + two(start.getDayOfMonth()) + "%2F" + two(start.getMonthValue()) + "%2F" + start.getYear());
        assertThat(viewModel.sessions()).isNotEmpty().allSatisfy(session -> {
            LocalDate created = session.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
            assertThat(created).isBetween(start, end);
        });
    }

    @Test
    void anEndDateBeforeTheStartIsRefusedByNameAndNothingIsSent() {
        viewModel.startDateProperty().set(LocalDate.of(2026, 3, 10));
        viewModel.endDateProperty().set(LocalDate.of(2026, 3, 1));
        exchanges.clear();

        viewModel.apply();

        assertThat(viewModel.filterErrorProperty().get()).containsIgnoringCase("endDate");
        assertThat(exchanges).isEmpty();
    }

    @Test
    void pagesForwardAndBackWithTheServersTotal() {
        viewModel.pageSizeProperty().set(25);
        viewModel.apply();
        List<String> firstPage = ids();
        long total = viewModel.totalProperty().get();
        assertThat(viewModel.pagerTextBinding().get()).isEqualTo("Page 1 of " + ((total + 24) / 25) + " · " + total + " sessions");
        assertThat(viewModel.canGoBackBinding().get()).isFalse();

        viewModel.nextPage();
        assertThat(ids()).hasSize(25).doesNotContainAnyElementsOf(firstPage);
        assertThat(viewModel.pagerTextBinding().get()).startsWith("Page 2 of ");
        assertThat(lastRequestPath()).contains("offset=25").contains("limit=25");

        viewModel.previousPage();
        assertThat(ids()).isEqualTo(firstPage);
    }

    @Test
    void sortingByAColumnAsksTheServerAndTheRowsComeBackInOrder() {
        viewModel.sortBy(Sort.asc("totalAmount"));

        assertThat(lastRequestPath()).contains("sort=totalAmount%3Aasc");
        List<BigDecimal> amounts = viewModel.sessions().stream().map(CheckoutSession::totalAmount).toList();
        assertThat(amounts).isSortedAccordingTo(BigDecimal::compareTo);
    }

    @Test
    void theLastAppliedFiltersComeBackInTheNextViewModel() {
        viewModel.statusProperty().set(CheckoutSessionStatus.EXPIRED);
        viewModel.identityIdProperty().set("  ");
        viewModel.pageSizeProperty().set(100);
        viewModel.apply();

        SessionsViewModel nextStart = newViewModel();

        assertThat(nextStart.statusProperty().get()).isEqualTo(CheckoutSessionStatus.EXPIRED);
        assertThat(nextStart.pageSizeProperty().get()).isEqualTo(100);
        assertThat(nextStart.identityIdProperty().get()).isEmpty();
    }

    @Test
    void resetClearsEveryFilter() {
        viewModel.statusProperty().set(CheckoutSessionStatus.EXPIRED);
        viewModel.accountNumberProperty().set("no-such-account");
        viewModel.apply();
        assertThat(viewModel.loadStateProperty().get()).isEqualTo(LoadState.EMPTY);

        viewModel.reset();

        assertThat(viewModel.statusProperty().get()).isNull();
        assertThat(viewModel.accountNumberProperty().get()).isEmpty();
        assertThat(viewModel.loadStateProperty().get()).isEqualTo(LoadState.LOADED);
    }

    @Test
    void deleteAfterConfirmationRemovesTheSessionFromTheServer() {
        CheckoutSession target = firstDeletable();
        viewModel.selection().setAll(target);
        dialogs.answer(true);

        viewModel.deleteSelected();

        assertThat(dialogs.questions()).singleElement().asString().contains(target.id());
        assertThat(viewModel.deleteOutcomes()).singleElement().satisfies(outcome -> assertThat(outcome.deleted()).isTrue());
        assertThat(ids()).doesNotContain(target.id());
        assertThat(exchanges).anySatisfy(exchange -> {
            assertThat(exchange.method()).isEqualTo("DELETE");
            assertThat(exchange.path()).contains(target.id());
        });
    }

    @Test
    void aDeclinedConfirmationSendsNoDelete() {
        viewModel.selection().setAll(firstDeletable());
        dialogs.answer(false);

        viewModel.deleteSelected();

        assertThat(exchanges).noneMatch(exchange -> exchange.method().equals("DELETE"));
    }

    @Test
    void deleteIsDisabledWithAReasonForAFinishedSession() {
        viewModel.statusProperty().set(CheckoutSessionStatus.FINISHED);
        viewModel.apply();
        viewModel.selection().setAll(viewModel.sessions().get(0));

        assertThat(viewModel.deleteBlockedReasonBinding().get()).contains(viewModel.sessions().get(0).id());
    }

    @Test
    void bulkDeleteReportsEachRowAndConfirmsOnceWithCountAndTotal() {
        viewModel.statusProperty().set(CheckoutSessionStatus.ACTIVE);
        viewModel.apply();
        List<CheckoutSession> targets = viewModel.sessions().subList(0, 3).stream().toList();
        viewModel.selection().setAll(targets);
        dialogs.answer(true);

        viewModel.deleteSelected();

        assertThat(dialogs.questions()).singleElement().asString().contains("3 checkout sessions")
                .contains(SessionsViewModel.totalsByCurrency(targets));
        assertThat(SessionsViewModel.totalsByCurrency(targets)).isNotBlank();
        assertThat(viewModel.deleteOutcomes()).hasSize(3).allSatisfy(outcome -> assertThat(outcome.deleted()).isTrue());
        assertThat(exchanges.stream().filter(exchange -> exchange.method().equals("DELETE"))).hasSize(3);
    }

    @Test
    void aBulkDeleteSendsOnlyTheDeletableRowsAndReportsTheOthersWithTheirReason() {
        viewModel.statusProperty().set(CheckoutSessionStatus.ACTIVE);
        viewModel.apply();
        List<CheckoutSession> active = List.copyOf(viewModel.sessions().subList(0, 2));
        viewModel.statusProperty().set(CheckoutSessionStatus.FINISHED);
        viewModel.apply();
        CheckoutSession finished = viewModel.sessions().get(0);
        viewModel.selection().setAll(active.get(0), finished, active.get(1));
        assertThat(viewModel.deleteBlockedReasonBinding().get()).isNull();
        dialogs.answer(true);
        exchanges.clear();

        viewModel.deleteSelected();

        assertThat(dialogs.questions()).singleElement().asString().contains("Delete 2 checkout sessions")
                .contains("1 of the 3 selected cannot be deleted").contains(finished.id());
        assertThat(viewModel.deleteOutcomes()).extracting(DeleteOutcome::result).containsExactly(
                DeleteOutcome.Result.DELETED, DeleteOutcome.Result.NOT_ATTEMPTED, DeleteOutcome.Result.DELETED);
        assertThat(viewModel.deleteOutcomes().get(1).explanation()).isEqualTo("not deleted: " + SessionRules.whyNotDeletable(finished).orElseThrow());
        assertThat(exchanges.stream().filter(exchange -> exchange.method().equals("DELETE"))).hasSize(2)
                .noneMatch(exchange -> exchange.path().contains(finished.id()));
    }

    @Test
    void theDeleteKeyOnASelectionThatCannotBeDeletedSaysWhy() {
        viewModel.statusProperty().set(CheckoutSessionStatus.FINISHED);
        viewModel.apply();
        viewModel.selection().setAll(viewModel.sessions().get(0));
        exchanges.clear();

        viewModel.deleteSelected();

        assertThat(dialogs.notifications()).singleElement().asString().startsWith("Cannot delete " + viewModel.sessions().get(0).id());
        assertThat(dialogs.questions()).isEmpty();
        assertThat(exchanges).isEmpty();
    }

    @Test
    void aSessionChangedElsewhereStaysSelectedWithItsNewData() {
        CheckoutSession shown = firstDeletable();
        viewModel.selection().setAll(shown);
        CheckoutSession refreshed = connection.connection().sessions().refresh(shown.checkoutToken(), new Cancellation());

        viewModel.reloadAfterChange(shown.id());

        assertThat(refreshed).isNotEqualTo(shown);
        assertThat(viewModel.rowsToKeepSelected()).singleElement().isEqualTo(refreshed);
        assertThat(dialogs.notifications()).isEmpty();
    }

    @Test
    void aSessionThatAChangeTookOffThePageIsSaidToBeGone() {
        CheckoutSession shown = firstDeletable();
        viewModel.selection().setAll(shown);
        connection.connection().sessions().delete(shown.id(), new Cancellation());

        viewModel.reloadAfterChange(shown.id());

        assertThat(viewModel.rowsToKeepSelected()).isEmpty();
        assertThat(dialogs.notifications()).singleElement().asString()
                .contains(shown.id()).contains("no longer matches the filters");
    }

    @Test
    void aSecondOpenFromTheSameLinkWhileTheFirstIsInFlightSendsNothing() throws Exception {
        PaymentLink link = connection.connection().paymentLinks().create(
                SettledPayments.linkRequest("open-twice-" + UUID.randomUUID(), new BigDecimal("12000"), "CLP"), new Cancellation());
        sandbox.server().setChaos(ChaosSettings.NONE.withLatency(500, 500));
        QueuedUiExecutor executor = new QueuedUiExecutor();
        SessionsViewModel slow = new SessionsViewModel(connection, executor, dialogs, preferences, Clock.systemUTC());

        slow.openFromPaymentLink(link.checkoutToken());
        slow.openFromPaymentLink(link.checkoutToken());
        executor.runUntil("the session is opened", () -> !slow.openingFromLinkProperty().get(), Duration.ofSeconds(10));

        assertThat(exchanges.stream().filter(exchange -> exchange.method().equals("POST")
                && exchange.path().contains(link.checkoutToken()))).hasSize(1);
    }

    @Test
    void aBulkDeleteKeepsToTheConnectionItWasConfirmedOnWhenTheProfileIsSwitched() throws Exception {
        viewModel.statusProperty().set(CheckoutSessionStatus.ACTIVE);
        viewModel.apply();
        viewModel.selection().setAll(viewModel.sessions().subList(0, 3));
        sandbox.server().setChaos(ChaosSettings.NONE.withLatency(300, 300));
        QueuedUiExecutor executor = new QueuedUiExecutor();
        SessionsViewModel deleting = new SessionsViewModel(connection, executor, dialogs, preferences, Clock.systemUTC());
        deleting.selection().setAll(viewModel.selection());
        dialogs.answer(true);

        deleting.deleteSelected();
        connection.switchTo(new OperatorContext("agent-ana", "Other sandbox", false), otherSandbox.connectionSettings());
        executor.runUntil("the delete has run", () -> !deleting.deletingProperty().get(), Duration.ofSeconds(10));

        assertThat(deleting.deleteOutcomes()).hasSize(3).allSatisfy(outcome -> assertThat(outcome.deleted()).isTrue());
        assertThat(exchanges.stream().filter(exchange -> exchange.method().equals("DELETE")))
                .hasSize(3).allSatisfy(exchange -> assertThat(exchange.url()).startsWith(sandbox.baseUrl() + "/"));
    }

    @Test
    void aProfileSwitchForgetsTheOldRowsSoNoneCanBeDeletedOnTheNewProfile() {
        viewModel.apply();
        viewModel.selection().setAll(viewModel.sessions().get(0));
        otherSandbox.server().setChaos(ChaosSettings.NONE.withErrorRate(1.0));

        connection.switchTo(new OperatorContext("agent-ana", "Other sandbox", true), otherSandbox.connectionSettings());
        viewModel.apply();

        assertThat(viewModel.loadStateProperty().get()).isEqualTo(LoadState.ERROR);
        assertThat(viewModel.sessions()).isEmpty();
        assertThat(viewModel.selection()).isEmpty();
        assertThat(viewModel.deleteBlockedReasonBinding().get()).isEqualTo("Select one or more sessions");
        assertThat(viewModel.pagerTextBinding().get()).isEqualTo("Page 1 of 1 · 0 sessions");
    }

    @Test
    void aDeleteThatGetsNoAnswerIsReportedAsUnknownAndTheRowsAfterItAreNotSent() {
        viewModel.statusProperty().set(CheckoutSessionStatus.ACTIVE);
        viewModel.apply();
        viewModel.selection().setAll(viewModel.sessions().subList(0, 3));
        dialogs.answer(true);
        sandbox.server().setChaos(ChaosSettings.NONE.withDropRate(1.0));
        exchanges.clear();

        viewModel.deleteSelected();

        assertThat(viewModel.deleteOutcomes()).extracting(DeleteOutcome::result)
                .containsExactly(DeleteOutcome.Result.UNKNOWN, DeleteOutcome.Result.NOT_ATTEMPTED, DeleteOutcome.Result.NOT_ATTEMPTED);
        assertThat(viewModel.deleteOutcomes().get(0).explanation()).contains("reload to see whether it was deleted");
        assertThat(viewModel.deleteOutcomes().get(1).explanation()).contains("not sent after the one before got no clear answer");
        assertThat(exchanges.stream().filter(exchange -> exchange.method().equals("DELETE"))).hasSize(1);
        assertThat(dialogs.notifications()).last().asString().startsWith("0 of 3 sessions deleted; 1 without an answer");
    }

    @Test
    void thePagerCountsInTheNewPageSizeOnceThatPageIsShown() {
        viewModel.pageSizeProperty().set(25);
        viewModel.apply();
        long total = viewModel.totalProperty().get();
        assertThat(viewModel.pagerTextBinding().get()).isEqualTo("Page 1 of " + ((total + 24) / 25) + " · " + total + " sessions");

        viewModel.pageSizeProperty().set(100);
        viewModel.apply();

        assertThat(viewModel.pagerTextBinding().get()).isEqualTo("Page 1 of " + ((total + 99) / 100) + " · " + total + " sessions");
    }

    @Test
    void aPageWhoseRowsAreAllGoneShowsTheLastPageThereIs() {
        viewModel.statusProperty().set(CheckoutSessionStatus.ACTIVE);
        // Five rows a page (the box offers 25 and more): the sandbox's ACTIVE sessions then fill several pages.
        viewModel.pageSizeProperty().set(5);
        viewModel.apply();
        long active = viewModel.totalProperty().get();
        assertThat(active).as("enough ACTIVE sessions for two pages").isGreaterThan(5);
        long lastOffset = (active - 1) / 5 * 5;
        while (viewModel.canGoForwardBinding().get()) {
            viewModel.nextPage();
        }
        for (CheckoutSession onLastPage : List.copyOf(viewModel.sessions())) {
            connection.connection().sessions().delete(onLastPage.id(), new Cancellation());
        }

        viewModel.reload();

        long left = lastOffset;
        assertThat(viewModel.loadStateProperty().get()).isEqualTo(LoadState.LOADED);
        assertThat(viewModel.sessions()).hasSize(5);
        long pages = (left + 4) / 5;
        assertThat(viewModel.pagerTextBinding().get()).isEqualTo("Page " + pages + " of " + pages + " · " + left + " sessions");
    }

    @Test
    void savedDatesInTheWrongOrderAreDroppedSoTheFirstPageLoads() {
        preferences.put("sessions.filter.startDate", "10/03/2026");
        preferences.put("sessions.filter.endDate", "01/03/2026");

        SessionsViewModel restored = newViewModel();
        restored.apply();

        assertThat(restored.startDateProperty().get()).isNull();
        assertThat(restored.endDateProperty().get()).isNull();
        assertThat(restored.loadStateProperty().get()).isEqualTo(LoadState.LOADED);
    }

    @Test
    void aSavedSortOnAFieldTheServerDoesNotSortOnFallsBackToNewestFirst() {
        preferences.put("sessions.filter.sort", "checkoutToken:asc");

        SessionsViewModel restored = newViewModel();
        restored.apply();

        assertThat(restored.sortProperty().get()).isEqualTo(SessionsViewModel.DEFAULT_SORT);
        assertThat(restored.loadStateProperty().get()).isEqualTo(LoadState.LOADED);
        assertThat(lastRequestPath()).contains("sort=createdAt%3Adesc");
    }

    @Test
    void aLinkTokenThatDoesNotExistIsReportedInlineWithItsTraceId() {
        viewModel.openFromPaymentLink("no-such-link-" + UUID.randomUUID());

        ErrorReport report = viewModel.actionErrorProperty().get();
        assertThat(report.apiError().status()).isEqualTo(404);
        assertThat(report.apiError().traceId()).isNotBlank();
        assertThat(viewModel.openingFromLinkProperty().get()).isFalse();
    }

    @Test
    void onALiveProfileTheSessionIdMustBeTypedAndAnythingElseSendsNoDelete() {
        CheckoutSession target = firstDeletable();
        connection.switchTo(new OperatorContext("agent-ana", "Acme live", true), sandbox.connectionSettings());
        viewModel.selection().setAll(target);

        dialogs.type(target.id().substring(1));
        viewModel.deleteSelected();
        assertThat(exchanges).noneMatch(exchange -> exchange.method().equals("DELETE"));
        assertThat(dialogs.questions()).singleElement().asString().startsWith("Delete on a LIVE profile").contains(target.id());

        dialogs.type(target.id());
        viewModel.deleteSelected();
        assertThat(viewModel.deleteOutcomes()).singleElement().satisfies(outcome -> assertThat(outcome.deleted()).isTrue());
    }

    @Test
    void totalsOfSeveralCurrenciesAreGivenPerCurrencyWithTheirOwnDecimals() {
        viewModel.pageSizeProperty().set(100);
        viewModel.apply();
        Map<String, List<CheckoutSession>> byCurrency = viewModel.sessions().stream()
                .collect(Collectors.groupingBy(CheckoutSession::currency, LinkedHashMap::new, Collectors.toList()));
        String twice = byCurrency.entrySet().stream().filter(entry -> entry.getValue().size() >= 2).findFirst().orElseThrow().getKey();
        String once = byCurrency.keySet().stream().filter(currency -> !currency.equals(twice)).findFirst().orElseThrow();
        CheckoutSession first = byCurrency.get(twice).get(0);
        CheckoutSession second = byCurrency.get(twice).get(1);
        CheckoutSession other = byCurrency.get(once).get(0);

        String totals = SessionsViewModel.totalsByCurrency(List.of(first, other, second));

        assertThat(totals).isEqualTo(Money.formatWithCurrency(first.totalAmount().add(second.totalAmount()), twice)
                + " + " + Money.formatWithCurrency(other.totalAmount(), once));
    }

    @Test
    void aServerErrorShowsItsStatusAndTraceId() {
        sandbox.server().setChaos(sandbox.server().chaos().withErrorRate(1.0));

        viewModel.apply();

        assertThat(viewModel.loadStateProperty().get()).isEqualTo(LoadState.ERROR);
        ErrorReport report = viewModel.errorProperty().get();
        assertThat(report.kind()).isEqualTo(ErrorReport.Kind.API_ERROR);
        assertThat(report.apiError().status()).isBetween(500, 599);
        assertThat(report.apiError().traceId()).isNotBlank();
    }

    @Test
    void exportWritesEverySessionTheFilterMatchesNotOnlyThePageShown() throws Exception {
        viewModel.statusProperty().set(CheckoutSessionStatus.EXPIRED);
        viewModel.pageSizeProperty().set(25);
        viewModel.apply();
        long total = viewModel.totalProperty().get();
        assertThat(total).isGreaterThan(25);
        Path file = folder.resolve("expired.csv");
        dialogs.saveTo(file);

        viewModel.exportCsv();

        List<String> lines = java.nio.file.Files.readAllLines(file);
        assertThat(lines).hasSize((int) total + 1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains(",EXPIRED,"));
        assertThat(viewModel.export().statusProperty().get()).startsWith("Exported " + total + " rows");
    }

    private CheckoutSession firstDeletable() {
        viewModel.statusProperty().set(CheckoutSessionStatus.ACTIVE);
        viewModel.apply();
        assertThat(viewModel.sessions()).isNotEmpty();
        return viewModel.sessions().get(0);
    }

    private List<String> ids() {
        return viewModel.sessions().stream().map(CheckoutSession::id).toList();
    }

    private String lastRequestPath() {
        return exchanges.get(exchanges.size() - 1).path();
    }

    private static String two(int number) {
        return number < 10 ? "0" + number : String.valueOf(number);
    }
}
