package dev.checkoutconsole.ui.refunds;

import dev.checkoutconsole.service.ReviewRefusedException;
import dev.checkoutconsole.ui.common.ErrorReport;

/** How a failed review action is told: a refused rule says which rule, in the service's words; else as usual. */
final class ReviewErrors {
    private ReviewErrors() {
    }

    static ErrorReport report(Throwable failure) {
        if (failure instanceof ReviewRefusedException refused) {
            return new ErrorReport(ErrorReport.Kind.INVALID_INPUT, "Refused by a review rule; nothing was sent", null,
                    refused.getMessage());
        }
        return ErrorReport.of(failure);
    }
}
