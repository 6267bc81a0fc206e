package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.ApiVersion;

/**
 * A profile as the user entered it, secrets included. The secrets are kept on disk only when
 * {@code rememberSecrets} is true; otherwise they are forgotten once the profile is saved.
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
