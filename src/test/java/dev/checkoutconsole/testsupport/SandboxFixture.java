package dev.checkoutconsole.testsupport;

import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.sandbox.ChaosSettings;
import dev.checkoutconsole.sandbox.SandboxClock;
import dev.checkoutconsole.sandbox.SandboxOptions;
import dev.checkoutconsole.sandbox.SandboxServer;
import dev.checkoutconsole.service.ConnectionSettings;
import dev.checkoutconsole.service.EmbeddedSandbox;
import dev.checkoutconsole.service.Secret;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One embedded sandbox per test class, on a free loopback port:
 * <pre>
 * &#64;RegisterExtension
 * static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(200).seed(7L).build();
 * </pre>
 * It starts before all tests of the class and stops after them; after each test the chaos is switched off again.
 * <p>
 * Every answer the sandbox gives during the tests is checked against the official OpenAPI file: after each test
 * (and after the class, for answers given in BeforeAll/AfterAll methods), a finding that is not a known deviation
 * of docs/api-deviations.md fails the test.
 */
public final class SandboxFixture implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {
    private final SandboxOptions options;
    private final Queue<ContractValidator.Exchange> answers = new ConcurrentLinkedQueue<>();
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
        server.addResponseObserver((method, path, status, body, contentType) ->
                answers.add(new ContractValidator.Exchange(method, path, status, body, contentType)));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.setChaos(ChaosSettings.NONE);
        checkAnswers();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
        checkAnswers();
    }

    private void checkAnswers() {
        List<ContractValidator.Finding> violations = new ArrayList<>();
        ContractValidator validator = ContractValidator.shared();
        for (ContractValidator.Exchange answer = answers.poll(); answer != null; answer = answers.poll()) {
            validator.check(answer).stream().filter(finding -> finding.deviation() == null).forEach(violations::add);
        }
        if (!violations.isEmpty()) {
            StringBuilder message = new StringBuilder(violations.size() + " answer(s) of the sandbox break the OpenAPI contract"
                    + " (add a deviation to docs/api-deviations.md and ContractValidator only if the official file is wrong or silent):");
            violations.stream().limit(25).forEach(v -> message.append(System.lineSeparator()).append("  ").append(v));
            throw new AssertionError(message.toString());
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

    /** The fixture's server as the console's embedded sandbox; closing it leaves the server to the fixture. */
    public EmbeddedSandbox asEmbeddedSandbox() {
        return () -> new EmbeddedSandbox.Running() {
            @Override
            public ConnectionSettings settings() {
                return connectionSettings();
            }

            @Override
            public void advanceClock(java.time.Duration duration) {
                clock().advance(duration);
            }

            @Override
            public void close() {
                // The fixture stops the server after the test class.
            }
        };
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
