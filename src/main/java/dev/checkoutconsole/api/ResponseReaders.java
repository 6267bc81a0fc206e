package dev.checkoutconsole.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkoutconsole.api.model.ApiError;
import dev.checkoutconsole.api.model.ApiErrorException;
import dev.checkoutconsole.api.model.ModelJson;
import dev.checkoutconsole.api.model.Page;

import java.io.IOException;
import java.util.function.Function;

/**
 * Reads successful answers into model records with ModelJson. An answer that cannot be read is reported as an
 * ApiErrorException of type unreadableResponse, carrying the HTTP status, so callers handle one exception family.
 */
final class ResponseReaders {
    static final String UNREADABLE = "unreadableResponse";
    private static final ObjectMapper JSON = ModelJson.mapper();

    private final SecretRedactor redactor;

    ResponseReaders(SecretRedactor redactor) {
        this.redactor = redactor;
    }

    <T> CallRunner.ResponseReader<T> json(Class<T> type) {
        return json(JSON.constructType(type), type.getSimpleName());
    }

    <T> CallRunner.ResponseReader<Page<T>> page(Class<T> itemType) {
        return json(JSON.getTypeFactory().constructParametricType(Page.class, itemType), "a page of " + itemType.getSimpleName());
    }

    /** For answers whose body carries nothing (DELETE's {} or 204). */
    CallRunner.ResponseReader<Void> none() {
        return response -> null;
    }

    /** Reads the body as a JSON tree and hands it to a converter, for answers that come in several shapes. */
    <T> CallRunner.ResponseReader<T> tree(String what, Function<JsonNode, T> converter) {
        return response -> {
            try {
                return converter.apply(JSON.readTree(response.body()));
            } catch (IOException | IllegalArgumentException e) {
                throw unreadable(response, what, e);
            }
        };
    }

    private <T> CallRunner.ResponseReader<T> json(JavaType type, String what) {
        return response -> {
            try {
                return JSON.readValue(response.body(), type);
            } catch (IOException e) {
                throw unreadable(response, what, e);
            }
        };
    }

    ApiErrorException unreadable(RawResponse response, String what, Exception cause) {
        String reason = cause instanceof JsonProcessingException json ? json.getOriginalMessage() : cause.getMessage();
        String detail = response.body().length == 0
                ? "The answer was empty where " + what + " was expected"
                : "The answer could not be read as " + what + ": " + reason;
        return new ApiErrorException(new ApiError(response.status(), null, UNREADABLE,
                redactor.text(ApiErrorParser.excerpt(detail)), TraceIds.fromHeaders(response.headers())));
    }
}
