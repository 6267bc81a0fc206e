package dev.checkoutconsole.sandbox;

/**
 * An error answer of the documented shape {status, code, type, detail, traceId} (CONOMY-API.md §5.1), thrown by
 * any handler and written by the server in one place.
 */
final class ApiProblem extends RuntimeException {
    private final int status;
    private final String code;
    private final String type;

    private ApiProblem(int status, String code, String type, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.type = type;
    }

    static ApiProblem serverError(String detail) {
        return new ApiProblem(500, "01", "serverError", detail);
    }

    static ApiProblem serviceUnavailable(String detail) {
        // 503 has no code of its own in §5.1; "02 unknown" is the documented retriable one.
        return new ApiProblem(503, "02", "unknown", detail);
    }

    static ApiProblem invalidParam(String parameter, String problem) {
        return new ApiProblem(400, "11", "invalidParam", parameter + " " + problem);
    }

    static ApiProblem missingParam(String parameter) {
        return new ApiProblem(400, "12", "missingParam", parameter + " is required");
    }

    static ApiProblem alreadyExists(String detail) {
        return new ApiProblem(409, "13", "alreadyExist", detail);
    }

    static ApiProblem parsingResource(String detail) {
        return new ApiProblem(400, "14", "parsingResource", detail);
    }

    static ApiProblem failedPrecondition(String detail) {
        return new ApiProblem(422, "21", "failedPrecondition", detail);
    }

    static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "31", "notFound", detail);
    }

    static ApiProblem tooManyRequests(String detail) {
        return new ApiProblem(429, "32", "tooManyRequests", detail);
    }

    static ApiProblem unauthorized(String detail) {
        return new ApiProblem(401, "41", "unauthorized", detail);
    }

    static ApiProblem payloadTooLarge(String detail) {
        // §5.1 has no code for 413: the body is refused as a bad parameter (docs/sandbox.md).
        return new ApiProblem(413, "11", "invalidParam", detail);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String type() {
        return type;
    }

    String detail() {
        return getMessage();
    }
}
