package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.ApiVersion;

import java.time.Instant;

/**
 * A saved connection profile, without secrets: where to connect, which API contract, the client id, whether it
 * moves real money (LIVE), and the operator name to act as. {@code secretsRemembered} says whether the user asked
 * to keep its secrets on this computer. {@code savedAt} (null for the embedded sandbox) changes with every save,
 * secrets included, so the console can tell that the profile it is connected to was edited.
 */
public record Profile(
        String name,
        String baseUrl,
        ApiVersion apiVersion,
        String clientId,
        boolean live,
        String operator,
        boolean embeddedSandbox,
        boolean secretsRemembered,
        Instant savedAt) {

    public String environment() {
        return live ? "LIVE" : "SANDBOX";
    }
}
