package dev.checkoutconsole.app;

import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.sandbox.SandboxOptions;
import dev.checkoutconsole.sandbox.SandboxServer;
import dev.checkoutconsole.service.ConnectionSettings;
import dev.checkoutconsole.service.EmbeddedSandbox;
import dev.checkoutconsole.service.Secret;

import java.time.Duration;

/** Starts the embedded Conomy sandbox in this process, on a free loopback port, with its default data. */
final class EmbeddedSandboxServer implements EmbeddedSandbox {

    @Override
    public Running start() {
        SandboxServer server = SandboxServer.start(SandboxOptions.builder().port(0).build());
        SandboxOptions options = server.options();
        ConnectionSettings settings = new ConnectionSettings(server.baseUrl(), ApiVersion.V2,
                Secret.ofNullable(options.apiKey()), null, options.clientId(), Secret.ofNullable(options.clientSecret()));
        return new Running() {
            @Override
            public ConnectionSettings settings() {
                return settings;
            }

            @Override
            public void advanceClock(Duration duration) {
                server.clock().advance(duration);
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }
}
