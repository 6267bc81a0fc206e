package dev.checkoutconsole.api.model;

/** node-identity: who created a session or link. */
public record Owner(
        String identityId,
        String name,
        String lastname,
        String nickname,
        String documentNumber,
        String entityType) {

    public static Owner of(String identityId) {
        return new Owner(identityId, null, null, null, null, null);
    }
}
