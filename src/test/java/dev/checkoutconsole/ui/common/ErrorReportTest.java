package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.api.model.ApiError;
import dev.checkoutconsole.api.model.ApiErrorException;
import dev.checkoutconsole.api.model.CallTimeoutException;
import dev.checkoutconsole.api.model.ConnectionFailedException;
import dev.checkoutconsole.api.model.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorReportTest {

    @Test
    void anApiErrorCarriesEverythingSupportNeedsAndNoStackTrace() {
        ErrorReport report = ErrorReport.of(new ApiErrorException(
                new ApiError(422, "21", "failedPrecondition", "a payment is in progress", "5f8f2a8e-trace")));

        assertThat(report.kind()).isEqualTo(ErrorReport.Kind.API_ERROR);
        assertThat(report.traceId()).isEqualTo("5f8f2a8e-trace");
        assertThat(report.copyText()).contains("status: 422", "code: 21", "type: failedPrecondition",
                "detail: a payment is in progress", "traceId: 5f8f2a8e-trace").doesNotContain("at dev.");
        assertThat(ErrorBanner.describe(report)).contains("HTTP 422", "failedPrecondition", "code 21", "5f8f2a8e-trace");
    }

    @Test
    void anErrorBodyWithoutFieldsShowsDashesNotNull() {
        ErrorReport report = ErrorReport.of(new ApiErrorException(new ApiError(502, null, null, null, null)));

        assertThat(ErrorBanner.describe(report)).contains("HTTP 502", "(code -)", "traceId: -").doesNotContain("null");
        assertThat(report.copyText()).contains("code: -", "type: -", "detail: -", "traceId: -").doesNotContain("null");
    }

    @Test
    void onlyAClearRefusalSaysAWriteDidNotHappen() {
        assertThat(ErrorReport.of(new ApiErrorException(new ApiError(422, "21", "failedPrecondition", "paid", "t"))).writeMayHaveHappened()).isFalse();
        assertThat(ErrorReport.of(new InvalidInputException("amount", "must be positive")).writeMayHaveHappened()).isFalse();
        assertThat(ErrorReport.of(new ApiErrorException(new ApiError(503, "14", "unavailable", "busy", "t"))).writeMayHaveHappened()).isTrue();
        assertThat(ErrorReport.of(new CallTimeoutException("read timeout", null)).writeMayHaveHappened()).isTrue();
        assertThat(ErrorReport.of(new ConnectionFailedException("reset", null)).writeMayHaveHappened()).isTrue();
        assertThat(ErrorReport.of(new IllegalStateException("audit write failed")).writeMayHaveHappened()).isTrue();
    }

    @Test
    void connectionProblemsAreTheirOwnKinds() {
        assertThat(ErrorReport.of(new ConnectionFailedException("Cannot reach 127.0.0.1", null)).kind())
                .isEqualTo(ErrorReport.Kind.UNREACHABLE);
        assertThat(ErrorReport.of(new CallTimeoutException("read timeout", null)).kind()).isEqualTo(ErrorReport.Kind.TIMEOUT);
        assertThat(ErrorReport.of(new InvalidInputException("duration", "too short")).message()).isEqualTo("duration: too short");
    }
}
