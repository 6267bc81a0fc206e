package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.api.model.ApiError;
import dev.checkoutconsole.api.model.ApiErrorException;
import dev.checkoutconsole.api.model.CallCancelledException;
import dev.checkoutconsole.api.model.CallTimeoutException;
import dev.checkoutconsole.api.model.ConnectionFailedException;
import dev.checkoutconsole.api.model.InvalidInputException;

/**
 * What the user is told about a failure: never a stack trace; for an API error its status, code, type, detail
 * and traceId, which support needs and which the copy button copies.
 */
public record ErrorReport(Kind kind, String headline, ApiError apiError, String message) {

    public enum Kind {
        /** The server refused the request. */
        API_ERROR,
        /** The server could not be reached; retrying later may help. */
        UNREACHABLE,
        /** The server did not answer in time; a write may or may not have happened. */
        TIMEOUT,
        /** The input was refused before anything was sent. */
        INVALID_INPUT,
        CANCELLED,
        UNEXPECTED
    }

    public static ErrorReport of(Throwable failure) {
        if (failure instanceof ApiErrorException apiError) {
            ApiError error = apiError.error();
            return new ErrorReport(Kind.API_ERROR, "The server refused the request (HTTP " + error.status() + ")", error,
                    error.detail());
        }
        if (failure instanceof ConnectionFailedException) {
            return new ErrorReport(Kind.UNREACHABLE, "Cannot reach the server", null, failure.getMessage());
        }
        if (failure instanceof CallTimeoutException) {
            return new ErrorReport(Kind.TIMEOUT, "The server did not answer in time", null, failure.getMessage());
        }
        if (failure instanceof InvalidInputException) {
            return new ErrorReport(Kind.INVALID_INPUT, "Check the input", null, failure.getMessage());
        }
        if (failure instanceof CallCancelledException) {
            return new ErrorReport(Kind.CANCELLED, "Cancelled", null, failure.getMessage());
        }
        return new ErrorReport(Kind.UNEXPECTED, "Something went wrong", null,
                failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
    }

    /** The same report under a headline that says what was being done: "Could not connect to Staging: …". */
    public ErrorReport during(String what) {
        return new ErrorReport(kind, what + ": " + headline, apiError, message);
    }

    /**
     * Whether a write that failed like this may still have happened on the server: it was refused clearly only by a
     * 4xx answer or by the console itself before sending. A 5xx is no such refusal (CONOMY-API.md §5.1 calls it
     * retriable and promises nothing was committed), nor is a call cut off or gone without an answer.
     */
    public boolean writeMayHaveHappened() {
        return switch (kind) {
            case API_ERROR -> apiError.status() >= 500;
            case INVALID_INPUT -> false;
            case UNREACHABLE, TIMEOUT, CANCELLED, UNEXPECTED -> true;
        };
    }

    public String traceId() {
        return apiError == null ? null : apiError.traceId();
    }

    /** The text the copy button puts on the clipboard: everything support asks for, one item per line. */
    public String copyText() {
        StringBuilder text = new StringBuilder(headline);
        if (apiError != null) {
            text.append("\nstatus: ").append(apiError.status())
                    .append("\ncode: ").append(ApiError.orDash(apiError.code()))
                    .append("\ntype: ").append(ApiError.orDash(apiError.type()))
                    .append("\ndetail: ").append(ApiError.orDash(apiError.detail()))
                    .append("\ntraceId: ").append(ApiError.orDash(apiError.traceId()));
        } else if (message != null) {
            text.append("\n").append(message);
        }
        return text.toString();
    }
}
