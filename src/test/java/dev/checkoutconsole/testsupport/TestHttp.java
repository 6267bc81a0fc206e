package dev.checkoutconsole.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkoutconsole.sandbox.SandboxOptions;
import dev.checkoutconsole.sandbox.SandboxServer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Raw HTTP to a sandbox, for what the typed client cannot send: malformed JSON, huge bodies, wrong credentials,
 * unknown routes. Authenticated requests carry the fixture's API key and a token from POST /auth.
 */
public final class TestHttp {
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<String> baseUrl;
    private final SandboxOptions options;
    private final OkHttpClient http;
    private String token;

    public TestHttp(SandboxFixture sandbox) {
        this(sandbox::baseUrl, sandbox.server().options());
    }

    /** For a server started by the test itself. */
    public TestHttp(SandboxServer server) {
        this(server::baseUrl, server.options());
    }

    private TestHttp(Supplier<String> baseUrl, SandboxOptions options) {
        this.baseUrl = baseUrl;
        this.options = options;
        this.http = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .callTimeout(Duration.ofSeconds(20))
                .build();
    }

    /** An answer: status, body text (empty when none) and headers. */
    public record Answer(int status, String body, Map<String, java.util.List<String>> headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public Answer get(String path) {
        return send("GET", path, null, authHeaders());
    }

    public Answer post(String path, String json) {
        return send("POST", path, json, authHeaders());
    }

    public Answer delete(String path) {
        return send("DELETE", path, null, authHeaders());
    }

    /** A fresh access token from POST /auth with the fixture's credentials. */
    public String newToken() {
        String body = JSON.createObjectNode().put("clientId", options.clientId()).put("clientSecret", options.clientSecret()).toString();
        Answer answer = send("POST", "/auth", body, Map.of("x-api-key", options.apiKey()));
        if (answer.status() != 200) {
            throw new IllegalStateException("POST /auth answered " + answer.status() + ": " + answer.body());
        }
        return answer.json().get("accessToken").asText();
    }

    public synchronized Map<String, String> authHeaders() {
        if (token == null) {
            token = newToken();
        }
        return Map.of("x-api-key", options.apiKey(), "Authorization", "Bearer " + token);
    }

    /** Sends exactly what it is given; path is appended to the base URL and may carry a query. */
    public Answer send(String method, String path, String json, Map<String, String> headers) {
        RequestBody body = json == null ? (method.equals("POST") ? RequestBody.create(new byte[0], JSON_TYPE) : null)
                : RequestBody.create(json, JSON_TYPE);
        return sendBody(method, path, body, headers);
    }

    public Answer sendBody(String method, String path, RequestBody body, Map<String, String> headers) {
        Request.Builder request = new Request.Builder().url(baseUrl.get() + path).method(method, body);
        headers.forEach(request::header);
        try (Response response = http.newCall(request.build()).execute()) {
            return new Answer(response.code(), response.body().string(), response.headers().toMultimap());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        }
    }
}
