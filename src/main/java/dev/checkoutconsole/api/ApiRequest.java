package dev.checkoutconsole.api;

import okhttp3.HttpUrl;

/**
 * One endpoint call to make: method, full URL, JSON body (null for none) and whether it carries the bearer token.
 * Only GETs are safe to repeat, so only they are retried.
 */
record ApiRequest(String method, HttpUrl url, String jsonBody, boolean authenticated) {

    static ApiRequest get(HttpUrl url) {
        return new ApiRequest("GET", url, null, true);
    }

    static ApiRequest delete(HttpUrl url) {
        return new ApiRequest("DELETE", url, null, true);
    }

    static ApiRequest post(HttpUrl url, String jsonBody) {
        return new ApiRequest("POST", url, jsonBody, true);
    }

    /** POST /auth obtains the token, so it cannot carry one. */
    static ApiRequest postWithoutToken(HttpUrl url, String jsonBody) {
        return new ApiRequest("POST", url, jsonBody, false);
    }

    boolean retryable() {
        return method.equals("GET");
    }

    /** Method and path only: the body may hold a client secret, so it never goes into a description. */
    @Override
    public String toString() {
        String query = url.encodedQuery();
        return method + " " + url.encodedPath() + (query == null ? "" : "?" + query);
    }
}
