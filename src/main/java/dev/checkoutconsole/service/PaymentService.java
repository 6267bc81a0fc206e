package dev.checkoutconsole.service;

import dev.checkoutconsole.api.ConomyClient;
import dev.checkoutconsole.api.model.Page;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentQuery;
import dev.checkoutconsole.api.model.PaymentRefunds;
import dev.checkoutconsole.api.model.PaymentStatus;
import dev.checkoutconsole.api.model.RefundCreated;
import dev.checkoutconsole.api.model.RefundQuery;
import dev.checkoutconsole.api.model.RefundRequest;


/** Payments and their refunds, and the sandbox's provider simulator that moves payments along. */
public final class PaymentService {
    private final ConomyClient client;
    private final Mutations mutations;

    PaymentService(ConomyClient client, Mutations mutations) {
        this.client = client;
        this.mutations = mutations;
    }

    public Page<Payment> list(PaymentQuery query, Cancellation cancellation) {
        return cancellation.run(client.listPayments(query));
    }

    public Payment get(String paymentId, Cancellation cancellation) {
        return cancellation.run(client.getPayment(InputValidation.required("id", paymentId)));
    }

    /** The refunds of one payment with its summary, including what is still refundable. */
    public PaymentRefunds refunds(String paymentId, Cancellation cancellation) {
        return cancellation.run(client.listPaymentRefunds(InputValidation.required("paymentId", paymentId)));
    }

    public Page<Payment> listRefunds(RefundQuery query, Cancellation cancellation) {
        return cancellation.run(client.listRefunds(query));
    }

    /** Sends one refund. It is never retried: a second attempt could refund twice. */
    public RefundCreated refund(String paymentId, RefundRequest request, Cancellation cancellation) {
        String id = InputValidation.required("paymentId", paymentId);
        return mutations.run(AuditAction.REFUND_CREATE, Mutations.ids(id),
                () -> cancellation.run(client.refundPayment(id, request)), refund -> Mutations.ids(refund.refundId()));
    }

    /** Sandbox only: the provider confirms the funds (payment → RECEIVED). */
    public Payment simulateReceived(String paymentId, Cancellation cancellation) {
        String id = InputValidation.required("paymentId", paymentId);
        return mutations.run(AuditAction.PAYMENT_SIMULATE_RECEIVED, Mutations.ids(id),
                () -> cancellation.run(client.simulatePaymentReceived(id)), payment -> Mutations.ids());
    }

    /** Embedded sandbox only: drives a payment to the given status. */
    public Payment advanceInSandbox(String paymentId, PaymentStatus to, Cancellation cancellation) {
        String id = InputValidation.required("paymentId", paymentId);
        return mutations.run(AuditAction.PAYMENT_SANDBOX_ADVANCE, Mutations.ids(id),
                () -> cancellation.run(client.advanceSandboxPayment(id, to)), payment -> Mutations.ids());
    }
}
