package dev.checkoutconsole.app;

import dev.checkoutconsole.sandbox.ChaosSettings;
import dev.checkoutconsole.sandbox.SandboxOptions;
import dev.checkoutconsole.sandbox.SandboxServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code checkout-console sandbox}: runs the Conomy sandbox on its own until Ctrl+C or SIGTERM. It prints the
 * address first, on one line, so scripts can wait for it, then the credentials it accepts.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Run the embedded Conomy sandbox on 127.0.0.1 until stopped (Ctrl+C).")
final class SandboxCommand implements Callable<Integer> {
    private static final Pattern LATENCY = Pattern.compile("(\\d+)-(\\d+)");

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8787", description = "Port; 0 = any free port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--seed-sessions", paramLabel = "N", defaultValue = "500", description = "Sessions to generate (default ${DEFAULT-VALUE}).")
    int seedSessions;

    @Option(names = "--seed", paramLabel = "S", description = "Fixes the random data.")
    Long seed;

    @Option(names = "--api-key", paramLabel = "K", defaultValue = SandboxOptions.DEFAULT_API_KEY, description = "x-api-key to accept.")
    String apiKey;

    @Option(names = "--client-id", paramLabel = "ID", defaultValue = SandboxOptions.DEFAULT_CLIENT_ID, description = "Client id for POST /auth.")
    String clientId;

    @Option(names = "--client-secret", paramLabel = "S", defaultValue = SandboxOptions.DEFAULT_CLIENT_SECRET, description = "Client secret for POST /auth.")
    String clientSecret;

    @Option(names = "--token-ttl", paramLabel = "SECONDS", defaultValue = "3600", description = "Lifetime of access tokens (default ${DEFAULT-VALUE}).")
    long tokenTtlSeconds;

    @Option(names = "--latency-ms", paramLabel = "MIN-MAX", description = "Chaos: a random delay per request, e.g. 50-300.")
    String latencyMs;

    @Option(names = "--error-rate", paramLabel = "P", description = "Chaos: share of requests answered 500/503, 0..1.")
    Double errorRate;

    @Option(names = "--rate-limit", paramLabel = "N", description = "Chaos: requests per second before 429.")
    Integer rateLimit;

    @Override
    public Integer call() throws InterruptedException {
        SandboxOptions options = options();
        SandboxServer server = SandboxServer.start(options);
        Thread hook = new Thread(server::close, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Sandbox listening on " + server.baseUrl());
        out.println("  api key:       " + options.apiKey());
        out.println("  client id:     " + options.clientId());
        out.println("  client secret: " + options.clientSecret());
        out.println("Stop with Ctrl+C.");
        out.flush();
        try {
            server.awaitClose();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already stopping; the hook is what closed the server.
            }
        }
        return 0;
    }

    SandboxOptions options() {
        try {
            SandboxOptions.Builder builder = SandboxOptions.builder()
                    .port(port)
                    .seedSessions(seedSessions)
                    .apiKey(apiKey)
                    .clientId(clientId)
                    .clientSecret(clientSecret)
                    .tokenTtl(Duration.ofSeconds(tokenTtlSeconds))
                    .chaos(chaos());
            if (seed != null) {
                builder.seed(seed);
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private ChaosSettings chaos() {
        ChaosSettings chaos = ChaosSettings.NONE;
        if (latencyMs != null) {
            Matcher matcher = LATENCY.matcher(latencyMs.trim());
            if (!matcher.matches()) {
                throw new ParameterException(spec.commandLine(), "--latency-ms must be MIN-MAX in milliseconds, e.g. 50-300");
            }
            chaos = chaos.withLatency(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
        }
        if (errorRate != null) {
            chaos = chaos.withErrorRate(errorRate);
        }
        if (rateLimit != null) {
            chaos = chaos.withRateLimit(rateLimit);
        }
        return chaos;
    }
}
