package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.HttpHeader;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CurlCommandTest {

    private static HttpExchange exchange(String method, String url, String body, HttpHeader... headers) {
        return new HttpExchange(1, Instant.EPOCH, method, url, List.of(headers), body, 200, List.of(), "{}",
                Duration.ofMillis(5), "trace-1", null);
    }

    @Test
    void secretsBecomeShellVariablesAndOtherHeadersStayAsTheyWere() {
        String curl = CurlCommand.of(exchange("GET", "http://127.0.0.1:8787/checkout-sessions?status=ATTEMPT", null,
                new HttpHeader("Authorization", "[REDACTED]"),
                new HttpHeader("x-api-key", "[REDACTED]"),
                new HttpHeader("User-Agent", "checkout-console/0.1.0"),
                new HttpHeader("conomyhq-api-version", "24-04-2025")));

        assertThat(curl).startsWith("curl -X GET 'http://127.0.0.1:8787/checkout-sessions?status=ATTEMPT'")
                .contains("-H \"Authorization: Bearer $CONOMY_ACCESS_TOKEN\"")
                .contains("-H \"x-api-key: $CONOMY_API_KEY\"")
                .contains("-H 'User-Agent: checkout-console/0.1.0'")
                .contains("-H 'conomyhq-api-version: 24-04-2025'")
                .doesNotContain("REDACTED");
    }

    @Test
    void theClientSecretInAnAuthBodyBecomesAVariable() {
        String curl = CurlCommand.of(exchange("POST", "https://api.conomyhq.com/sandbox/auth",
                "{\"clientId\":\"my-client\",\"clientSecret\":\"[REDACTED]\"}",
                new HttpHeader("Content-Type", "application/json")));

        assertThat(curl).contains("--data \"{\\\"clientId\\\":\\\"my-client\\\",\\\"clientSecret\\\":\\\"$CONOMY_CLIENT_SECRET\\\"}\"")
                .doesNotContain("REDACTED");
    }

    @Test
    void singleQuotesInABodyAreEscapedForTheShell() {
        String curl = CurlCommand.of(exchange("POST", "http://h/payments/1/refund", "{\"reason\":\"customer's request\"}"));

        assertThat(curl).endsWith("--data '{\"reason\":\"customer'\\''s request\"}'");
    }
}
