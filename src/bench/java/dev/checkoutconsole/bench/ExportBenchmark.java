package dev.checkoutconsole.bench;

import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.sandbox.SandboxOptions;
import dev.checkoutconsole.sandbox.SandboxServer;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.Connection;
import dev.checkoutconsole.service.ConnectionSettings;
import dev.checkoutconsole.service.CsvExports;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.Secret;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Exports N sandbox sessions (default 100,000) to a CSV file, page by page, and reports the time and the heap in
 * use (after a full GC) as the export goes: flat heap means memory does not grow with the row count. The sandbox
 * runs in this JVM, so its own 100,000 sessions are in the baseline; what matters is the growth past it.
 * <p>
 * {@code mvn -Pbench -DskipTests -Dbench=ExportBenchmark test-compile exec:exec [-Dbench.args="100000 500"]}
 */
public final class ExportBenchmark {
    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path folder = Files.createTempDirectory("export-benchmark");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Long> pageCalls = java.util.Collections.synchronizedList(new ArrayList<>());
        SandboxOptions options = SandboxOptions.builder().port(0).seedSessions(sessions).seed(7L).build();
        try (SandboxServer sandbox = SandboxServer.start(options);
             LocalData data = LocalData.open(new LocalPaths(folder, folder), Clock.systemUTC());
             Connection connection = Connection.open(new ConnectionSettings(sandbox.baseUrl(), null,
                             Secret.ofNullable(options.apiKey()), null, options.clientId(), Secret.ofNullable(options.clientSecret())),
                     new OperatorContext("bench", "bench", false), data.audit(), exchange -> {
                         if (exchange.path().startsWith("/checkout-sessions") && exchange.duration() != null) {
                             pageCalls.add(exchange.duration().toNanos());
                         }
                     })) {
            long baseline = usedAfterGc(memory);
            List<String> samples = new ArrayList<>();
            long[] nextSample = {sessions / 10};
            long[] samplingNanos = {0};
            Path target = folder.resolve("sessions.csv");
            long started = System.nanoTime();
            long rows = CsvExports.sessions(connection.sessions(), CheckoutSessionQuery.all().withPage(pageSize, 0), target,
                    (done, total) -> {
                        if (done >= nextSample[0]) {
                            long sampleStart = System.nanoTime();
                            samples.add(String.format(Locale.ROOT, "%7d rows: heap %+6.1f MB over baseline", done,
                                    (usedAfterGc(memory) - baseline) / 1e6));
                            nextSample[0] += sessions / 10;
                            samplingNanos[0] += System.nanoTime() - sampleStart;
                        }
                    }, new Cancellation());
            long elapsed = System.nanoTime() - started - samplingNanos[0];
            System.out.printf(Locale.ROOT, "exported %d sessions in pages of %d to %s (%.1f MB)%n", rows, pageSize, target,
                    Files.size(target) / 1e6);
            System.out.printf(Locale.ROOT, "time %.2f s without the GC samples, %.0f rows/s; baseline heap %.1f MB (sandbox data)%n",
                    elapsed / 1e9, rows / (elapsed / 1e9), baseline / 1e6);
            System.out.println(new BenchStats("GET /checkout-sessions page of " + pageSize,
                    pageCalls.stream().mapToLong(Long::longValue).toArray()));
            samples.forEach(System.out::println);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
