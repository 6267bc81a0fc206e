package dev.checkoutconsole.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a child JVM in the middle of its writes, again and again, then reopens the database: it must pass SQLite's
 * integrity check and hold every row the child reported as committed.
 */
class LocalStoreDurabilityTest {
    private static final int ROUNDS = 12;

    @TempDir
    Path folder;

    @Test
    void killingTheWriterMidWriteNeverLosesACommittedRowNorDamagesTheFile() throws Exception {
        Path db = folder.resolve(LocalStore.FILE_NAME);
        Random random = new Random(42);
        Set<String> committedAudit = new HashSet<>();
        Set<String> committedReviews = new HashSet<>();
        String lastState = null;
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(javaExecutable(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    DurabilityWriter.class.getName(), db.toString(), "r" + round)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            int killAfter = 3 + random.nextInt(120);
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                    if (lines.size() == killAfter) {
                        // SIGKILL through the handle: Process.destroyForcibly would also close the pipe still being read
                        child.toHandle().destroyForcibly();
                    }
                }
            }
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(lines).as("round " + round + " wrote before it was killed").hasSizeGreaterThanOrEqualTo(killAfter);
            for (String line : lines) {
                String[] parts = line.split(" ");
                switch (parts[1]) {
                    case "audit" -> committedAudit.add(parts[2]);
                    case "review" -> committedReviews.add("pay-" + parts[2]);
                    case "state" -> lastState = parts[2];
                    default -> throw new AssertionError("unexpected line " + line);
                }
            }
        }

        try (LocalStore store = LocalStore.open(db, LocalStore.DEFAULT_BUSY_TIMEOUT, Clock.systemUTC())) {
            assertThat(store.<String>read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                    return r.getString(1);
                }
            })).isEqualTo("ok");
            Set<String> storedAudit = new HashSet<>();
            store.audit().forEach(AuditQuery.all(), 1000, row -> storedAudit.add(row.targets()));
            Set<String> storedReviews = new HashSet<>();
            store.reviews().forEach(ReviewQuery.all(), 1000, row -> storedReviews.add(row.paymentId()));

            assertThat(storedAudit).containsAll(committedAudit);
            assertThat(storedReviews).containsAll(committedReviews);
            // a kill between commit and print may leave at most one unreported row per round and table
            assertThat(storedAudit.size() - committedAudit.size()).isBetween(0, ROUNDS);
            assertThat(store.uiState().get("last")).isPresent();
            assertThat(lastState).isNotNull();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
