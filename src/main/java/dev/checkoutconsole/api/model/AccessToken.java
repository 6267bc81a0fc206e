package dev.checkoutconsole.api.model;

/** The answer of POST /auth. expiresIn is in seconds. */
public record AccessToken(String accessToken, String tokenType, long expiresIn) {

    @Override
    public String toString() {
        return "AccessToken[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", accessToken=<redacted>]";
    }
}
