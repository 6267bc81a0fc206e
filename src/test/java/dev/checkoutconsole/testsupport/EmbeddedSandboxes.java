package dev.checkoutconsole.testsupport;

import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.sandbox.SandboxOptions;
import dev.checkoutconsole.sandbox.SandboxServer;
import dev.checkoutconsole.service.ConnectionSettings;
import dev.checkoutconsole.service.EmbeddedSandbox;
import dev.checkoutconsole.service.Secret;

import java.time.Duration;
import java.util.function.Consumer;

/** Embedded sandboxes as the app starts them, with the options a test chooses (e.g. canary credentials). */
public final class EmbeddedSandboxes {
    private EmbeddedSandboxes() {
    }

    /** Starts a fresh sandbox with these options each time; {@code started} sees each server, e.g. to observe it. */
    public static EmbeddedSandbox with(SandboxOptions options, Consumer<SandboxServer> started) {
        return () -> {
            SandboxServer server = SandboxServer.start(options);
            started.accept(server);
            ConnectionSettings settings = new ConnectionSettings(server.baseUrl(), ApiVersion.V2, Secret.ofNullable(options.apiKey()),
                    null, options.clientId(), Secret.ofNullable(options.clientSecret()));
            return new EmbeddedSandbox.Running() {
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
        };
    }
}
