package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.ApiVersion;

/**
 * A saved connection profile, without secrets: where to connect, which API contract, the client id, whether it
 * moves real money (LIVE), and the operator name to act as. {@code secretsRemembered} says whether the user asked
 * to keep its secrets on this computer.
 */
public record Profile(
        String name,
        String baseUrl,
        ApiVersion apiVersion,
        String clientId,
        boolean live,
        String operator,
        boolean embeddedSandbox,
        boolean secretsRemembered) {

    public String environment() {
        return live ? "LIVE" : "SANDBOX";
    }
}
