package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.HttpExchange;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The connection the running console uses now. Switching profile closes the old connection and opens the new
 * one; listeners hear of the switch and of every HTTP exchange, on the thread where it happened.
 */
public final class ActiveConnection implements AutoCloseable {
    private final List<Consumer<HttpExchange>> exchangeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Target>> switchListeners = new CopyOnWriteArrayList<>();
    private volatile Target target;

    /** What the console is connected to: the profile's name and whether it moves real money. */
    public record Target(String profileName, boolean live, Connection connection) {
        public Target {
            Objects.requireNonNull(profileName, "profileName");
            Objects.requireNonNull(connection, "connection");
        }
    }

    /** Opens a connection for the given profile and makes it the active one. */
    public Target switchTo(String profileName, boolean live, ConnectionSettings settings) {
        Connection connection = Connection.open(settings, this::publish);
        Target next = new Target(profileName, live, connection);
        Target previous = target;
        target = next;
        if (previous != null) {
            previous.connection().close();
        }
        switchListeners.forEach(listener -> listener.accept(next));
        return next;
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

    public void removeExchangeListener(Consumer<HttpExchange> listener) {
        exchangeListeners.remove(listener);
    }

    public void onSwitch(Consumer<Target> listener) {
        switchListeners.add(listener);
    }

    private void publish(HttpExchange exchange) {
        exchangeListeners.forEach(listener -> listener.accept(exchange));
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
