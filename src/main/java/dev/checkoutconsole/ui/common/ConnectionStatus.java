package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.service.ActiveConnection;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar says: the state of the connection and the last call made, with its time and traceId. Fed by
 * the active connection's exchanges, on the UI thread. A switch of profile is "connecting" until the server first
 * answers; a call the console cancelled itself, or one that ends on the profile the console has since switched away
 * from, changes neither.
 */
public final class ConnectionStatus {
    public enum State { CONNECTING, CONNECTED, UNREACHABLE, ERROR }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.CONNECTING);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("Starting…");
    private final ReadOnlyObjectWrapper<HttpExchange> lastExchange = new ReadOnlyObjectWrapper<>();

    public ConnectionStatus(ActiveConnection connection, TaskExecutor executor) {
        connection.onActiveExchange(exchange -> executor.onUiThread(() -> record(exchange)));
        connection.onSwitch(target -> executor.onUiThread(() -> {
            state.set(State.CONNECTING);
            detail.set(target.profileName() + " · " + target.connection().settings().baseUrl());
        }));
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HttpExchange> lastExchangeProperty() {
        return lastExchange.getReadOnlyProperty();
    }

    /** Shown while the console starts or switches: "Starting the embedded sandbox…". */
    public void connecting(String what) {
        state.set(State.CONNECTING);
        detail.set(what);
    }

    /** The connection could not be opened at all. */
    public void failed(String why) {
        state.set(State.ERROR);
        detail.set(why);
    }

    private void record(HttpExchange exchange) {
        if (exchange.cancelled()) {
            return;
        }
        lastExchange.set(exchange);
        if (exchange.status() == null) {
            state.set(State.UNREACHABLE);
        } else if (state.get() != State.CONNECTED) {
            state.set(State.CONNECTED);
        }
    }
}
