package dev.checkoutconsole.store;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The child process of {@link LocalStoreDurabilityTest}: writes as fast as it can until it is killed, and prints
 * "committed TOKEN" only after the transaction that stored TOKEN has committed. Each round writes an audit entry,
 * a review with its history row, and a UI state value, so the kill can land in any of them.
 */
public final class DurabilityWriter {
    private DurabilityWriter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String round = args[1];
        try (LocalStore store = LocalStore.open(file, java.time.Duration.ofSeconds(10), Clock.systemUTC())) {
            for (long i = 0; ; i++) {
                String token = round + "-" + i;
                store.audit().append(new AuditRow(0, Instant.now(), "writer", "durability", false, "session.delete", token,
                        "SUCCESS", 204, "trace-" + token, "x".repeat(300)));
                System.out.println("committed audit " + token);
                store.reviews().insertIfNoneOpen(new NewReview("pay-" + token, "CLP", BigDecimal.TEN, BigDecimal.TEN,
                        "duplicate", null, "TO_CHECK", "durability", "writer", Instant.now(), "flagged"));
                System.out.println("committed review " + token);
                store.uiState().putAll(Map.of("last", token));
                System.out.println("committed state " + token);
                System.out.flush();
            }
        }
    }
}
