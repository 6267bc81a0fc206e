package dev.checkoutconsole.ui.sessions;

import dev.checkoutconsole.api.model.CheckoutCustomer;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CreateCheckoutSessionRequest;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.InputValidation;
import dev.checkoutconsole.ui.common.BackgroundTask;
import dev.checkoutconsole.ui.common.ErrorReport;
import dev.checkoutconsole.ui.common.InputProblem;
import dev.checkoutconsole.ui.common.TaskExecutor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The New session form. Each field's problem is known as it is typed, so the view can mark it inline, and Create
 * stays disabled until the whole form is valid. The same input rules as the CLI apply.
 */
public final class NewSessionViewModel {
    private final ActiveConnection connection;
    private final TaskExecutor executor;

    private final StringProperty checkoutToken = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("CLP");
    private final StringProperty duration = new SimpleStringProperty("900");
    private final StringProperty successUrl = new SimpleStringProperty("");
    private final StringProperty failedUrl = new SimpleStringProperty("");
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty documentType = new SimpleStringProperty("");
    private final StringProperty documentNumber = new SimpleStringProperty("");

    private final StringBinding checkoutTokenError;
    private final StringBinding currencyError;
    private final StringBinding durationError;
    private final StringBinding successUrlError;
    private final StringBinding failedUrlError;
    private final StringBinding emailError;
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<CheckoutSession> created = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>();

    public NewSessionViewModel(ActiveConnection connection, TaskExecutor executor) {
        this.connection = connection;
        this.executor = executor;
        checkoutTokenError = InputProblem.of(() -> InputValidation.required("checkout token", checkoutToken.get()), checkoutToken);
        currencyError = InputProblem.of(() -> InputValidation.currency("currency", currency.get()), currency);
        durationError = InputProblem.of(() -> InputValidation.duration("duration",
                InputValidation.nonNegativeInt("duration", duration.get())), duration);
        successUrlError = InputProblem.of(() -> optionalUrl("success URL", successUrl.get()), successUrl);
        failedUrlError = InputProblem.of(() -> optionalUrl("failed URL", failedUrl.get()), failedUrl);
        emailError = InputProblem.of(() -> isBlank(email) ? null : InputValidation.email("customer e-mail", email.get()), email);
    }

    private static String optionalUrl(String field, String text) {
        return text == null || text.isBlank() ? null : InputValidation.httpUrl(field, text);
    }

    public StringProperty checkoutTokenProperty() {
        return checkoutToken;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public StringProperty successUrlProperty() {
        return successUrl;
    }

    public StringProperty failedUrlProperty() {
        return failedUrl;
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty documentTypeProperty() {
        return documentType;
    }

    public StringProperty documentNumberProperty() {
        return documentNumber;
    }

    public StringBinding checkoutTokenError() {
        return checkoutTokenError;
    }

    public StringBinding currencyError() {
        return currencyError;
    }

    public StringBinding durationError() {
        return durationError;
    }

    public StringBinding successUrlError() {
        return successUrlError;
    }

    public StringBinding failedUrlError() {
        return failedUrlError;
    }

    public StringBinding emailError() {
        return emailError;
    }

    public BooleanBinding createDisabledBinding() {
        return checkoutTokenError.isNotNull().or(currencyError.isNotNull()).or(durationError.isNotNull())
                .or(successUrlError.isNotNull()).or(failedUrlError.isNotNull()).or(emailError.isNotNull()).or(creating).or(created.isNotNull());
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    /** The session the server created; set once, after which the form is done. */
    public ReadOnlyObjectProperty<CheckoutSession> createdProperty() {
        return created.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Sends the form once (POST /checkout-sessions); never while a create is in flight. */
    public void create() {
        if (createDisabledBinding().get()) {
            return;
        }
        CreateCheckoutSessionRequest request = new CreateCheckoutSessionRequest(
                checkoutToken.get().trim(), null, InputValidation.currency("currency", currency.get()), null, customer(), null,
                Integer.valueOf(duration.get().trim()), null, null, blankToNull(successUrl.get()), blankToNull(failedUrl.get()));
        creating.set(true);
        error.set(null);
        executor.execute(BackgroundTask.of(cancel -> connection.connection().sessions().create(request, cancel))
                .onSuccess(created::set)
                .onFailure(failure -> error.set(ErrorReport.of(failure)))
                .whenDone(() -> creating.set(false)));
    }

    private CheckoutCustomer customer() {
        if (isBlank(firstName) && isBlank(lastName) && isBlank(email) && isBlank(documentType) && isBlank(documentNumber)) {
            return null;
        }
        return new CheckoutCustomer(null, blankToNull(firstName.get()), blankToNull(email.get()), blankToNull(lastName.get()),
                null, null, blankToNull(documentType.get()), blankToNull(documentNumber.get()), null);
    }

    private static boolean isBlank(StringProperty property) {
        return property.get() == null || property.get().isBlank();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
