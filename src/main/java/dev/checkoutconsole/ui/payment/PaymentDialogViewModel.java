package dev.checkoutconsole.ui.payment;

import dev.checkoutconsole.api.model.Address;
import dev.checkoutconsole.api.model.CheckoutCustomer;
import dev.checkoutconsole.api.model.CheckoutPaymentRequest;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CurrencyConfig;
import dev.checkoutconsole.api.model.CustomerField;
import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.api.model.OpenEnum;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentMethodConfig;
import dev.checkoutconsole.api.model.PaymentMethodType;
import dev.checkoutconsole.api.model.PaymentStatus;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.Connection;
import dev.checkoutconsole.service.InputValidation;
import dev.checkoutconsole.service.Money;
import dev.checkoutconsole.service.SessionRules;
import dev.checkoutconsole.ui.common.BackgroundTask;
import dev.checkoutconsole.ui.common.DetailField;
import dev.checkoutconsole.ui.common.ErrorReport;
import dev.checkoutconsole.ui.common.PaymentFields;
import dev.checkoutconsole.ui.common.TaskExecutor;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pays one session: the method (from the session's allowed methods, with what each costs), a description, and the
 * payer fields the session requires. Submitting is possible once, while nothing is in flight; the answer shows the
 * transaction and the session's new status. The API has no idempotency key to make a second attempt safe, so the
 * dialog reads the session's payments from the server first: Submit waits for that read, and stays blocked while a
 * payment of the session is still open (one sent from an earlier dialog whose answer was lost, say). When the
 * answer to this dialog's own payment is lost (a timeout, a dropped connection, a server error) the payment may
 * exist all the same: Submit stays blocked until a new read says whether it went through.
 */
public final class PaymentDialogViewModel {
    private static final List<String> ADDRESS_PARTS = List.of("street", "streetNumber", "city", "country");

    private final ActiveConnection connection;
    private final TaskExecutor executor;
    private final ZoneId zone;
    private final CheckoutSession session;
    /** The profile the session was read from: the payment goes there or nowhere. */
    private final ActiveConnection.Target openedOn;

    private final ObservableList<MethodChoice> methods = FXCollections.observableArrayList();
    private final ObjectProperty<MethodChoice> method = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final Map<String, StringProperty> customerInputs = new LinkedHashMap<>();
    private final List<String> requirementsNotFillable = new ArrayList<>();
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper();
    /** A payment was sent and no answer says whether it went through; the read-back has not settled it yet. */
    private final ReadOnlyBooleanWrapper outcomeUnknown = new ReadOnlyBooleanWrapper();
    /** A read of the session's payments is running. */
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    /** Why the last read of the session's payments does not let Submit be used, or null when it does. */
    private final ReadOnlyStringWrapper heldByThePayments = new ReadOnlyStringWrapper("The session's payments have not been read yet");
    /** The ids of the session's payments before this dialog's own: any other id read back is this dialog's. */
    private Set<String> paymentsBefore = Set.of();
    private final ReadOnlyStringWrapper outcomeNotice = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Payment> payment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper sessionStatusAfter = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DetailField> transactionFields = FXCollections.observableArrayList();

    /** A way to pay offered to the user, with the amount the payer pays with it. */
    public record MethodChoice(String method, BigDecimal purchaseAmount, String currency) {
        @Override
        public String toString() {
            return method + " — " + Money.formatWithCurrency(purchaseAmount, currency);
        }
    }

    public PaymentDialogViewModel(ActiveConnection connection, TaskExecutor executor, ZoneId zone, CheckoutSession session) {
        this.connection = connection;
        this.executor = executor;
        this.zone = zone;
        this.session = session;
        this.openedOn = connection.target().orElse(null);
        methods.setAll(methodChoices(session));
        if (methods.size() == 1) {
            method.set(methods.get(0));
        }
        for (OpenEnum<CustomerField> requirement : session.customerRequirements()) {
            if (requirement.known().isEmpty()) {
                requirementsNotFillable.add(requirement.raw());
            } else if (requirement.is(CustomerField.address)) {
                ADDRESS_PARTS.forEach(part -> customerInputs.put("address." + part, new SimpleStringProperty(prefill("address." + part))));
            } else {
                customerInputs.put(requirement.raw(), new SimpleStringProperty(prefill(requirement.raw())));
            }
        }
        checkPayments();
    }

    public CheckoutSession session() {
        return session;
    }

    /** "Pay 49,990 CLP to session 6808…". */
    public String heading() {
        return "Pay " + Money.formatWithCurrency(session.totalAmount(), session.currency()) + " · session " + session.id();
    }

    public ObservableList<MethodChoice> methods() {
        return methods;
    }

    public ObjectProperty<MethodChoice> methodProperty() {
        return method;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The payer fields the session requires, by name ("email", "address.street", …), in the order to show them. */
    public Map<String, StringProperty> customerInputs() {
        return customerInputs;
    }

    /**
     * Payer fields the session requires that this console does not know (a newer API's), so it has no input for
     * them; the server may refuse the payment for want of them, and the agent should know that before sending.
     */
    public List<String> requirementsNotFillable() {
        return List.copyOf(requirementsNotFillable);
    }

    /** Why Submit is disabled, or null when the form can be sent. */
    public StringBinding submitBlockedReasonBinding() {
        List<Observable> dependencies = new ArrayList<>(List.of(method, submitting, checking, outcomeUnknown,
                heldByThePayments, payment));
        dependencies.addAll(customerInputs.values());
        return Bindings.createStringBinding(this::submitBlockedReason, dependencies.toArray(Observable[]::new));
    }

    private String submitBlockedReason() {
        if (payment.get() != null) {
            return "Already paid";
        }
        if (submitting.get()) {
            return "Sending…";
        }
        if (checking.get()) {
            return outcomeUnknown.get() ? "Checking whether the payment went through…" : "Reading this session's payments…";
        }
        if (outcomeUnknown.get()) {
            return "The payment may have gone through: check before paying again";
        }
        if (heldByThePayments.get() != null) {
            return heldByThePayments.get();
        }
        if (method.get() == null) {
            return "Choose a payment method";
        }
        for (Map.Entry<String, StringProperty> input : customerInputs.entrySet()) {
            String value = input.getValue().get();
            if (value == null || value.isBlank()) {
                return input.getKey() + " is required by this session";
            }
            if (input.getKey().equals("email")) {
                try {
                    InputValidation.email("email", value);
                } catch (InvalidInputException invalid) {
                    return invalid.getMessage();
                }
            }
            if (input.getKey().equals("address.country") && !value.trim().matches("[A-Za-z]{3}")) {
                return "address.country must be an ISO alpha-3 code such as CHL";
            }
        }
        return null;
    }

    public BooleanBinding submitDisabledBinding() {
        return submitBlockedReasonBinding().isNotNull();
    }

    public ReadOnlyBooleanProperty submittingProperty() {
        return submitting.getReadOnlyProperty();
    }

    /** True from a payment attempt without a clear answer until reading back the session's payments settles it. */
    public ReadOnlyBooleanProperty outcomeUnknownProperty() {
        return outcomeUnknown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** "Check again" is offered while the payments hold Submit back (or the outcome is unknown) and no read runs. */
    public BooleanBinding checkAgainOfferedBinding() {
        return outcomeUnknown.or(heldByThePayments.isNotNull()).and(checking.not()).and(payment.isNull());
    }

    /** What the agent is told about a payment attempt without a clear answer and what the check found; null if none. */
    public ReadOnlyStringProperty outcomeNoticeProperty() {
        return outcomeNotice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Payment> paymentProperty() {
        return payment.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sessionStatusAfterProperty() {
        return sessionStatusAfter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Every field of the resulting transaction, once it exists. */
    public ObservableList<DetailField> transactionFields() {
        return transactionFields;
    }

    /**
     * Sends the payment once. The button is disabled from here until the answer, and after a success for good:
     * a payment is never sent twice, and a failed one is not retried automatically. A clear refusal lets the agent
     * correct and send again; any other failure may hide a payment the server made, so it is looked for first.
     */
    public void submit() {
        if (submitBlockedReason() != null) {
            return;
        }
        if (refusedForAnotherProfile("nothing was sent")) {
            return;
        }
        Connection payOn = openedOn.connection();
        submitting.set(true);
        error.set(null);
        outcomeNotice.set(null);
        CheckoutPaymentRequest request = CheckoutPaymentRequest.withMethod(method.get().method(),
                description.get() == null || description.get().isBlank() ? null : description.get().trim(), customer());
        executor.execute(BackgroundTask.of(cancel -> {
                    Payment created = payOn.sessions().pay(session.id(), request, cancel);
                    String statusAfter;
                    try {
                        statusAfter = payOn.sessions().get(session.id(), cancel).status().raw();
                    } catch (RuntimeException readFailure) {
                        statusAfter = "unknown (could not read it back: " + ErrorReport.of(readFailure).headline() + ")";
                    }
                    return new PaidSession(created, statusAfter);
                })
                .onSuccess(this::showPayment)
                .onFailure(failure -> {
                    ErrorReport report = ErrorReport.of(failure);
                    if (!report.writeMayHaveHappened()) {
                        error.set(report);
                        return;
                    }
                    outcomeUnknown.set(true);
                    outcomeNotice.set(report.headline() + ", so the console cannot tell whether the payment went through. "
                            + "Nothing more is sent until this session's payments on the server say so.");
                    checkPayments();
                })
                .whenDone(() -> submitting.set(false)));
    }

    /**
     * Reads the session and its payments from the server, when the dialog opens and after an unclear answer. A
     * payment not listed before this dialog's own attempt is that attempt's, and is shown as the result. Otherwise
     * Submit is free only on a session that can be paid and has no payment still open (not FAILED or EXPIRED).
     */
    public void checkPayments() {
        if (checking.get()) {
            return;
        }
        if (refusedForAnotherProfile("this session's payments cannot be read here")) {
            heldByThePayments.set("The profile changed since this dialog opened");
            return;
        }
        Connection readFrom = openedOn.connection();
        checking.set(true);
        error.set(null);
        executor.execute(BackgroundTask.of(cancel -> new ReadBack(
                        readFrom.sessions().payments(session.id(), cancel).results(), readFrom.sessions().get(session.id(), cancel)))
                .onSuccess(this::settle)
                .onFailure(failure -> {
                    heldByThePayments.set("The session's payments could not be read: check again");
                    error.set(ErrorReport.of(failure).during("Could not read this session's payments"));
                    if (outcomeUnknown.get()) {
                        outcomeNotice.set("The payment may have gone through. Submit stays blocked until the console can read "
                                + "this session's payments: check again.");
                    }
                })
                .whenDone(() -> checking.set(false)));
    }

    /** The session is the environment's the dialog opened on: after a profile switch nothing about it goes out. */
    private boolean refusedForAnotherProfile(String consequence) {
        if (openedOn != null && connection.target().orElse(null) == openedOn) {
            return false;
        }
        error.set(new ErrorReport(ErrorReport.Kind.INVALID_INPUT, "The profile changed", null,
                "The console switched profiles since this dialog opened, so " + consequence + ". Close the dialog and "
                        + "open the session again on the profile it belongs to."));
        return true;
    }

    private void settle(ReadBack readBack) {
        if (outcomeUnknown.get()) {
            Optional<Payment> made = readBack.payments().stream()
                    .filter(listed -> !paymentsBefore.contains(listed.id()))
                    .max(Comparator.comparing(Payment::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())));
            if (made.isPresent()) {
                outcomeUnknown.set(false);
                heldByThePayments.set(null);
                showPayment(new PaidSession(made.get(), readBack.session().status().raw()));
                outcomeNotice.set("The payment went through: the server has it, found after the unclear answer. Do not pay again.");
                return;
            }
        }
        paymentsBefore = readBack.payments().stream().map(Payment::id).collect(Collectors.toUnmodifiableSet());
        heldByThePayments.set(whyThePaymentsHoldSubmit(readBack));
        if (outcomeUnknown.get() && heldByThePayments.get() == null) {
            outcomeUnknown.set(false);
            outcomeNotice.set("No payment was found: the server lists no new one for this session and it can still be paid. "
                    + "You can submit again.");
        } else if (outcomeUnknown.get()) {
            outcomeNotice.set("The server lists no new payment for this session, but " + heldByThePayments.get()
                    + ". A payment may still be on its way: check again in a moment.");
        }
    }

    private static String whyThePaymentsHoldSubmit(ReadBack readBack) {
        Optional<Payment> open = readBack.payments().stream()
                .filter(listed -> !listed.status().is(PaymentStatus.FAILED) && !listed.status().is(PaymentStatus.EXPIRED))
                .findFirst();
        if (open.isPresent()) {
            return "Payment " + open.get().id() + " of this session is " + open.get().status().raw()
                    + " and may still go through";
        }
        if (!SessionRules.isPayable(readBack.session())) {
            return "The session is " + readBack.session().status().raw() + " on the server and cannot be paid";
        }
        return null;
    }

    private void showPayment(PaidSession result) {
        payment.set(result.payment());
        sessionStatusAfter.set(result.sessionStatus());
        transactionFields.setAll(PaymentFields.of(result.payment(), zone));
    }

    private record PaidSession(Payment payment, String sessionStatus) {
    }

    private record ReadBack(List<Payment> payments, CheckoutSession session) {
    }

    private CheckoutCustomer customer() {
        CheckoutCustomer known = session.customer();
        Address address = customerInputs.containsKey("address.street")
                ? new Address(input("address.city"), null, null, input("address.street"), input("address.streetNumber"),
                null, input("address.country").toUpperCase(java.util.Locale.ROOT), null)
                : known == null ? null : known.address();
        return new CheckoutCustomer(
                known == null ? null : known.id(),
                inputOr("firstName", known == null ? null : known.firstName()),
                inputOr("email", known == null ? null : known.email()),
                inputOr("lastName", known == null ? null : known.lastName()),
                inputOr("phoneNumber", known == null ? null : known.phoneNumber()),
                inputOr("phoneNumberPrefix", known == null ? null : known.phoneNumberPrefix()),
                inputOr("documentType", known == null ? null : known.documentType()),
                inputOr("documentNumber", known == null ? null : known.documentNumber()),
                address);
    }

    private String input(String name) {
        StringProperty property = customerInputs.get(name);
        return property == null || property.get() == null ? null : property.get().trim();
    }

    private String inputOr(String name, String fallback) {
        String value = input(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    /** The session's known payer data fills the form, so the agent only types what is missing. */
    private String prefill(String name) {
        CheckoutCustomer c = session.customer();
        if (c == null) {
            return "";
        }
        String value = switch (name) {
            case "firstName" -> c.firstName();
            case "lastName" -> c.lastName();
            case "email" -> c.email();
            case "phoneNumber" -> c.phoneNumber();
            case "phoneNumberPrefix" -> c.phoneNumberPrefix();
            case "documentType" -> c.documentType();
            case "documentNumber" -> c.documentNumber();
            case "address.street" -> c.address() == null ? null : c.address().street();
            case "address.streetNumber" -> c.address() == null ? null : c.address().streetNumber();
            case "address.city" -> c.address() == null ? null : c.address().administrativeAreaLevel1();
            case "address.country" -> c.address() == null ? null : c.address().country();
            default -> null;
        };
        return value == null ? "" : value;
    }

    /**
     * The allowed methods, each with its purchase amount from the session's paymentConfigs when one is given there
     * (the session's own currency first, as the payer pays in it), else the session's total. A method that the
     * paymentConfigs list only as disabled is not offered.
     */
    static List<MethodChoice> methodChoices(CheckoutSession session) {
        List<MethodChoice> choices = new ArrayList<>();
        for (OpenEnum<PaymentMethodType> allowed : session.paymentMethodsAllowed()) {
            List<Priced> configured = new ArrayList<>();
            for (CurrencyConfig config : session.paymentConfigs()) {
                for (PaymentMethodConfig method : config.paymentMethods()) {
                    if (allowed.raw().equals(method.id()) || allowed.equals(method.type())) {
                        configured.add(new Priced(config.currency(), method));
                    }
                }
            }
            List<Priced> enabled = configured.stream().filter(priced -> !Boolean.FALSE.equals(priced.method().enabled())).toList();
            if (!configured.isEmpty() && enabled.isEmpty()) {
                continue;
            }
            choices.add(enabled.stream()
                    .filter(priced -> priced.method().purchaseAmount() != null)
                    .min(Comparator.comparing(priced -> !String.valueOf(session.currency()).equals(priced.currency())))
                    .map(priced -> new MethodChoice(allowed.raw(), priced.method().purchaseAmount(), priced.currency()))
                    .orElse(new MethodChoice(allowed.raw(), session.totalAmount(), session.currency())));
        }
        return choices;
    }

    private record Priced(String currency, PaymentMethodConfig method) {
    }
}
