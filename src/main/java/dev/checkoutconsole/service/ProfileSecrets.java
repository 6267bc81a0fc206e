package dev.checkoutconsole.service;

/** A profile's credentials: the API key, and an access token or a client secret. Each may be absent. */
public record ProfileSecrets(Secret apiKey, Secret accessToken, Secret clientSecret) {
    public static final ProfileSecrets NONE = new ProfileSecrets(null, null, null);

    /** These secrets, each one replaced by {@code override}'s where that one is set. */
    public ProfileSecrets overriddenBy(ProfileSecrets override) {
        return new ProfileSecrets(
                override.apiKey() != null ? override.apiKey() : apiKey,
                override.accessToken() != null ? override.accessToken() : accessToken,
                override.clientSecret() != null ? override.clientSecret() : clientSecret);
    }

    /**
     * These secrets with only the credential a profile authenticates with: the client secret when it has a client id,
     * else the access token. The API key is always kept. A token left over from before would otherwise win, since a
     * given token is always used as it is, and every call would be refused.
     */
    public ProfileSecrets forClientId(String clientId) {
        return clientId == null ? new ProfileSecrets(apiKey, accessToken, null) : new ProfileSecrets(apiKey, null, clientSecret);
    }

    public boolean isEmpty() {
        return apiKey == null && accessToken == null && clientSecret == null;
    }
}
