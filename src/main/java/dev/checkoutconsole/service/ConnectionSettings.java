package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.api.model.InvalidInputException;

import java.net.URI;

/**
 * Where the console talks to and how it authenticates: an access token used as it is, or a client id and secret
 * that obtain one. Secrets are wrapped so they never print.
 */
public record ConnectionSettings(
        String baseUrl,
        ApiVersion apiVersion,
        Secret apiKey,
        Secret accessToken,
        String clientId,
        Secret clientSecret) {

    public ConnectionSettings {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new InvalidInputException("base-url", "is required");
        }
        baseUrl = InputValidation.httpUrl("base-url", baseUrl.trim());
        apiVersion = apiVersion == null ? ApiVersion.V2 : apiVersion;
        clientId = clientId == null || clientId.isBlank() ? null : clientId.trim();
    }

    /** Refuses settings with which no call could authenticate, before anything is sent. */
    public ConnectionSettings requireCredentials() {
        if (apiKey == null) {
            throw new InvalidInputException("api-key", "is required (option --api-key or CONOMY_API_KEY)");
        }
        if (accessToken == null && (clientId == null || clientSecret == null)) {
            throw new InvalidInputException("access-token",
                    "give an access token, or a client id and client secret to obtain one");
        }
        return this;
    }

    public boolean isLoopback() {
        String host = URI.create(baseUrl).getHost();
        return "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host);
    }
}
