package dev.checkoutconsole.api;

import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.api.model.ConomyException;
import dev.checkoutconsole.api.model.HttpExchange;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends one HTTP attempt with the headers every Conomy call carries, reads the whole answer, reports the
 * exchange, and turns a missing answer into the matching ConomyException. It never retries; CallRunner decides.
 */
final class AttemptSender {
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final String apiKey;
    private final ApiVersion apiVersion;
    private final String host;
    private final TransportFailures failures;
    private final ExchangeRecorder recorder;
    private final Clock clock;

    AttemptSender(OkHttpClient http, String apiKey, ApiVersion apiVersion, String host,
                  TransportFailures failures, ExchangeRecorder recorder, Clock clock) {
        this.http = http;
        this.apiKey = apiKey;
        this.apiVersion = apiVersion;
        this.host = host;
        this.failures = failures;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** An attempt that got no answer; failure is what the caller sees if it is not tried again. */
    static final class FailedAttempt extends RuntimeException {
        private final transient TransportFailures.Failure failure;

        FailedAttempt(TransportFailures.Failure failure) {
            super(failure.exception().getMessage(), null, false, false);
            this.failure = failure;
        }

        ConomyException exception() {
            return failure.exception();
        }

        boolean transientForSafeRequests() {
            return failure.transientForSafeRequests();
        }
    }

    /**
     * @param bearer the access token, or null for a call without one
     * @throws FailedAttempt when no answer came; CallCancelledException when the call was cancelled first
     */
    RawResponse send(ApiRequest request, String bearer, CallControl control) {
        ConnectionProgress progress = new ConnectionProgress();
        Request httpRequest = build(request, bearer, progress);
        Call call = http.newCall(httpRequest);
        control.attach(call);
        Instant startedAt = clock.instant();
        long start = System.nanoTime();
        try (Response response = call.execute()) {
            RawResponse raw = new RawResponse(response.code(), response.headers(), response.body().bytes());
            recorder.answered(httpRequest, request.jsonBody(), startedAt, since(start), raw);
            return raw;
        } catch (IOException e) {
            if (control.isCancelled()) {
                recorder.failed(httpRequest, request.jsonBody(), startedAt, since(start), HttpExchange.CANCELLED);
                throw control.cancelledException();
            }
            TransportFailures.Failure failure = failures.translate(e, progress, host, request);
            recorder.failed(httpRequest, request.jsonBody(), startedAt, since(start), failure.exception().getMessage());
            throw new FailedAttempt(failure);
        } finally {
            control.detach();
        }
    }

    private Request build(ApiRequest request, String bearer, ConnectionProgress progress) {
        Request.Builder builder = new Request.Builder()
                .url(request.url())
                .header("Accept", "application/json")
                .header("User-Agent", ProductVersion.userAgent())
                .tag(ConnectionProgress.class, progress);
        if (apiKey != null) {
            builder.header("x-api-key", apiKey);
        }
        apiVersion.headerValue().ifPresent(value -> builder.header("conomyhq-api-version", value));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        RequestBody body = null;
        if (request.jsonBody() != null) {
            builder.header("Content-Type", JSON.toString());
            body = RequestBody.create(request.jsonBody().getBytes(StandardCharsets.UTF_8), JSON);
        }
        return builder.method(request.method(), body).build();
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
