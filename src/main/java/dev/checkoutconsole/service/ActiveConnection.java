package dev.checkoutconsole.service;

import dev.checkoutconsole.api.ClientConfig;
import dev.checkoutconsole.api.model.HttpExchange;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The connection the running console uses now. Switching profile closes the old connection and opens the new
 * one; listeners hear of the switch and of every HTTP exchange, on the thread where it happened. A call begun
 * before a switch may still end after it (a bulk delete carries on where it was confirmed): its exchange reaches
 * every exchange listener, but not those that follow only the active profile.
 */
public final class ActiveConnection implements AutoCloseable {
    private final List<Consumer<HttpExchange>> exchangeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<HttpExchange>> activeExchangeListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong switches = new AtomicLong();
    private final List<Consumer<Target>> switchListeners = new CopyOnWriteArrayList<>();
    private final AuditTrail audit;
    private final ClientConfig.Timeouts timeouts;
    private volatile Target target;

    /** Every connection this opens records its mutating calls in {@code audit}. */
    public ActiveConnection(AuditTrail audit) {
        this(audit, ClientConfig.Timeouts.DEFAULT);
    }

    /**
     * Every connection this opens records its mutating calls in {@code audit} and gives up on the server after
     * {@code timeouts}, e.g. short ones for tests of a server too slow to answer.
     */
    public ActiveConnection(AuditTrail audit, ClientConfig.Timeouts timeouts) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
    }

    /** What the console is connected to: who acts, on which profile, and whether it moves real money. */
    public record Target(OperatorContext operator, Connection connection) {
        public Target {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(connection, "connection");
        }

        public String profileName() {
            return operator.profileName();
        }

        public boolean live() {
            return operator.live();
        }
    }

    /**
     * Opens a connection for the operator's profile and makes it the active one. One switch at a time, and the count
     * moves on only once the new connection is open: settings it refuses leave the old one active and heard.
     */
    public synchronized Target switchTo(OperatorContext operator, ConnectionSettings settings) {
        long opening = switches.get() + 1;
        Connection connection = Connection.open(settings, timeouts, operator, audit, exchange -> publish(exchange, opening));
        Target next = new Target(operator, connection);
        Target previous = target;
        target = next;
        switches.set(opening);
        if (previous != null) {
            previous.connection().close();
        }
        switchListeners.forEach(listener -> listener.accept(next));
        return next;
    }

    /**
     * Opens a second connection to the active profile for another operator, e.g. the demo's approver of a refund
     * review. Its exchanges reach this connection's listeners and its mutating calls the same audit trail. The
     * caller closes it.
     */
    public Connection openFor(OperatorContext operator) {
        long opening = switches.get();
        return Connection.open(connection().settings(), timeouts, operator, audit, exchange -> publish(exchange, opening));
    }

    public Optional<Target> target() {
        return Optional.ofNullable(target);
    }

    /** The active connection; callers run only after one was opened. */
    public Connection connection() {
        Target current = target;
        if (current == null) {
            throw new IllegalStateException("No connection is open yet");
        }
        return current.connection();
    }

    public void onExchange(Consumer<HttpExchange> listener) {
        exchangeListeners.add(listener);
    }

    /** Hears only the exchanges of the active profile's connections, e.g. for the status bar. */
    public void onActiveExchange(Consumer<HttpExchange> listener) {
        activeExchangeListeners.add(listener);
    }

    public void removeExchangeListener(Consumer<HttpExchange> listener) {
        exchangeListeners.remove(listener);
    }

    public void onSwitch(Consumer<Target> listener) {
        switchListeners.add(listener);
    }

    private void publish(HttpExchange exchange, long openedAtSwitch) {
        exchangeListeners.forEach(listener -> listener.accept(exchange));
        if (openedAtSwitch == switches.get()) {
            activeExchangeListeners.forEach(listener -> listener.accept(exchange));
        }
    }

    @Override
    public void close() {
        Target current = target;
        target = null;
        if (current != null) {
            current.connection().close();
        }
    }
}
