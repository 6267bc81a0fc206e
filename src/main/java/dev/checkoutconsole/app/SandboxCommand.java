package dev.checkoutconsole.app;

import dev.checkoutconsole.sandbox.ChaosSettings;
import dev.checkoutconsole.sandbox.SandboxOptions;
import dev.checkoutconsole.sandbox.SandboxServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
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
 * address first, on one line, so scripts can wait for it, then the credentials it accepts (--api-key, --client-id
 * and --client-secret, defaults sandbox-api-key, sandbox-client and sandbox-secret). Public so that tests
 * can run it through the command line as the launcher does.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Run the embedded Conomy sandbox on 127.0.0.1 until stopped (Ctrl+C).")
public final class SandboxCommand implements Callable<Integer> {
    private static final Pattern LATENCY = Pattern.compile("(\\d+)-(\\d+)");

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8787", description = "Port; 0 = any free port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--seed-sessions", paramLabel = "N", defaultValue = "500", description = "Sessions to generate (default ${DEFAULT-VALUE}).")
    int seedSessions;

    @Option(names = "--seed", paramLabel = "S", description = "Fixes the random data.")
    Long seed;

    @Option(names = "--token-ttl", paramLabel = "SECONDS", defaultValue = "3600", description = "Lifetime of access tokens (default ${DEFAULT-VALUE}).")
    long tokenTtlSeconds;

    @Option(names = "--latency-ms", paramLabel = "MIN-MAX", description = "Chaos: a random delay per request, e.g. 50-300.")
    String latencyMs;

    @Option(names = "--error-rate", paramLabel = "P", description = "Chaos: share of requests answered 500/503, 0..1.")
    Double errorRate;

    @Option(names = "--rate-limit", paramLabel = "N", description = "Chaos: requests per second before 429.")
    Integer rateLimit;

    /** Runs until the JVM stops or the calling thread is interrupted; either way the server is closed. */
    @Override
    public Integer call() {
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
        boolean interrupted = false;
        try {
            server.awaitClose();
        } catch (InterruptedException stopRequested) {
            interrupted = true;
        } finally {
            // Closing before the interrupt flag is set again: Jetty's stop would be cut short by it.
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already stopping; the hook is what closed the server.
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    SandboxOptions options() {
        try {
            SandboxOptions.Builder builder = SandboxOptions.builder()
                    .port(port)
                    .seedSessions(seedSessions)
                    .apiKey(inherited("--api-key", SandboxOptions.DEFAULT_API_KEY))
                    .clientId(inherited("--client-id", SandboxOptions.DEFAULT_CLIENT_ID))
                    .clientSecret(inherited("--client-secret", SandboxOptions.DEFAULT_CLIENT_SECRET))
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

    /**
     * --api-key, --client-id and --client-secret are the root command's options, inherited by every subcommand; here
     * they name the credentials the sandbox accepts, with the sandbox's defaults (environment variables do not apply).
     */
    private String inherited(String option, String fallback) {
        OptionSpec spec = this.spec.findOption(option);
        Object value = spec == null ? null : spec.getValue();
        return value == null || value.toString().isBlank() ? fallback : value.toString();
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
