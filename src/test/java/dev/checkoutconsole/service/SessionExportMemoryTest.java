package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.sandbox.SandboxOptions;
import dev.checkoutconsole.sandbox.SandboxServer;
import dev.checkoutconsole.testsupport.LocalDataFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 sandbox sessions exported page by page: every one reaches the file, and the heap in use after a full GC is
 * the same at the end as after the first tenth, so memory does not grow with the row count. (ExportBenchmark reports
 * the time and the whole heap curve.)
 */
class SessionExportMemoryTest {
    private static final int SESSIONS = 100_000;

    @RegisterExtension
    static final LocalDataFixture local = new LocalDataFixture();

    @TempDir
    Path folder;

    @Test
    void exportsEverySessionWithoutTheHeapGrowingWithTheRowCount() throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] heapAtTenth = {-1};
        Path target = folder.resolve("sessions.csv");
        long rows;
        // A bare server, not SandboxFixture: the fixture keeps every answer for contract validation, which is the
        // test's memory, not the export's.
        SandboxOptions options = SandboxOptions.builder().port(0).seedSessions(SESSIONS).seed(3L).build();
        try (SandboxServer server = SandboxServer.start(options);
             Connection connection = Connection.open(new ConnectionSettings(server.baseUrl(), ApiVersion.V2,
                             Secret.ofNullable(options.apiKey()), null, options.clientId(), Secret.ofNullable(options.clientSecret())),
                     new OperatorContext("exporter", "sandbox", false), local.data().audit(), exchange -> { })) {
            rows = CsvExports.sessions(connection.sessions(), CheckoutSessionQuery.all().withPage(500, 0), target,
                    (done, total) -> {
                        if (heapAtTenth[0] < 0 && done >= SESSIONS / 10) {
                            heapAtTenth[0] = usedAfterGc(memory);
                        }
                    }, new Cancellation());
        }
        long heapAtEnd = usedAfterGc(memory);

        assertThat(rows).isEqualTo(SESSIONS);
        long lines;
        try (BufferedReader reader = Files.newBufferedReader(target)) {
            lines = reader.lines().count();
        }
        assertThat(lines).isEqualTo(SESSIONS + 1);
        assertThat(heapAtEnd - heapAtTenth[0]).as("heap growth from 10,000 to 100,000 rows, in bytes")
                .isLessThan(16L * 1024 * 1024);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
