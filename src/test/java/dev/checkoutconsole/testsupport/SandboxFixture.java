package dev.checkoutconsole.testsupport;

import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.sandbox.ChaosSettings;
import dev.checkoutconsole.sandbox.SandboxClock;
import dev.checkoutconsole.sandbox.SandboxOptions;
import dev.checkoutconsole.sandbox.SandboxServer;
import dev.checkoutconsole.service.ConnectionSettings;
import dev.checkoutconsole.service.Secret;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded sandbox per test class, on a free loopback port:
 * <pre>
 * &#64;RegisterExtension
 * static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(200).seed(7L).build();
 * </pre>
 * It starts before all tests of the class and stops after them; after each test the chaos is switched off again.
 */
public final class SandboxFixture implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {
    private final SandboxOptions options;
    private SandboxServer server;

    private SandboxFixture(SandboxOptions options) {
        this.options = options;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = SandboxServer.start(options);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.setChaos(ChaosSettings.NONE);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public SandboxServer server() {
        if (server == null) {
            throw new IllegalStateException("the sandbox runs only while the test class runs");
        }
        return server;
    }

    public String baseUrl() {
        return server().baseUrl();
    }

    public SandboxClock clock() {
        return server().clock();
    }

    public String apiKey() {
        return options.apiKey();
    }

    public String clientId() {
        return options.clientId();
    }

    public String clientSecret() {
        return options.clientSecret();
    }

    /** Settings that reach this sandbox with its client id and secret, as the console's connection takes them. */
    public ConnectionSettings connectionSettings() {
        return new ConnectionSettings(baseUrl(), ApiVersion.V2, Secret.ofNullable(apiKey()), null, clientId(),
                Secret.ofNullable(clientSecret()));
    }

    public static final class Builder {
        private final SandboxOptions.Builder options = SandboxOptions.builder().port(0).seedSessions(200).seed(7L);

        private Builder() {
        }

        public Builder seedSessions(int count) {
            options.seedSessions(count);
            return this;
        }

        public Builder seed(long seed) {
            options.seed(seed);
            return this;
        }

        public Builder tokenTtl(java.time.Duration ttl) {
            options.tokenTtl(ttl);
            return this;
        }

        public SandboxFixture build() {
            return new SandboxFixture(options.build());
        }
    }
}
