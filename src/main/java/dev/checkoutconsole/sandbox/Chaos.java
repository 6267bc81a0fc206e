package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Applies the chaos settings to one request, in the order a real gateway would fail: a delay, a dropped
 * connection, the rate limit (429 with Retry-After), then a 500/503 at the error rate. The rate limit counts
 * requests in fixed one-second windows of real time.
 */
final class Chaos {
    /** What the server must do with the request. */
    enum Verdict { PROCEED, DROP }

    private final AtomicReference<ChaosSettings> settings;
    private long windowStartNanos = System.nanoTime();
    private int requestsInWindow;

    Chaos(ChaosSettings initial) {
        this.settings = new AtomicReference<>(initial);
    }

    ChaosSettings settings() {
        return settings.get();
    }

    void set(ChaosSettings value) {
        settings.set(value);
    }

    /** Sleeps, then answers DROP or PROCEED, or throws the 429/500/503 to answer. */
    Verdict apply() {
        ChaosSettings current = settings.get();
        if (current.isNone()) {
            return Verdict.PROCEED;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (current.latencyMaxMs() > 0) {
            sleep(random.nextLong(current.latencyMinMs(), current.latencyMaxMs() + 1));
        }
        if (current.dropRate() > 0 && random.nextDouble() < current.dropRate()) {
            return Verdict.DROP;
        }
        if (current.rateLimit() > 0) {
            long retryAfterSeconds = countAgainstLimit(current.rateLimit());
            if (retryAfterSeconds > 0) {
                throw new RateLimited(retryAfterSeconds);
            }
        }
        if (current.errorRate() > 0 && random.nextDouble() < current.errorRate()) {
            throw random.nextBoolean()
                    ? ApiProblem.serverError("simulated server error (sandbox chaos)")
                    : ApiProblem.serviceUnavailable("simulated unavailability (sandbox chaos)");
        }
        return Verdict.PROCEED;
    }

    /** 0 when the request is within the limit, else the seconds until the window ends (at least 1). */
    private synchronized long countAgainstLimit(int perSecond) {
        long now = System.nanoTime();
        if (now - windowStartNanos >= TimeUnit.SECONDS.toNanos(1)) {
            windowStartNanos = now;
            requestsInWindow = 0;
        }
        requestsInWindow++;
        if (requestsInWindow <= perSecond) {
            return 0;
        }
        long leftNanos = TimeUnit.SECONDS.toNanos(1) - (now - windowStartNanos);
        return Math.max(1, (long) Math.ceil(leftNanos / 1e9));
    }

    /** The body of POST /_sandbox/chaos: {latencyMs: [min, max], errorRate, rateLimit, dropRate}; absent = off. */
    static ChaosSettings read(JsonNode body) {
        long min = 0;
        long max = 0;
        JsonNode latency = body.get("latencyMs");
        if (latency != null && !latency.isNull()) {
            if (!latency.isArray() || latency.size() != 2 || !latency.get(0).canConvertToLong() || !latency.get(1).canConvertToLong()) {
                throw ApiProblem.invalidParam("latencyMs", "must be [min, max] in milliseconds");
            }
            min = latency.get(0).asLong();
            max = latency.get(1).asLong();
            if (min < 0 || max < min) {
                throw ApiProblem.invalidParam("latencyMs", "must be [min, max] with 0 <= min <= max");
            }
        }
        return new ChaosSettings(min, max, rate(body, "errorRate"), rateLimit(body), rate(body, "dropRate"));
    }

    static ObjectNode toJson(ChaosSettings settings) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.putArray("latencyMs").add(settings.latencyMinMs()).add(settings.latencyMaxMs());
        json.put("errorRate", settings.errorRate());
        json.put("rateLimit", settings.rateLimit());
        json.put("dropRate", settings.dropRate());
        return json;
    }

    private static double rate(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1) {
            throw ApiProblem.invalidParam(field, "must be a number between 0 and 1");
        }
        return value.asDouble();
    }

    private static int rateLimit(JsonNode body) {
        JsonNode value = body.get("rateLimit");
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.isIntegralNumber() || value.asInt() < 0) {
            throw ApiProblem.invalidParam("rateLimit", "must be a whole number of requests per second, 0 for none");
        }
        return value.asInt();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A 429 that carries its Retry-After. */
    static final class RateLimited extends RuntimeException {
        final long retryAfterSeconds;

        RateLimited(long retryAfterSeconds) {
            super("rate limited", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }
}
