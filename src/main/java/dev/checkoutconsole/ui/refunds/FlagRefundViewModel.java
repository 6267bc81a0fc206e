package dev.checkoutconsole.ui.refunds;

import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.service.FlagRequest;
import dev.checkoutconsole.service.InputValidation;
import dev.checkoutconsole.service.Money;
import dev.checkoutconsole.service.RefundReason;
import dev.checkoutconsole.service.RefundReview;
import dev.checkoutconsole.service.RefundReviewService;
import dev.checkoutconsole.ui.common.BackgroundTask;
import dev.checkoutconsole.ui.common.ErrorReport;
import dev.checkoutconsole.ui.common.InputProblem;
import dev.checkoutconsole.ui.common.TaskExecutor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;

/**
 * The Flag for refund form of one SETTLED payment: a reason, an amount (all that is still refundable unless changed;
 * positive, in the currency's decimals, at most maxRefundable) and a note (required for "other"). Each field's
 * problem is known as it is typed, and Flag stays disabled until the form is valid and while the flag is sent.
 */
public final class FlagRefundViewModel {
    private final RefundReviewService reviews;
    private final TaskExecutor executor;
    private final String paymentId;
    private final String currency;
    private final BigDecimal maxRefundable;

    private final ObjectProperty<RefundReason> reason = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringBinding reasonError;
    private final StringBinding amountError;
    private final StringBinding noteError;
    private final ReadOnlyBooleanWrapper flagging = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<RefundReview> flagged = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>();

    public FlagRefundViewModel(RefundReviewService reviews, TaskExecutor executor, String paymentId, String currency,
                               BigDecimal maxRefundable) {
        this.reviews = reviews;
        this.executor = executor;
        this.paymentId = paymentId;
        this.currency = currency;
        this.maxRefundable = maxRefundable;
        // Written as the user would type it, in the currency's decimals ("49990" CLP, "10.50" USD); never rounded.
        amount.set(maxRefundable.setScale(Math.max(Money.decimalsOf(currency), Math.max(0, maxRefundable.stripTrailingZeros().scale())))
                .toPlainString());
        reasonError = InputProblem.of(() -> reason.get() == null ? fail("reason", "is required: choose why the payment is refunded") : null, reason);
        amountError = InputProblem.of(this::checkAmount, amount);
        noteError = InputProblem.of(() -> reason.get() == RefundReason.OTHER && (note.get() == null || note.get().isBlank())
                ? fail("note", "is required when the reason is 'other': say why") : null, reason, note);
    }

    private BigDecimal checkAmount() {
        BigDecimal wanted = InputValidation.amount("amount", amount.get(), currency);
        if (wanted.compareTo(maxRefundable) > 0) {
            throw new InvalidInputException("amount", "must not exceed what is still refundable, "
                    + Money.formatWithCurrency(maxRefundable, currency));
        }
        return wanted;
    }

    private static Object fail(String field, String message) {
        throw new InvalidInputException(field, message);
    }

    public String paymentId() {
        return paymentId;
    }

    /** "Payment pay_… · up to 49,990 CLP refundable". */
    public String subtitle() {
        return "Payment " + paymentId + " · up to " + Money.formatWithCurrency(maxRefundable, currency) + " refundable";
    }

    public String currency() {
        return currency;
    }

    public ObjectProperty<RefundReason> reasonProperty() {
        return reason;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringBinding reasonError() {
        return reasonError;
    }

    public StringBinding amountError() {
        return amountError;
    }

    public StringBinding noteError() {
        return noteError;
    }

    public BooleanBinding flagDisabledBinding() {
        return reasonError.isNotNull().or(amountError.isNotNull()).or(noteError.isNotNull()).or(flagging).or(flagged.isNotNull());
    }

    public ReadOnlyBooleanProperty flaggingProperty() {
        return flagging.getReadOnlyProperty();
    }

    /** The review made; set once, after which the form is done. */
    public ReadOnlyObjectProperty<RefundReview> flaggedProperty() {
        return flagged.getReadOnlyProperty();
    }

    /** Why the flag was refused: by the server, or by a review rule (a payment already flagged), in its words. */
    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Flags the payment, once; never while a flag is in flight. */
    public void flag() {
        if (flagDisabledBinding().get()) {
            return;
        }
        FlagRequest request = new FlagRequest(paymentId, reason.get(), amount.get().trim(), note.get());
        flagging.set(true);
        error.set(null);
        executor.execute(BackgroundTask.of(cancel -> reviews.flag(request, cancel))
                .onSuccess(flagged::set)
                .onFailure(failure -> error.set(ReviewErrors.report(failure)))
                .whenDone(() -> flagging.set(false)));
    }
}
