package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.testsupport.SandboxFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two console processes approve the same review at the same moment: the database lets one through, one refund is made. */
class RefundReviewProcessesTest {
    private static final String PROFILE = "Sandbox";

    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(0).build();

    @TempDir
    Path dataDir;

    @Test
    void twoProcessesApprovingAtOnceMakeExactlyOneRefund() throws Exception {
        long reviewId;
        String paymentId;
        try (LocalData data = LocalData.open(new LocalPaths(dataDir, dataDir.resolve("config")), Clock.systemUTC());
             Connection ana = Connection.open(sandbox.connectionSettings(), new OperatorContext("ana", PROFILE, false),
                     data.audit(), e -> { })) {
            Payment payment = SettledPayments.settled(ana, "49990", "CLP");
            paymentId = payment.id();
            reviewId = new RefundReviewService(data, () -> ana, Clock.systemUTC())
                    .flag(new FlagRequest(paymentId, RefundReason.DUPLICATE, null, null), new Cancellation()).id();
        }
        Path startFile = dataDir.resolve("go");
        List<Process> children = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        for (String operator : List.of("bo", "cy")) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), ApprovingProcess.class.getName(),
                    dataDir.toString(), String.valueOf(reviewId), operator, startFile.toString(), sandbox.baseUrl(),
                    sandbox.apiKey(), sandbox.clientId(), sandbox.clientSecret(), PROFILE)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            children.add(child);
            outputs.add(new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)));
        }
        for (BufferedReader output : outputs) {
            assertThat(output.readLine()).isEqualTo("READY");
        }
        Files.createFile(startFile);
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            outcomes.add(outputs.get(i).readLine());
            assertThat(children.get(i).waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(outcomes).filteredOn(line -> line.startsWith("APPROVED ")).hasSize(1);
        assertThat(outcomes).filteredOn(line -> line.startsWith("REFUSED ")).singleElement()
                .satisfies(line -> assertThat(line).as("lost the race at the conditional update, or read the winner's state")
                        .containsAnyOf("changed by someone else", "only a TO_CHECK review can be approved"));
        try (LocalData data = LocalData.open(new LocalPaths(dataDir, dataDir.resolve("config")), Clock.systemUTC());
             Connection reader = Connection.open(sandbox.connectionSettings(), new OperatorContext("dee", PROFILE, false),
                     data.audit(), e -> { })) {
            assertThat(reader.payments().refunds(paymentId, new Cancellation()).refunds()).hasSize(1);
            assertThat(data.audit().list(new AuditFilter(null, null, "refund.create", null, null, null), 10)).hasSize(1);
        }
    }
}
