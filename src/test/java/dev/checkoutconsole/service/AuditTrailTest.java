package dev.checkoutconsole.service;

import dev.checkoutconsole.testsupport.MutableClock;
import dev.checkoutconsole.api.model.ApiErrorException;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.ConnectionFailedException;
import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentLink;
import dev.checkoutconsole.testsupport.SandboxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every mutating call of a connection lands in the audit trail with who, where, what, how it ended, status and traceId. */
class AuditTrailTest {
    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(20).build();

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private LocalData data;
    private ActiveConnection active;

    @BeforeEach
    void open() {
        data = LocalData.open(new LocalPaths(folder, folder.resolve("config")), clock);
        active = new ActiveConnection(data.audit());
        active.switchTo(new OperatorContext("ana", "Sandbox", false), sandbox.connectionSettings());
    }

    @AfterEach
    void close() {
        active.close();
        data.close();
    }

    private static Cancellation none() {
        return new Cancellation();
    }

    private List<AuditEntry> entries(String action) {
        return data.audit().list(new AuditFilter(null, null, action, null, null, null), 100);
    }

    @Test
    void everyMutatingCallIsRecordedWithItsIdsStatusAndTraceId() {
        Connection connection = active.connection();
        PaymentLink link = connection.paymentLinks().create(SettledPayments.linkRequest("audit-" + System.nanoTime(),
                new BigDecimal("1000"), "CLP"), none());
        CheckoutSession session = connection.sessions().openFromPaymentLink(link.checkoutToken(), none());
        CheckoutSession refreshed = connection.sessions().refresh(session.checkoutToken(), none());
        Payment payment = connection.sessions().pay(session.id(), dev.checkoutconsole.api.model.CheckoutPaymentRequest.withMethod(
                "ETPAY", "x", new dev.checkoutconsole.api.model.CheckoutCustomer(null, "Jane", "jane@example.com", null, null, null,
                        null, null, null)), none());
        connection.sessions().list(dev.checkoutconsole.api.model.CheckoutSessionQuery.all(), none());

        assertThat(entries("payment-link.create")).singleElement().satisfies(entry -> {
            assertThat(entry.targets()).containsExactly(link.checkoutToken(), link.id());
            assertThat(entry.httpStatus()).isBetween(200, 201);
            assertThat(entry.traceId()).isNotBlank();
        });
        assertThat(entries("session.create-from-link")).singleElement()
                .satisfies(entry -> assertThat(entry.targets()).contains(session.id()));
        assertThat(entries("session.refresh")).singleElement()
                .satisfies(entry -> assertThat(entry.targets()).containsExactly(session.checkoutToken(), refreshed.id()));
        assertThat(entries("session.pay")).singleElement().satisfies(entry -> {
            assertThat(entry.targets()).containsExactly(session.id(), payment.id());
            assertThat(entry.operator()).isEqualTo("ana");
            assertThat(entry.profile()).isEqualTo("Sandbox");
            assertThat(entry.environment()).isEqualTo("SANDBOX");
            assertThat(entry.at()).isEqualTo(clock.instant());
            assertThat(entry.outcome()).isEqualTo("SUCCESS");
        });
        // reading is not a change: GET /checkout-sessions recorded nothing
        assertThat(data.audit().list(AuditFilter.ALL, 100)).hasSize(4);
    }

    @Test
    void aRefusalIsRecordedAsFailedWithTheServersStatusAndTraceIdAndBadInputAsNothing() {
        Connection connection = active.connection();

        assertThatThrownBy(() -> connection.sessions().delete("no-such-session", none())).isInstanceOf(ApiErrorException.class);
        assertThatThrownBy(() -> connection.sessions().delete(" ", none())).isInstanceOf(InvalidInputException.class);

        assertThat(entries("session.delete")).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo("FAILED");
            assertThat(entry.httpStatus()).isEqualTo(404);
            assertThat(entry.traceId()).isNotBlank();
            assertThat(entry.targets()).containsExactly("no-such-session");
            assertThat(entry.detail()).contains("notFound");
        });
    }

    @Test
    void aCallThatGotNoAnswerIsRecordedAsUnknown() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ConnectionSettings nobodyThere = new ConnectionSettings("http://127.0.0.1:" + closedPort, null, Secret.ofNullable("key"),
                Secret.ofNullable("token"), null, null);
        active.switchTo(new OperatorContext("ana", "Gone", false), nobodyThere);

        assertThatThrownBy(() -> active.connection().sessions().delete("cs_whatever", none()))
                .isInstanceOf(ConnectionFailedException.class);

        assertThat(entries("session.delete")).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo("UNKNOWN");
            assertThat(entry.httpStatus()).isNull();
            assertThat(entry.detail()).contains("may or may not have been done");
        });
    }

    @Test
    void switchingProfileRecordsTheNewOperatorAndLiveFlag() {
        active.switchTo(new OperatorContext("bo", "Acme live", true), sandbox.connectionSettings());

        assertThatThrownBy(() -> active.connection().sessions().delete("cs_missing", none())).isInstanceOf(ApiErrorException.class);

        assertThat(entries("session.delete")).singleElement().satisfies(entry -> {
            assertThat(entry.operator()).isEqualTo("bo");
            assertThat(entry.profile()).isEqualTo("Acme live");
            assertThat(entry.live()).isTrue();
            assertThat(entry.environment()).isEqualTo("LIVE");
        });
    }

    @Test
    void theTrailFiltersBySinceActionFamilyOperatorAndOutcomeNewestFirst() {
        OperatorContext ana = new OperatorContext("ana", "Sandbox", false);
        OperatorContext bo = new OperatorContext("bo", "Sandbox", false);
        AuditEntry first = data.audit().record(ana, AuditAction.REVIEW_FLAG, List.of("review:1"), AuditOutcome.SUCCESS, null, null, null);
        clock.advance(Duration.ofDays(1));
        AuditEntry second = data.audit().record(bo, AuditAction.REVIEW_APPROVE, List.of("review:1"), AuditOutcome.REFUSED, null, null, "no");
        AuditEntry third = data.audit().record(bo, AuditAction.SESSION_DELETE, List.of("cs_1"), AuditOutcome.SUCCESS, 204, "t", null);

        assertThat(data.audit().list(AuditFilter.ALL, 10)).extracting(AuditEntry::id).containsExactly(third.id(), second.id(), first.id());
        assertThat(data.audit().list(new AuditFilter(clock.instant().minus(Duration.ofHours(1)), null, null, null, null, null), 10))
                .extracting(AuditEntry::id).containsExactly(third.id(), second.id());
        assertThat(data.audit().list(new AuditFilter(null, null, "refund-review.", null, null, null), 10))
                .extracting(AuditEntry::id).containsExactly(second.id(), first.id());
        assertThat(data.audit().list(new AuditFilter(null, null, null, "bo", null, AuditOutcome.SUCCESS), 10))
                .extracting(AuditEntry::id).containsExactly(third.id());
        assertThat(data.audit().list(AuditFilter.ALL, 2)).hasSize(2);
    }

    @Test
    void noSecretOfTheConnectionReachesTheDatabaseFiles() throws Exception {
        Connection connection = active.connection();
        connection.paymentLinks().create(SettledPayments.linkRequest("canary-" + System.nanoTime(), new BigDecimal("1000"), "CLP"), none());
        assertThatThrownBy(() -> connection.sessions().delete("cs_missing", none())).isInstanceOf(ApiErrorException.class);

        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file.toString()).doesNotContain(sandbox.clientSecret()).doesNotContain(sandbox.apiKey());
            }
        }
    }
}
