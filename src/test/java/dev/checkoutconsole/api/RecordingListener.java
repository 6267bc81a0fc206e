package dev.checkoutconsole.api;

import dev.checkoutconsole.api.model.HttpExchange;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every exchange the client reports. */
final class RecordingListener implements HttpExchangeListener {
    private final List<HttpExchange> exchanges = new CopyOnWriteArrayList<>();

    @Override
    public void onExchange(HttpExchange exchange) {
        exchanges.add(exchange);
    }

    List<HttpExchange> exchanges() {
        return List.copyOf(exchanges);
    }
}
