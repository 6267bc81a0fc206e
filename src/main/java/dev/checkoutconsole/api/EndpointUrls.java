package dev.checkoutconsole.api;

import dev.checkoutconsole.api.model.InvalidInputException;
import okhttp3.HttpUrl;

import java.util.Map;

/**
 * Builds endpoint URLs under the configured base URL, keeping its path prefix (the hosted sandbox lives under
 * /sandbox). Every caller-supplied id becomes exactly one encoded path segment, so no id can change the path.
 */
final class EndpointUrls {
    private final HttpUrl base;

    EndpointUrls(String baseUrl) {
        HttpUrl parsed = baseUrl == null ? null : HttpUrl.parse(baseUrl.trim());
        if (parsed == null) {
            // The value is not repeated: a mistyped setting may hold a pasted secret.
            throw new InvalidInputException("baseUrl", "must be an http:// or https:// URL");
        }
        if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
            // Credentials in the URL would end up in every log line and error message.
            throw new InvalidInputException("baseUrl", "must not contain a user name or password");
        }
        base = parsed.newBuilder().query(null).fragment(null).build();
    }

    /** Starts a URL with fixed path segments of our own, e.g. path("checkout-sessions"). */
    Url path(String... segments) {
        return new Url(base.newBuilder()).path(segments);
    }

    String host() {
        return base.host() + ":" + base.port();
    }

    static final class Url {
        private final HttpUrl.Builder builder;

        private Url(HttpUrl.Builder builder) {
            this.builder = builder;
        }

        Url path(String... segments) {
            for (String segment : segments) {
                builder.addPathSegment(segment);
            }
            return this;
        }

        /**
         * Adds a caller-supplied id as a single segment: '/', '?', '#' and '%' are percent-encoded. OkHttp resolves
         * '.' and '..' segments (even percent-encoded ones) instead of sending them, so those are refused.
         */
        Url id(String field, String value) {
            if (value == null || value.isBlank()) {
                throw new InvalidInputException(field, "is required");
            }
            if (value.equals(".") || value.equals("..")) {
                throw new InvalidInputException(field, "must not be '" + value + "'");
            }
            builder.addPathSegment(value);
            return this;
        }

        Url query(Map<String, String> parameters) {
            parameters.forEach(builder::addQueryParameter);
            return this;
        }

        HttpUrl build() {
            return builder.build();
        }
    }
}
