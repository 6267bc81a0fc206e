package dev.checkoutconsole.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/** The body of POST /payments/{id}/refund. A null amount refunds everything still refundable. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RefundRequest(BigDecimal amount, String reason) {

    public RefundRequest {
        if (amount != null && amount.signum() <= 0) {
            throw new InvalidInputException("amount", "must be positive, not " + amount.toPlainString());
        }
    }
}
