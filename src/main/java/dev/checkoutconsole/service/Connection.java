package dev.checkoutconsole.service;

import dev.checkoutconsole.api.ClientConfig;
import dev.checkoutconsole.api.ConomyClient;
import dev.checkoutconsole.api.model.AccessToken;
import dev.checkoutconsole.api.model.HttpExchange;

import java.util.function.Consumer;

/**
 * One open connection to a Conomy environment, as one operator on one profile, and the services that work over
 * it. Every mutating call of those services is recorded in the audit trail with that operator and profile.
 */
public final class Connection implements AutoCloseable {
    private final ConnectionSettings settings;
    private final OperatorContext operator;
    private final ConomyClient client;
    private final CheckoutSessionService sessions;
    private final PaymentService payments;
    private final PaymentLinkService paymentLinks;

    private Connection(ConnectionSettings settings, OperatorContext operator, ConomyClient client, Mutations mutations) {
        this.settings = settings;
        this.operator = operator;
        this.client = client;
        this.sessions = new CheckoutSessionService(client, mutations);
        this.payments = new PaymentService(client, mutations);
        this.paymentLinks = new PaymentLinkService(client, mutations);
    }

    /**
     * Opens a connection for {@code operator}; every exchange, already redacted, goes to {@code exchanges}, and every
     * mutating call to {@code audit}. Nothing is sent yet.
     */
    public static Connection open(ConnectionSettings settings, OperatorContext operator, AuditTrail audit,
                                  Consumer<HttpExchange> exchanges) {
        return open(settings, ClientConfig.Timeouts.DEFAULT, operator, audit, exchanges);
    }

    /** The same, giving up on a server that has not answered within {@code timeouts}. */
    public static Connection open(ConnectionSettings settings, ClientConfig.Timeouts timeouts, OperatorContext operator,
                                  AuditTrail audit, Consumer<HttpExchange> exchanges) {
        settings.requireCredentials();
        Mutations mutations = new Mutations(audit, operator);
        ClientConfig config = new ClientConfig(
                settings.baseUrl(),
                Secret.reveal(settings.apiKey()),
                Secret.reveal(settings.accessToken()),
                settings.clientId(),
                Secret.reveal(settings.clientSecret()),
                settings.apiVersion(),
                timeouts,
                null);
        ConomyClient client = new ConomyClient(config, exchange -> {
            mutations.exchanged(exchange);
            exchanges.accept(exchange);
        });
        return new Connection(settings, operator, client, mutations);
    }

    public ConnectionSettings settings() {
        return settings;
    }

    /** Who acts through this connection, and on which profile. */
    public OperatorContext operator() {
        return operator;
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
