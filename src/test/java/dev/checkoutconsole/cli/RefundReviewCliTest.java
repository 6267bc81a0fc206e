package dev.checkoutconsole.cli;

import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.Connection;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.ProfileDraft;
import dev.checkoutconsole.service.ProfileSecrets;
import dev.checkoutconsole.service.ProfileService;
import dev.checkoutconsole.service.Secret;
import dev.checkoutconsole.service.SettledPayments;
import dev.checkoutconsole.testsupport.SandboxFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** refunds review, audit and sessions export on the command line, against the sandbox and a temporary data folder. */
class RefundReviewCliTest {
    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(120).build();

    @TempDir
    static Path setupData;
    private static LocalData setupLocalData;
    private static Connection setup;

    @TempDir
    Path dataDir;
    private final Map<String, String> environment = new HashMap<>();
    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    static void connect() {
        setupLocalData = LocalData.open(new LocalPaths(setupData, setupData), Clock.systemUTC());
        setup = Connection.open(sandbox.connectionSettings(), new OperatorContext("setup", "setup", false),
                setupLocalData.audit(), e -> { });
    }

    @AfterAll
    static void disconnect() {
        setup.close();
        setupLocalData.close();
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--base-url", sandbox.baseUrl(), "--api-key", sandbox.apiKey(), "--client-id", sandbox.clientId(),
                "--client-secret", sandbox.clientSecret()));
        return runWithoutConnectionOptions(all.toArray(String[]::new));
    }

    private int runWithoutConnectionOptions(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString()));
        CliEnvironment cli = new CliEnvironment(environment, () -> {
            throw new AssertionError("no embedded sandbox here");
        }, question -> Optional.empty(), new PrintWriter(out, true), new PrintWriter(err, true));
        return ConsoleCli.run(cli, "9.9.9-test", all.toArray(String[]::new));
    }

    @Test
    void oneOperatorFlagsAnotherApprovesAndTheSameOneIsRefusedWithExitCode1() {
        Payment payment = SettledPayments.settled(setup, "49990", "CLP");

        assertThat(run("refunds", "review", "flag", payment.id(), "--reason", "duplicate", "--amount", "9990", "--operator", "ana"))
                .isZero();
        assertThat(out.toString()).contains("review #1", "9,990 CLP", "someone other than ana");

        assertThat(run("refunds", "review", "approve", "1", "--operator", "ana")).isEqualTo(1);
        assertThat(err.toString()).contains("Refused:", "two-person rule");

        assertThat(run("refunds", "review", "approve", "1", "--operator", "bo", "--comment", "checked the bank statement")).isZero();
        assertThat(out.toString()).contains("REFUND_REQUESTED", "RECEIVED");
        assertThat(setup.payments().refunds(payment.id(), new Cancellation()).refunds()).hasSize(1);

        assertThat(run("refunds", "review", "list", "--state", "refund_requested")).isZero();
        assertThat(out.toString()).contains(payment.id(), "9,990", "Counts: REFUND_REQUESTED 1");

        assertThat(run("refunds", "review", "show", "#1")).isZero();
        assertThat(out.toString()).contains("checked the bank statement", "TO_CHECK", "APPROVED", "allowedActions", "REFRESH");

        assertThat(run("refunds", "review", "refresh", "1", "--output", "json")).isZero();
        assertThat(out.toString()).contains("\"state\" : \"REFUND_REQUESTED\"");
    }

    @Test
    void aSavedProfileSuppliesTheConnectionItsRememberedSecretsAndTheDefaultOperator() {
        Path xdgConfig = dataDir.resolve("xdg-config");
        environment.put("XDG_CONFIG_HOME", xdgConfig.toString());
        try (LocalData local = LocalData.open(new LocalPaths(dataDir, xdgConfig.resolve("checkout-console")), Clock.systemUTC())) {
            local.profiles().save(new ProfileDraft("Team sandbox", sandbox.baseUrl(), ApiVersion.V2, sandbox.clientId(), false,
                    "Ana P.", new ProfileSecrets(Secret.ofNullable(sandbox.apiKey()), null, Secret.ofNullable(sandbox.clientSecret())),
                    true), new OperatorContext("admin", ProfileService.EMBEDDED_SANDBOX, false));
        }
        Payment payment = SettledPayments.settled(setup, "49990", "CLP");

        assertThat(runWithoutConnectionOptions("refunds", "review", "flag", payment.id(), "--reason", "duplicate",
                "--profile", "Team sandbox", "--output", "json")).isZero();
        assertThat(out.toString()).contains("\"flaggedBy\" : \"Ana P.\"", "\"profile\" : \"Team sandbox\"");
        assertThat(runWithoutConnectionOptions("refunds", "review", "approve", "1", "--profile", "Team sandbox")).isEqualTo(1);
        assertThat(err.toString()).contains("two-person rule");
        assertThat(runWithoutConnectionOptions("refunds", "review", "approve", "1", "--profile", "Team sandbox", "--operator", "bo"))
                .isZero();
        assertThat(setup.payments().refunds(payment.id(), new Cancellation()).refunds()).hasSize(1);

        assertThat(runWithoutConnectionOptions("refunds", "review", "list", "--profile", "nobody's")).isZero();
        assertThat(runWithoutConnectionOptions("refunds", "review", "refresh", "1", "--profile", "nobody's")).isEqualTo(2);
        assertThat(err.toString()).contains("profile", "no saved profile is called 'nobody's'", "Team sandbox");
    }

    @Test
    void badInputExitsWith2AndNothingIsStored() {
        Payment payment = SettledPayments.settled(setup, "49990", "CLP");

        assertThat(run("refunds", "review", "flag", payment.id(), "--reason", "other")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid input", "note");
        assertThat(run("refunds", "review", "flag", payment.id(), "--reason", "bored")).isEqualTo(2);
        assertThat(err.toString()).contains("reason", "requested_by_customer");
        assertThat(run("refunds", "review", "flag", payment.id(), "--reason", "duplicate", "--amount", "49991")).isEqualTo(2);
        assertThat(err.toString()).contains("must not exceed what is still refundable, 49,990 CLP");
        assertThat(run("refunds", "review", "approve", "twelve")).isEqualTo(2);
        assertThat(run("refunds", "review", "reject", "1", "--reason", "x", "--operator", "bo")).isEqualTo(1);
        assertThat(err.toString()).contains("There is no refund review #1");

        assertThat(run("refunds", "review", "list")).isZero();
        assertThat(out.toString()).contains("Counts: ").doesNotContain(payment.id());
    }

    @Test
    void theAuditTrailListsEveryChangeWithoutSecretsAndExportsItAsCsv() throws IOException {
        Payment payment = SettledPayments.settled(setup, "49990", "CLP");
        String sessionId = setup.sessions().list(CheckoutSessionQuery.all().withPage(1, 0), new Cancellation()).results().get(0).id();
        run("refunds", "review", "flag", payment.id(), "--reason", "fraudulent", "--operator", "ana");
        run("refunds", "review", "reject", "1", "--reason", "card owner confirmed", "--operator", "bo");
        run("sessions", "delete", sessionId, "--yes", "--operator", "cy");

        assertThat(run("audit", "list", "--action", "refund-review.", "--since", "01/01/2020")).isZero();
        assertThat(out.toString()).contains("refund-review.flag", "refund-review.reject", "ana", "bo", "SANDBOX", "2 entries")
                .doesNotContain("session.delete");

        assertThat(run("audit", "list", "--output", "json")).isZero();
        assertThat(out.toString()).contains("\"action\" : \"session.delete\"", "\"operator\" : \"cy\"", sessionId);
        assertThat(out.toString()).contains("\"httpStatus\" : ");

        assertThat(run("audit", "list", "--since", "31/12/2099")).isZero();
        assertThat(out.toString()).contains("0 entries");
        assertThat(run("audit", "list", "--since", "2024-01-01")).isEqualTo(2);

        Path csv = dataDir.resolve("exports/audit.csv");
        assertThat(run("audit", "export", "--file", csv.toString())).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("id,at,operator,profile,environment,action,targets,outcome,httpStatus,traceId,detail");
        assertThat(lines).hasSize(4);
        assertThat(Files.readString(csv)).contains("\r\n");

        for (String secret : List.of(sandbox.clientSecret(), sandbox.apiKey())) {
            assertThat(Files.readString(csv)).doesNotContain(secret);
            try (Stream<Path> files = Files.list(dataDir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(secret);
                }
            }
        }
    }

    @Test
    void sessionsExportWritesEveryPageOfTheFilter() throws IOException {
        long finished = setup.sessions().list(new CheckoutSessionQuery(null, null, "FINISHED", null, null, null, 1, 0),
                new Cancellation()).pagination().total();
        Path csv = dataDir.resolve("finished.csv");

        assertThat(run("sessions", "export", "--file", csv.toString(), "--status", "finished", "--limit", "7")).isZero();

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(finished).isGreaterThan(7);
        assertThat(lines).hasSize((int) finished + 1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line.split(",")[1]).isEqualTo("FINISHED"));
        assertThat(lines.stream().skip(1).map(line -> line.split(",")[0]).distinct().count()).isEqualTo(finished);
        assertThat(out.toString()).contains("Exported " + finished + " sessions");
    }

    @Test
    void theDataFolderComesFromTheEnvironmentWhenNoOptionIsGiven() throws IOException {
        Path fromEnvironment = dataDir.resolve("from-env");
        environment.put(LocalPaths.DATA_DIR_VARIABLE, fromEnvironment.toString());
        out = new StringWriter();
        err = new StringWriter();
        CliEnvironment cli = new CliEnvironment(environment, () -> {
            throw new AssertionError("no embedded sandbox here");
        }, question -> Optional.empty(), new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(ConsoleCli.run(cli, "test", new String[]{"audit", "list"})).isZero();
        assertThat(fromEnvironment.resolve("console.db")).exists();

        Files.writeString(dataDir.resolve("console.db"), "not a database ".repeat(100));
        assertThat(run("audit", "list")).isEqualTo(1);
        assertThat(err.toString()).contains("Local data corrupt", "damaged");
    }
}
