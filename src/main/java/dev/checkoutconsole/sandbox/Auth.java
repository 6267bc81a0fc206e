package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * POST /auth and the check every other route makes: the configured x-api-key, and a bearer token this sandbox
 * issued that has not expired on the sandbox clock. Anything else is 401 with code "41".
 */
final class Auth {
    private static final String BEARER = "Bearer ";
    private final SandboxOptions options;
    private final SandboxClock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> tokenExpiries = new ConcurrentHashMap<>();

    Auth(SandboxOptions options, SandboxClock clock) {
        this.options = options;
        this.clock = clock;
    }

    ObjectNode issueToken(String apiKey, JsonNode body) {
        requireApiKey(apiKey);
        String clientId = Fields.requiredText(body, "clientId", "clientId");
        String clientSecret = Fields.requiredText(body, "clientSecret", "clientSecret");
        if (!same(clientId, options.clientId()) || !same(clientSecret, options.clientSecret())) {
            throw ApiProblem.unauthorized("clientId or clientSecret is not valid");
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "sbx." + HexFormat.of().formatHex(bytes);
        tokenExpiries.put(token, clock.now().plus(options.tokenTtl()));
        return JsonNodeFactory.instance.objectNode()
                .put("accessToken", token)
                .put("tokenType", "Bearer")
                .put("expiresIn", options.tokenTtl().toSeconds());
    }

    void check(String apiKey, String authorization) {
        requireApiKey(apiKey);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ApiProblem.unauthorized("a bearer token is required: obtain one from POST /auth");
        }
        String token = authorization.substring(BEARER.length()).trim();
        Instant expiry = tokenExpiries.get(token);
        if (expiry == null) {
            throw ApiProblem.unauthorized("the bearer token is not valid");
        }
        if (!clock.now().isBefore(expiry)) {
            tokenExpiries.remove(token);
            throw ApiProblem.unauthorized("the bearer token has expired: obtain a new one from POST /auth");
        }
    }

    private void requireApiKey(String apiKey) {
        if (apiKey == null || !same(apiKey, options.apiKey())) {
            throw ApiProblem.unauthorized("x-api-key is missing or not valid");
        }
    }

    /** Constant-time, so the sandbox does not teach timing attacks by example. */
    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
