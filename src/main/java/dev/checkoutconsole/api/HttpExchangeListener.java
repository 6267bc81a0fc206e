package dev.checkoutconsole.api;

import dev.checkoutconsole.api.model.HttpExchange;

/** Receives every exchange the client makes, already redacted. Called on the calling thread; keep it quick. */
@FunctionalInterface
public interface HttpExchangeListener {
    HttpExchangeListener NONE = exchange -> { };

    void onExchange(HttpExchange exchange);
}
