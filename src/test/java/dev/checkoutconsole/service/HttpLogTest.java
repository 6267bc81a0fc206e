package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.HttpExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HttpLogTest {

    private static HttpExchange exchange(long sequence, String method, String path, Integer status) {
        return new HttpExchange(sequence, Instant.EPOCH.plusSeconds(sequence), method, "http://127.0.0.1:1" + path,
                List.of(), null, status, List.of(), null, Duration.ofMillis(3), "t" + sequence, status == null ? "refused" : null);
    }

    @Test
    void keepsOnlyTheNewestUpToItsCapacityNewestFirst() {
        HttpLog log = new HttpLog(3);
        for (int i = 1; i <= 5; i++) {
            log.accept(exchange(i, "GET", "/payments", 200));
        }

        assertThat(log.snapshot()).extracting(HttpExchange::sequence).containsExactly(5L, 4L, 3L);
    }

    @Test
    void filtersByMethodStatusClassAndPath() {
        HttpLog log = new HttpLog(10);
        log.accept(exchange(1, "GET", "/checkout-sessions?limit=50", 200));
        log.accept(exchange(2, "POST", "/payments/p1/refund", 422));
        log.accept(exchange(3, "DELETE", "/checkout-sessions/s1", 200));
        log.accept(exchange(4, "GET", "/payments/p1", null));

        assertThat(log.matching(new HttpLog.Filter("post", null, null))).extracting(HttpExchange::sequence).containsExactly(2L);
        assertThat(log.matching(new HttpLog.Filter(null, "4xx", null))).extracting(HttpExchange::sequence).containsExactly(2L);
        assertThat(log.matching(new HttpLog.Filter(null, "200", "checkout"))).extracting(HttpExchange::sequence).containsExactly(3L, 1L);
        assertThat(log.matching(new HttpLog.Filter(null, "none", null))).extracting(HttpExchange::sequence).containsExactly(4L);
        assertThat(log.matching(HttpLog.Filter.ANY)).hasSize(4);
    }

    @Test
    void exportsOneJsonLinePerExchange(@TempDir Path folder) throws Exception {
        HttpLog log = new HttpLog(10);
        log.accept(exchange(1, "GET", "/a", 200));
        log.accept(exchange(2, "GET", "/b", 500));
        Path file = folder.resolve("http-log.jsonl");

        HttpLog.export(log.snapshot(), file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"sequence\":2", "\"status\":500", "\"traceId\":\"t2\"");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }
}
