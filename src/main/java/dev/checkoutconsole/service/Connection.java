package dev.checkoutconsole.service;

import dev.checkoutconsole.api.ClientConfig;
import dev.checkoutconsole.api.ConomyClient;
import dev.checkoutconsole.api.model.AccessToken;
import dev.checkoutconsole.api.model.HttpExchange;

import java.util.function.Consumer;

/** One open connection to a Conomy environment, and the services that work over it. */
public final class Connection implements AutoCloseable {
    private final ConnectionSettings settings;
    private final ConomyClient client;
    private final CheckoutSessionService sessions;
    private final PaymentService payments;
    private final PaymentLinkService paymentLinks;

    private Connection(ConnectionSettings settings, ConomyClient client) {
        this.settings = settings;
        this.client = client;
        this.sessions = new CheckoutSessionService(client);
        this.payments = new PaymentService(client);
        this.paymentLinks = new PaymentLinkService(client);
    }

    /** Opens a connection; every exchange, already redacted, goes to {@code exchanges}. Nothing is sent yet. */
    public static Connection open(ConnectionSettings settings, Consumer<HttpExchange> exchanges) {
        settings.requireCredentials();
        ClientConfig config = new ClientConfig(
                settings.baseUrl(),
                Secret.reveal(settings.apiKey()),
                Secret.reveal(settings.accessToken()),
                settings.clientId(),
                Secret.reveal(settings.clientSecret()),
                settings.apiVersion(),
                null,
                null);
        return new Connection(settings, new ConomyClient(config, exchanges::accept));
    }

    public ConnectionSettings settings() {
        return settings;
    }

    public CheckoutSessionService sessions() {
        return sessions;
    }

    public PaymentService payments() {
        return payments;
    }

    public PaymentLinkService paymentLinks() {
        return paymentLinks;
    }

    /** Obtains a fresh access token with the client id and secret (POST /auth). */
    public AccessToken authenticate(Cancellation cancellation) {
        return cancellation.run(client.authenticate());
    }

    @Override
    public void close() {
        client.close();
    }
}
