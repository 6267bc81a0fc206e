package dev.checkoutconsole.api.model;

/** The server answered with an error status. Carries the error body, normalised to the documented shape. */
public final class ApiErrorException extends ConomyException {
    private final ApiError error;

    public ApiErrorException(ApiError error) {
        super(describe(error), null);
        this.error = error;
    }

    public ApiError error() {
        return error;
    }

    public int status() {
        return error.status();
    }

    public String code() {
        return error.code();
    }

    public String type() {
        return error.type();
    }

    public String detail() {
        return error.detail();
    }

    public String traceId() {
        return error.traceId();
    }

    /** One line with everything support needs: status, code, type, detail and traceId. */
    public static String describe(ApiError error) {
        return "HTTP " + error.status()
                + " " + ApiError.orDash(error.type())
                + " (code " + ApiError.orDash(error.code()) + "): "
                + ApiError.orDash(error.detail())
                + " [traceId " + ApiError.orDash(error.traceId()) + "]";
    }
}
