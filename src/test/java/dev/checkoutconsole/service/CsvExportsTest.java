package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.CallCancelledException;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.testsupport.SandboxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CSV exports: RFC 4180 quoting, every page of the sessions filter fetched one at a time, cancelling, the local tables. */
class CsvExportsTest {
    private static final int SEEDED = 200;

    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(SEEDED).build();

    @TempDir
    Path folder;
    private LocalData data;
    private Connection connection;
    private final List<HttpExchange> listCalls = new CopyOnWriteArrayList<>();
    private final List<Long> linesWrittenAtEachListCall = new CopyOnWriteArrayList<>();
    private final LineCountingWriter sink = new LineCountingWriter();

    @BeforeEach
    void open() {
        data = LocalData.open(new LocalPaths(folder, folder), Clock.systemUTC());
        connection = Connection.open(sandbox.connectionSettings(), new OperatorContext("ana", "Sandbox", false), data.audit(),
                exchange -> {
                    if (exchange.method().equals("GET") && exchange.path().startsWith("/checkout-sessions")) {
                        listCalls.add(exchange);
                        linesWrittenAtEachListCall.add(sink.lines);
                    }
                });
    }

    @AfterEach
    void close() {
        connection.close();
        data.close();
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBeAndQuotesAreDoubled() {
        assertThat(CsvExports.CsvWriter.field(null)).isEmpty();
        assertThat(CsvExports.CsvWriter.field("plain")).isEqualTo("plain");
        assertThat(CsvExports.CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvExports.CsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvExports.CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvExports.CsvWriter.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void theSessionsExportFetchesEveryPageOneAtATimeWritingEachBeforeAskingForTheNext() throws IOException {
        // other tests of this class may add a session to the seeded ones
        long total = connection.sessions().list(CheckoutSessionQuery.all().withPage(1, 0), new Cancellation()).pagination().total();
        listCalls.clear();
        linesWrittenAtEachListCall.clear();
        long[] lastProgress = {-1, -1};
        long rows = CsvExports.sessions(connection.sessions(), CheckoutSessionQuery.all().withPage(25, 0), sink,
                (done, of) -> {
                    assertThat(done).isGreaterThan(lastProgress[0]);
                    lastProgress[0] = done;
                    lastProgress[1] = of;
                }, new Cancellation());

        assertThat(total).isGreaterThanOrEqualTo(SEEDED);
        assertThat(rows).isEqualTo(total);
        assertThat(sink.lines).isEqualTo(total + 1);
        assertThat(lastProgress).containsExactly(total, total);
        int pages = (int) ((total + 24) / 25);
        List<String> offsets = new java.util.ArrayList<>();
        List<Long> linesBefore = new java.util.ArrayList<>();
        for (int page = 0; page < pages; page++) {
            offsets.add(String.valueOf(page * 25));
            linesBefore.add(1L + page * 25L);
        }
        assertThat(listCalls).extracting(e -> queryValue(e, "offset")).containsExactlyElementsOf(offsets);
        assertThat(listCalls).extracting(e -> queryValue(e, "limit")).containsOnly("25");
        // streaming: when page N is fetched, pages 1..N-1 are already written out (header + 25 rows each)
        assertThat(linesWrittenAtEachListCall).containsExactlyElementsOf(linesBefore);
    }

    @Test
    void aFileExportHoldsEveryMatchingSessionOnceAndReplacesTheTargetOnlyWhenComplete() throws IOException {
        Path target = folder.resolve("out/sessions.csv");
        long expected = connection.sessions().list(new CheckoutSessionQuery(null, null, "EXPIRED", null, null, null, 1, 0),
                new Cancellation()).pagination().total();

        long rows = CsvExports.sessions(connection.sessions(), new CheckoutSessionQuery(null, null, "EXPIRED", null, null, null, null, null),
                target, CsvExports.Progress.NONE, new Cancellation());

        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(rows).isEqualTo(expected).isPositive();
        assertThat(lines.get(0)).isEqualTo(String.join(",", CsvExports.SESSION_COLUMNS));
        assertThat(lines.stream().skip(1).map(line -> line.split(",")[0]).distinct().count()).isEqualTo(expected);
        assertThat(lines.stream().skip(1)).allSatisfy(line -> assertThat(line.split(",")[1]).isEqualTo("EXPIRED"));
        try (var leftovers = Files.list(target.getParent())) {
            assertThat(leftovers.map(p -> p.getFileName().toString()).toList()).containsExactly("sessions.csv");
        }
    }

    @Test
    void cancellingStopsBetweenPagesAndLeavesTheOldFileAsItWas() throws IOException {
        Path target = folder.resolve("sessions.csv");
        Files.writeString(target, "the previous export\r\n");
        Cancellation cancellation = new Cancellation();

        assertThatThrownBy(() -> CsvExports.sessions(connection.sessions(), CheckoutSessionQuery.all().withPage(20, 0), target,
                (done, total) -> {
                    if (done >= 40) {
                        cancellation.cancel();
                    }
                }, cancellation)).isInstanceOf(CallCancelledException.class);

        assertThat(listCalls).hasSize(2);
        assertThat(Files.readString(target)).isEqualTo("the previous export\r\n");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".tmp")).toList()).isEmpty();
        }
    }

    @Test
    void theRefundQueueAndTheAuditTrailExportWithTheirAwkwardTextQuoted() throws IOException {
        Payment payment = SettledPayments.settled(connection, "49990", "CLP");
        RefundReviewService reviews = new RefundReviewService(data, () -> connection, Clock.systemUTC());
        reviews.flag(new FlagRequest(payment.id(), RefundReason.OTHER, "100", "said \"wrong size\",\nwants money back"),
                new Cancellation());

        StringWriter queue = new StringWriter();
        assertThat(CsvExports.refundQueue(reviews, ReviewFilter.ALL, queue, CsvExports.Progress.NONE, new Cancellation())).isEqualTo(1);
        assertThat(queue.toString()).startsWith(String.join(",", CsvExports.REVIEW_COLUMNS) + "\r\n")
                .contains(",TO_CHECK," + payment.id() + ",CLP,100,other,\"said \"\"wrong size\"\",\nwants money back\",Sandbox,ana,");

        StringWriter audit = new StringWriter();
        long entries = CsvExports.auditTrail(data.audit(), AuditFilter.ALL, audit, CsvExports.Progress.NONE, new Cancellation());
        assertThat(entries).isEqualTo(data.audit().list(AuditFilter.ALL, 1000).size()).isGreaterThanOrEqualTo(6);
        assertThat(audit.toString()).contains("refund-review.flag", "payment-link.create", "session.pay", ",SANDBOX,")
                .doesNotContain(sandbox.clientSecret()).doesNotContain(sandbox.apiKey());
    }

    private static String queryValue(HttpExchange exchange, String name) {
        for (String pair : exchange.path().substring(exchange.path().indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** Keeps nothing but the count of lines, so the test sees what was written when, not the text. */
    private static final class LineCountingWriter extends Writer {
        volatile long lines;

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void write(String text) {
            write(text.toCharArray(), 0, text.length());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
