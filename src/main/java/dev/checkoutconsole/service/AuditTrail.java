package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.ApiErrorException;
import dev.checkoutconsole.api.model.ConomyException;
import dev.checkoutconsole.store.AuditQuery;
import dev.checkoutconsole.store.AuditRow;
import dev.checkoutconsole.store.AuditStore;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The append-only record of everything anyone did through the console. Entries are only added; reading is by
 * filter, newest first. Plain blocking methods: the GUI calls them on its background executor.
 */
public final class AuditTrail {
    private static final int PAGE = 500;
    /** Between target ids in the stored column: a control character no id or profile name contains. */
    private static final String TARGET_SEPARATOR = "\u001F";

    private final AuditStore store;
    private final Clock clock;

    AuditTrail(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records one action and returns the entry as stored. */
    public AuditEntry record(OperatorContext who, AuditAction action, List<String> targets, AuditOutcome outcome,
                             Integer httpStatus, String traceId, String detail) {
        Objects.requireNonNull(who, "who");
        List<String> ids = targets.stream().filter(Objects::nonNull).map(id -> id.replace(TARGET_SEPARATOR, " ").trim())
                .filter(id -> !id.isEmpty()).toList();
        AuditRow row = new AuditRow(0, clock.instant().truncatedTo(ChronoUnit.MILLIS), who.operator(), who.profileName(),
                who.live(), action.code(), String.join(TARGET_SEPARATOR, ids), outcome.name(), httpStatus, traceId, detail);
        long id = store.append(row);
        return entry(new AuditRow(id, row.at(), row.operator(), row.profile(), row.live(), row.action(), row.targets(),
                row.outcome(), row.httpStatus(), row.traceId(), row.detail()));
    }

    /**
     * Records an action that failed with {@code failure}, with the server's status and traceId when it answered:
     * FAILED for a refusal (4xx), UNKNOWN for a server error (5xx) or no answer, after which it may have been done.
     */
    AuditEntry recordFailure(OperatorContext who, AuditAction action, List<String> targets, ConomyException failure) {
        if (failure instanceof ApiErrorException api) {
            return record(who, action, targets, api.status() >= 500 ? AuditOutcome.UNKNOWN : AuditOutcome.FAILED,
                    api.status(), api.traceId(), api.type() + " (code " + api.code() + "): " + api.detail());
        }
        return record(who, action, targets, AuditOutcome.UNKNOWN, null, null,
                "no answer (" + failure.getClass().getSimpleName() + "); it may or may not have been done");
    }

    /** Matching entries, newest first, at most {@code limit}. */
    public List<AuditEntry> list(AuditFilter filter, int limit) {
        return store.list(query(filter), limit).stream().map(AuditTrail::entry).toList();
    }

    /** Every matching entry, newest first, read a page at a time: for exports of any size. */
    public void forEach(AuditFilter filter, Consumer<AuditEntry> action) {
        store.forEach(query(filter), PAGE, row -> action.accept(entry(row)));
    }

    private static AuditQuery query(AuditFilter filter) {
        return new AuditQuery(filter.since(), filter.until(), blankToNull(filter.action()), blankToNull(filter.operator()),
                blankToNull(filter.profile()), filter.outcome() == null ? null : filter.outcome().name());
    }

    private static AuditEntry entry(AuditRow row) {
        List<String> targets = row.targets().isEmpty() ? List.of() : Arrays.asList(row.targets().split(TARGET_SEPARATOR));
        return new AuditEntry(row.id(), row.at(), row.operator(), row.profile(), row.live(), row.action(), targets,
                row.outcome(), row.httpStatus(), row.traceId(), row.detail());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
