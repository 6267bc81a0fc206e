package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.ConomyException;
import dev.checkoutconsole.api.model.HttpExchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a mutating call of a connection and records it in the audit trail afterwards, with the HTTP status and
 * traceId of the exchange the call made on this thread. A call refused before sending (bad input) records nothing:
 * nothing happened.
 */
final class Mutations {
    private final AuditTrail trail;
    private final OperatorContext operator;
    private final ThreadLocal<HttpExchange> lastExchange = new ThreadLocal<>();

    Mutations(AuditTrail trail, OperatorContext operator) {
        this.trail = trail;
        this.operator = operator;
    }

    /** Called by the connection for every exchange, on the thread that made the call. */
    void exchanged(HttpExchange exchange) {
        lastExchange.set(exchange);
    }

    OperatorContext operator() {
        return operator;
    }

    <T> T run(AuditAction action, List<String> targets, Supplier<T> call, Function<T, List<String>> resultIds) {
        lastExchange.remove();
        T result;
        try {
            result = call.get();
        } catch (ConomyException e) {
            trail.recordFailure(operator, action, targets, e);
            throw e;
        }
        HttpExchange exchange = lastExchange.get();
        lastExchange.remove();
        List<String> ids = new ArrayList<>(targets);
        for (String id : resultIds.apply(result)) {
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        trail.record(operator, action, ids, AuditOutcome.SUCCESS, exchange == null ? null : exchange.status(),
                exchange == null ? null : exchange.traceId(), null);
        return result;
    }

    /** The ids that are known; a null id (not in the answer) is left out. */
    static List<String> ids(String... ids) {
        List<String> known = new ArrayList<>();
        for (String id : ids) {
            if (id != null && !id.isBlank()) {
                known.add(id);
            }
        }
        return known;
    }

    void run(AuditAction action, List<String> targets, Runnable call) {
        run(action, targets, () -> {
            call.run();
            return null;
        }, ignored -> List.of());
    }
}
