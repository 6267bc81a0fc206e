package dev.checkoutconsole.cli;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line against a server that speaks the documented API: parsing, output, exit codes, bad input. */
class ConsoleCliTest {
    private static final String SESSION = """
            {"id":"6808d26af21dc6b97c1cc12a","checkoutToken":"invoice-1001","paymentConfigs":[],
             "createdAt":"2025-12-07T04:53:12.758Z","status":"ATTEMPT","items":[],"currency":"CLP",
             "preTaxAmount":"49990","totalAmount":"49990","url":"https://checkout.conomyhq.com/invoice-1001",
             "paymentMethodsAllowed":["ETPAY"],"destinations":[],"expiresAt":"2025-12-08T04:53:12.758Z",
             "owner":{"identityId":"679c482ee4420cb5b0966c9a"}}""";
    private static final String PAGE = "{\"pagination\":{\"count\":1,\"next\":1,\"previous\":0,\"total\":1},\"results\":[" + SESSION + "]}";

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, MockResponse> answers = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Prompter prompter = question -> Optional.empty();
    @TempDir
    Path dataDir;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                String key = request.getMethod() + " " + request.getUrl().encodedPath();
                if (key.equals("POST /auth")) {
                    return json(200, "{\"accessToken\":\"minted-token-value\",\"tokenType\":\"Bearer\",\"expiresIn\":3600}");
                }
                return answers.getOrDefault(key, json(404, "{\"status\":404,\"code\":\"31\",\"type\":\"notFound\",\"detail\":\"no route\",\"traceId\":\"t-404\"}"));
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString()));
        CliEnvironment cli = new CliEnvironment(environment, () -> {
            throw new AssertionError("no embedded sandbox in these tests");
        }, prompter, new PrintWriter(out, true), new PrintWriter(err, true));
        return ConsoleCli.run(cli, "9.9.9-test", all.toArray(String[]::new));
    }

    private String[] withConnection(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--base-url", server.url("/").toString(), "--api-key", "key-123", "--access-token", "token-456"));
        return all.toArray(String[]::new);
    }

    @Test
    void listSendsEveryFilterAndPrintsAnAlignedTable() {
        answers.put("GET /checkout-sessions", json(200, PAGE));

        int exit = run(withConnection("sessions", "list", "--status", "attempt", "--identity-id", "id-1",
                "--account-number", "123", "--start-date", "01/04/2025", "--end-date", "08/04/2025",
                "--sort", "createdAt:desc", "--limit", "25", "--offset", "50"));

        assertThat(exit).isZero();
        RecordedRequest request = requests.get(0);
        assertThat(request.getUrl().queryParameter("status")).isEqualTo("ATTEMPT");
        assertThat(request.getUrl().queryParameter("identityId")).isEqualTo("id-1");
        assertThat(request.getUrl().queryParameter("accountNumber")).isEqualTo("123");
        assertThat(request.getUrl().queryParameter("startDate")).isEqualTo("01/04/2025");
        assertThat(request.getUrl().queryParameter("endDate")).isEqualTo("08/04/2025");
        assertThat(request.getUrl().queryParameter("sort")).isEqualTo("createdAt:desc");
        assertThat(request.getUrl().queryParameter("limit")).isEqualTo("25");
        assertThat(request.getUrl().queryParameter("offset")).isEqualTo("50");
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo("key-123");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-456");
        assertThat(request.getHeaders().get("conomyhq-api-version")).isEqualTo("24-04-2025");
        String[] lines = out.toString().split("\\R");
        assertThat(lines[0]).startsWith("ID").contains("STATUS", "TOTAL", "CHECKOUT TOKEN");
        assertThat(lines[1]).contains("6808d26af21dc6b97c1cc12a", "ATTEMPT", "49,990", "invoice-1001");
        assertThat(lines[0].indexOf("STATUS")).isEqualTo(lines[1].indexOf("ATTEMPT"));
        assertThat(out.toString()).contains("Showing 1-1 of 1");
    }

    @Test
    void jsonOutputPrintsTheApisObjectWithAmountsAsStrings() {
        answers.put("GET /checkout-sessions/6808d26af21dc6b97c1cc12a", json(200, SESSION));

        int exit = run(withConnection("sessions", "get", "6808d26af21dc6b97c1cc12a", "--output", "json"));

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("\"id\" : \"6808d26af21dc6b97c1cc12a\"", "\"totalAmount\" : \"49990\"");
    }

    @Test
    void globalOptionsComeFromTheEnvironmentAndEmptyValuesCountAsUnset() {
        answers.put("GET /payments/p1", json(200, "{\"id\":\"p1\",\"status\":\"SETTLED\",\"type\":\"PURCHASE\",\"totalAmount\":\"10.00\",\"currency\":\"USD\"}"));
        environment.put("CONOMY_BASE_URL", server.url("/").toString());
        environment.put("CONOMY_API_KEY", "env-key");
        environment.put("CONOMY_ACCESS_TOKEN", "");
        environment.put("CONOMY_CLIENT_ID", "client-7");
        environment.put("CONOMY_CLIENT_SECRET", "secret-7");
        environment.put("CONOMY_API_VERSION", "v1");

        int exit = run("payments", "get", "p1");

        assertThat(exit).isZero();
        assertThat(requests).extracting(RecordedRequest::getMethod).containsExactly("POST", "GET");
        RecordedRequest get = requests.get(1);
        assertThat(get.getHeaders().get("x-api-key")).isEqualTo("env-key");
        assertThat(get.getHeaders().get("Authorization")).isEqualTo("Bearer minted-token-value");
        assertThat(get.getHeaders().get("conomyhq-api-version")).isNull();
        assertThat(out.toString()).contains("SETTLED", "10.00");
    }

    @Test
    void anApiErrorExitsOneAndShowsStatusCodeTypeDetailAndTraceId() {
        answers.put("DELETE /checkout-sessions/s1", json(422,
                "{\"status\":422,\"code\":\"21\",\"type\":\"failedPrecondition\",\"detail\":\"a payment is in progress\",\"traceId\":\"trace-789\"}"));

        int exit = run(withConnection("sessions", "delete", "s1", "--yes"));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("HTTP 422", "21", "failedPrecondition", "a payment is in progress", "trace-789")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void anUnreachableServerExitsOneSayingSo() throws IOException {
        String url = server.url("/").toString();
        server.close();

        int exit = run("sessions", "get", "s1", "--base-url", url, "--api-key", "k", "--access-token", "t");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot reach");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "sessions list --start-date 2025-04-01|start-date",
            "sessions list --end-date 31/02/2025|end-date",
            "sessions list --limit -1|limit",
            "sessions list --offset 1.5|offset",
            "sessions list --sort createdAt|sort",
            "sessions list --sort createdAt:up|sort",
            "sessions list --status DONE|status",
            "sessions create --checkout-token t --currency XYZ --duration 60|currency",
            "sessions create --checkout-token t --currency CLP --duration 29|duration",
            "sessions create --checkout-token t --currency CLP --duration 60 --success-url ftp://x.example|success-url",
            "sessions create --checkout-token t --currency CLP --duration 60 --failed-url notaurl|failed-url",
            "payments list --limit abc|limit",
            "refunds create p1 --amount -5|amount",
            "sessions pay s1 --payment-method TELEPORT|payment-method"})
    void badInputExitsTwoNamingTheFieldAndSendsNothing(String caseText) {
        String[] parts = caseText.split("\\|");

        int exit = run(withConnection(parts[0].split(" ")));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(parts[1]).contains("Nothing was sent");
        assertThat(requests).isEmpty();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run(withConnection("sessions", "explode"))).isEqualTo(2);
        assertThat(run(withConnection("sessions", "get"))).isEqualTo(2);
        assertThat(requests).isEmpty();
    }

    @Test
    void missingConnectionSettingsAreBadInput() {
        assertThat(run("sessions", "list")).isEqualTo(2);
        assertThat(err.toString()).contains("base-url");
        assertThat(run("sessions", "list", "--base-url", server.url("/").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("api-key");
        assertThat(requests).isEmpty();
    }

    @Test
    void deleteAsksOnATerminalAndRefusesWithoutOne() {
        answers.put("DELETE /checkout-sessions/s1", json(200, "{}"));

        assertThat(run(withConnection("sessions", "delete", "s1"))).isEqualTo(2);
        assertThat(requests).isEmpty();

        List<String> questions = new ArrayList<>();
        prompter = question -> {
            questions.add(question);
            return Optional.of("no");
        };
        assertThat(run(withConnection("sessions", "delete", "s1"))).isZero();
        assertThat(out.toString()).contains("Not deleted.");
        assertThat(requests).isEmpty();

        prompter = question -> Optional.of("yes");
        assertThat(run(withConnection("sessions", "delete", "s1"))).isZero();
        assertThat(questions).singleElement().asString().contains("s1");
        assertThat(requests).extracting(RecordedRequest::getMethod).containsExactly("DELETE");
        assertThat(out.toString()).contains("Deleted checkout session s1");
    }

    @Test
    void createSendsTheConsolesFormAndPaySendsTheRecipesForm() {
        answers.put("POST /checkout-sessions", json(201, SESSION));
        answers.put("POST /checkout-sessions/s1/payments", json(200,
                "{\"id\":\"p9\",\"checkoutSessionId\":\"s1\",\"status\":\"CREATED\",\"type\":\"PURCHASE\",\"totalAmount\":\"49990\",\"currency\":\"CLP\"}"));

        assertThat(run(withConnection("sessions", "create", "--checkout-token", "invoice-1001", "--currency", "clp",
                "--duration", "60", "--success-url", "https://shop.example/ok", "--first-name", "Jane"))).isZero();
        assertThat(run(withConnection("sessions", "pay", "s1", "--payment-method", "etpay", "--description", "Order 7",
                "--email", "jane@example.com"))).isZero();

        assertThat(requests.get(0).getBody().utf8()).isEqualTo(
                "{\"checkoutToken\":\"invoice-1001\",\"currency\":\"CLP\",\"customer\":{\"firstName\":\"Jane\"},"
                        + "\"duration\":60,\"successUrl\":\"https://shop.example/ok\"}");
        assertThat(requests.get(1).getBody().utf8()).isEqualTo(
                "{\"description\":\"Order 7\",\"paymentMethod\":\"ETPAY\",\"customer\":{\"email\":\"jane@example.com\"}}");
        assertThat(out.toString()).contains("p9", "CREATED");
    }

    @Test
    void refundsSendTheAmountAsADecimalString() {
        answers.put("POST /payments/p1/refund", json(201,
                "{\"refundId\":\"r1\",\"parentPaymentId\":\"p1\",\"status\":\"RECEIVED\",\"totalAmount\":\"150.00\",\"currency\":\"ARS\",\"createdAt\":\"2026-04-17T14:37:44Z\"}"));

        assertThat(run(withConnection("refunds", "create", "p1", "--amount", "150.00", "--reason", "duplicate"))).isZero();

        assertThat(requests.get(0).getBody().utf8()).isEqualTo("{\"amount\":\"150.00\",\"reason\":\"duplicate\"}");
        assertThat(out.toString()).contains("r1", "150.00 ARS");
    }

    @Test
    void authTokenNeedsAClientIdAndSecret() {
        assertThat(run(withConnection("auth", "token"))).isEqualTo(2);
        assertThat(err.toString()).contains("client-id");

        int exit = run("auth", "token", "--base-url", server.url("/").toString(), "--api-key", "k",
                "--client-id", "c", "--client-secret", "s");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Bearer", "3600");
    }

    @Test
    void versionPrintsTheVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().trim()).isEqualTo("checkout-console 9.9.9-test");
    }
}
