package dev.checkoutconsole.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.checkoutconsole.api.model.ApiError;
import dev.checkoutconsole.api.model.ApiErrorException;
import dev.checkoutconsole.api.model.ModelJson;

import java.io.IOException;

/**
 * Turns an error answer into ApiErrorException, whatever its body (CONOMY-API.md §5.1):
 * <ul>
 * <li>the documented {status, code, type, detail, traceId};</li>
 * <li>the OpenAPI {statusCode, error, message}: error is the type, message the detail;</li>
 * <li>the /client-url {error: {type, info}, message}: error.type is the type, message (else info) the detail;</li>
 * <li>an empty body, a body that is not JSON, or JSON with none of those fields: the type says which, and the
 *     detail is the start of the body.</li>
 * </ul>
 * The status is always the HTTP status. A traceId missing from the body is taken from the headers (TraceIds).
 * Every text passes through the redactor, so a server echoing a secret cannot put it in an exception message.
 */
final class ApiErrorParser {
    static final String EMPTY_BODY = "emptyBody";
    static final String NON_JSON_BODY = "nonJsonBody";
    static final String UNRECOGNISED_BODY = "unrecognisedErrorBody";
    static final String REDIRECT = "redirect";
    static final int EXCERPT_LENGTH = 200;

    private final SecretRedactor redactor;

    ApiErrorParser(SecretRedactor redactor) {
        this.redactor = redactor;
    }

    ApiErrorException exception(RawResponse response) {
        return new ApiErrorException(error(response));
    }

    ApiError error(RawResponse response) {
        int status = response.status();
        String headerTraceId = TraceIds.fromHeaders(response.headers());
        String location = response.headers().get("Location");
        if (status >= 300 && status < 400 && location != null) {
            return error(status, null, REDIRECT,
                    "The server redirects to " + location + "; use that address as the base URL", headerTraceId);
        }
        String text = response.bodyText();
        if (text.isBlank()) {
            return error(status, null, EMPTY_BODY, "The server answered HTTP " + status + " with an empty body", headerTraceId);
        }
        JsonNode root;
        try {
            root = ModelJson.mapper().readTree(text);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            return error(status, null, NON_JSON_BODY, excerpt(redactor.body(text)), headerTraceId);
        }
        JsonNode errorField = root.path("error");
        String code = textOf(root.get("code"));
        String type = firstOf(textOf(root.get("type")),
                errorField.isObject() ? textOf(errorField.get("type")) : textOf(errorField));
        String detail = firstOf(textOf(root.get("detail")), textOf(root.get("message")),
                errorField.isObject() ? firstOf(textOf(errorField.get("info")), textOf(errorField.get("message"))) : null);
        String traceId = firstOf(textOf(root.get("traceId")), headerTraceId);
        if (code == null && type == null && detail == null) {
            return error(status, null, UNRECOGNISED_BODY, excerpt(redactor.body(text)), traceId);
        }
        return error(status, code, type, detail, traceId);
    }

    private ApiError error(int status, String code, String type, String detail, String traceId) {
        return new ApiError(status, redactor.text(code), redactor.text(type), redactor.body(detail), redactor.text(traceId));
    }

    /** A scalar as text, an object or array as compact JSON; null, JSON null and blanks as null. */
    private static String textOf(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        String text = node.isValueNode() ? node.asText() : node.toString();
        return text.isBlank() ? null : text;
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The start of a body on one line: whitespace runs collapsed, cut at EXCERPT_LENGTH characters. Redact before
     * cutting, or a secret cut in half would no longer be recognised.
     */
    static String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= EXCERPT_LENGTH ? oneLine : oneLine.substring(0, EXCERPT_LENGTH) + "…";
    }
}
