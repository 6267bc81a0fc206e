package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.ApiVersion;

/**
 * A profile as the user entered it, with the secrets entered now; a secret left out keeps the one known before. The
 * secrets are kept on disk only when {@code rememberSecrets} is true; otherwise in memory until the console closes.
 */
public record ProfileDraft(
        String name,
        String baseUrl,
        ApiVersion apiVersion,
        String clientId,
        boolean live,
        String operator,
        ProfileSecrets secrets,
        boolean rememberSecrets) {

    public ProfileDraft {
        secrets = secrets == null ? ProfileSecrets.NONE : secrets;
    }
}
