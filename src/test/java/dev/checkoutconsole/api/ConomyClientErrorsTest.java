package dev.checkoutconsole.api;

import dev.checkoutconsole.api.model.ApiErrorException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.checkoutconsole.api.ConomyClientEndpointsTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every published error shape, and bodies that are no error shape at all, end up in one ApiErrorException. */
class ConomyClientErrorsTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final ClientFixture fixture = new ClientFixture();
    private ConomyClient client;

    @BeforeEach
    void connect() {
        client = fixture.withToken(server);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void theDocumentedShapeIsReadField() {
        server.enqueue(json(400, ApiExamples.ERROR_DOCUMENTED));

        ApiErrorException error = failingDelete();

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.code()).isEqualTo("11");
        assertThat(error.type()).isEqualTo("invalidParam");
        assertThat(error.detail()).isEqualTo("accountNumber is required");
        assertThat(error.traceId()).isEqualTo("5f8f2a8e-4b7c-4a1e-8d3f-1234567890ab");
        assertThat(error).hasMessage("HTTP 400 invalidParam (code 11): accountNumber is required "
                + "[traceId 5f8f2a8e-4b7c-4a1e-8d3f-1234567890ab]");
    }

    @Test
    void theOpenApiShapeGivesTypeAndDetail() {
        server.enqueue(json(400, ApiExamples.ERROR_OPENAPI));

        ApiErrorException error = failingDelete();

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.code()).isNull();
        assertThat(error.type()).isEqualTo("Bad Request");
        assertThat(error.detail()).isEqualTo("limit must be a number");
    }

    @Test
    void theClientUrlShapeGivesTheNestedType() {
        server.enqueue(json(400, ApiExamples.ERROR_CLIENT_URL));

        ApiErrorException error = failingDelete();

        assertThat(error.type()).isEqualTo("bad_request");
        assertThat(error.detail()).isNull();
    }

    @Test
    void theClientUrlShapeTakesInfoWhenThereIsNoMessage() {
        server.enqueue(json(422, "{\"error\":{\"type\":\"failed\",\"info\":{\"field\":\"amount\"}},\"message\":null}"));

        ApiErrorException error = failingDelete();

        assertThat(error.status()).isEqualTo(422);
        assertThat(error.type()).isEqualTo("failed");
        assertThat(error.detail()).isEqualTo("{\"field\":\"amount\"}");
    }

    @Test
    void theStatusIsTheHttpStatusEvenWhenTheBodySaysOtherwise() {
        server.enqueue(json(404, ApiExamples.ERROR_DOCUMENTED));

        assertThat(failingDelete().status()).isEqualTo(404);
    }

    @Test
    void aNumericCodeIsReadAsText() {
        server.enqueue(json(404, "{\"status\":404,\"code\":31,\"type\":\"notFound\",\"detail\":\"no such session\"}"));

        assertThat(failingDelete().code()).isEqualTo("31");
    }

    @Test
    void aNonJsonBodyBecomesTheDetail() {
        server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                .body("<html>\n  <body>502 Bad   Gateway</body>\n</html>").build());

        ApiErrorException error = failingDelete();

        assertThat(error.status()).isEqualTo(502);
        assertThat(error.type()).isEqualTo(ApiErrorParser.NON_JSON_BODY);
        assertThat(error.detail()).isEqualTo("<html> <body>502 Bad Gateway</body> </html>");
    }

    @Test
    void aLongNonJsonBodyIsCut() {
        server.enqueue(new MockResponse.Builder().code(500).body("x".repeat(5000)).build());

        ApiErrorException error = failingDelete();

        assertThat(error.detail()).hasSize(ApiErrorParser.EXCERPT_LENGTH + 1).endsWith("…");
    }

    @Test
    void anEmptyBodySaysSo() {
        server.enqueue(new MockResponse.Builder().code(503).build());

        ApiErrorException error = failingDelete();

        assertThat(error.status()).isEqualTo(503);
        assertThat(error.type()).isEqualTo(ApiErrorParser.EMPTY_BODY);
        assertThat(error.detail()).contains("503").contains("empty body");
    }

    @Test
    void jsonWithoutAnyErrorFieldShowsTheBody() {
        server.enqueue(json(500, "{\"oops\":true}"));

        ApiErrorException error = failingDelete();

        assertThat(error.type()).isEqualTo(ApiErrorParser.UNRECOGNISED_BODY);
        assertThat(error.detail()).isEqualTo("{\"oops\":true}");
    }

    @Test
    void theTraceIdComesFromAHeaderWhenTheBodyHasNone() {
        server.enqueue(new MockResponse.Builder().code(400).setHeader("x-trace-id", "trace-from-header")
                .body(ApiExamples.ERROR_OPENAPI).build());

        assertThat(failingDelete().traceId()).isEqualTo("trace-from-header");
    }

    @Test
    void theTraceIdOfTheBodyWinsOverTheHeader() {
        server.enqueue(new MockResponse.Builder().code(400).setHeader("x-trace-id", "trace-from-header")
                .body(ApiExamples.ERROR_DOCUMENTED).build());

        assertThat(failingDelete().traceId()).isEqualTo("5f8f2a8e-4b7c-4a1e-8d3f-1234567890ab");
    }

    @Test
    void theTraceIdComesFromTraceparent() {
        server.enqueue(new MockResponse.Builder().code(500)
                .setHeader("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").body("").build());

        assertThat(failingDelete().traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void aRedirectNamesTheNewAddressAndIsNotFollowed() {
        server.enqueue(new MockResponse.Builder().code(301).setHeader("Location", "https://elsewhere.example/").build());

        ApiErrorException error = failingDelete();

        assertThat(error.status()).isEqualTo(301);
        assertThat(error.type()).isEqualTo(ApiErrorParser.REDIRECT);
        assertThat(error.detail()).contains("https://elsewhere.example/");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aSuccessfulAnswerThatCannotBeReadIsAnApiError() {
        server.enqueue(json(200, "{\"id\":\"s1\",\"createdAt\":\"not a time\"}"));

        ApiErrorException error = catchThrowableOfType(ApiErrorException.class,
                () -> client.getCheckoutSession("s1").execute());

        assertThat(error.status()).isEqualTo(200);
        assertThat(error.type()).isEqualTo(ResponseReaders.UNREADABLE);
        assertThat(error.detail()).startsWith("The answer could not be read as CheckoutSession");
    }

    @Test
    void anEmptySuccessfulAnswerWhereAnObjectWasExpectedIsAnApiError() {
        server.enqueue(new MockResponse.Builder().code(200).build());

        ApiErrorException error = catchThrowableOfType(ApiErrorException.class, () -> client.getPayment("p1").execute());

        assertThat(error.type()).isEqualTo(ResponseReaders.UNREADABLE);
        assertThat(error.detail()).isEqualTo("The answer was empty where Payment was expected");
    }

    @Test
    void aRefundListInNoKnownFormIsAnApiError() {
        server.enqueue(json(200, "{\"items\":[]}"));

        ApiErrorException error = catchThrowableOfType(ApiErrorException.class,
                () -> client.listRefunds(null).execute());

        assertThat(error.type()).isEqualTo(ResponseReaders.UNREADABLE);
        assertThat(error.detail()).isEqualTo("The answer could not be read as a page of refunds: neither results nor refunds is a list");
    }

    private ApiErrorException failingDelete() {
        return catchThrowableOfType(ApiErrorException.class, () -> client.deleteCheckoutSession("s1").execute());
    }
}
