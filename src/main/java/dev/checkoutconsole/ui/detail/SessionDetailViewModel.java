package dev.checkoutconsole.ui.detail;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.checkoutconsole.api.model.CheckoutCustomer;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CurrencyConfig;
import dev.checkoutconsole.api.model.Destination;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.ModelJson;
import dev.checkoutconsole.api.model.OpenEnum;
import dev.checkoutconsole.api.model.Owner;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentMethodConfig;
import dev.checkoutconsole.api.model.PaymentStatus;
import dev.checkoutconsole.api.model.RefundSummary;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.Connection;
import dev.checkoutconsole.service.Money;
import dev.checkoutconsole.service.SessionRules;
import dev.checkoutconsole.service.SessionTimeline;
import dev.checkoutconsole.ui.common.BackgroundTask;
import dev.checkoutconsole.ui.common.ConsoleNavigator;
import dev.checkoutconsole.ui.common.DetailField;
import dev.checkoutconsole.ui.common.DialogService;
import dev.checkoutconsole.ui.common.ErrorReport;
import dev.checkoutconsole.ui.common.LoadState;
import dev.checkoutconsole.ui.common.PaymentFields;
import dev.checkoutconsole.ui.common.RelativeTime;
import dev.checkoutconsole.ui.common.TaskExecutor;
import dev.checkoutconsole.ui.common.Times;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The detail pane of the selected session: every field, its payments with their refund summaries, and its raw
 * JSON, plus the actions on it (pay, refresh token, copy).
 */
public final class SessionDetailViewModel {
    private final ActiveConnection connection;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ConsoleNavigator navigator;
    /** The traceId of the last call about each session shown here: what its support summary quotes. */
    private final Map<String, String> lastTraceIdBySession = new HashMap<>();
    private final Clock clock;
    private final ZoneId zone;

    private final ObjectProperty<CheckoutSession> session = new SimpleObjectProperty<>();
    private final ObservableList<DetailField> fields = FXCollections.observableArrayList();
    private final ObservableList<DetailField> customerFields = FXCollections.observableArrayList();
    private final ObservableList<DetailField> ownerFields = FXCollections.observableArrayList();
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final ObservableList<MethodRow> methods = FXCollections.observableArrayList();
    private final ObservableList<DestinationRow> destinations = FXCollections.observableArrayList();
    private final ObservableList<PaymentRow> payments = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LoadState> paymentsState = new ReadOnlyObjectWrapper<>(LoadState.IDLE);
    private final ReadOnlyObjectWrapper<ErrorReport> paymentsError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ErrorReport> actionError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper rawJson = new ReadOnlyStringWrapper("");
    private final BooleanProperty refreshing = new SimpleBooleanProperty();
    private final ObjectProperty<PaymentRow> selectedPayment = new SimpleObjectProperty<>();
    private final ObservableList<SessionTimeline.Event> timeline = FXCollections.observableArrayList();
    /** What this pane did to sessions (refreshes), by session id: the API keeps no such history. */
    private final java.util.Map<String, List<SessionTimeline.Event>> doneHere = new java.util.HashMap<>();
    private Cancellation paymentsLoad;

    /** One line item with its tax. */
    public record ItemRow(String description, String preTaxAmount, String tax, String taxAmount, String totalAmount) {
    }

    /** One payment method of a currency configuration, with what the payer pays with it. */
    public record MethodRow(String currency, String product, String exchangeRate, String methodId, String type,
                            boolean enabled, String purchaseAmount, String requiredFields) {
    }

    /** One destination account and its share. */
    public record DestinationRow(String name, String type, String amount, String accountNumber, String accountHolder,
                                 String accountType) {
    }

    public SessionDetailViewModel(ActiveConnection connection, TaskExecutor executor, DialogService dialogs,
                                  ConsoleNavigator navigator, Clock clock, ZoneId zone) {
        this.connection = connection;
        this.executor = executor;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.clock = clock;
        this.zone = zone;
        session.addListener((observable, old, shown) -> show(shown, old == null || shown == null || !old.id().equals(shown.id())));
        connection.onActiveExchange(exchange -> executor.onUiThread(() -> rememberTraceId(exchange)));
    }

    /** The session shown; the app binds it to the table's selection. */
    public ObjectProperty<CheckoutSession> sessionProperty() {
        return session;
    }

    public ObservableList<DetailField> fields() {
        return fields;
    }

    public ObservableList<DetailField> customerFields() {
        return customerFields;
    }

    public ObservableList<DetailField> ownerFields() {
        return ownerFields;
    }

    public ObservableList<ItemRow> items() {
        return items;
    }

    public ObservableList<MethodRow> methods() {
        return methods;
    }

    public ObservableList<DestinationRow> destinations() {
        return destinations;
    }

    public ObservableList<PaymentRow> payments() {
        return payments;
    }

    public ReadOnlyObjectProperty<LoadState> paymentsStateProperty() {
        return paymentsState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorReport> paymentsErrorProperty() {
        return paymentsError.getReadOnlyProperty();
    }

    /** Works out the shown session's "in 12 min" again for the time it is now. */
    public void redrawRelativeTimes() {
        if (session.get() != null) {
            fields.setAll(sessionFields(session.get()));
        }
    }

    /**
     * Loads the payments of the session shown again: after they failed to load, and with every reload of the table,
     * since a payment can settle while its session stays as it was.
     */
    public void reloadPayments() {
        loadPayments(session.get());
    }

    /** Why the last action on the session shown (a refresh, a reload) failed; null once another starts. */
    public ReadOnlyObjectProperty<ErrorReport> actionErrorProperty() {
        return actionError.getReadOnlyProperty();
    }

    /** The shown session's life: created, its payments' steps, expiry, and refreshes done here. */
    public ObservableList<SessionTimeline.Event> timeline() {
        return timeline;
    }

    public ZoneId zone() {
        return zone;
    }

    public ReadOnlyStringProperty rawJsonProperty() {
        return rawJson.getReadOnlyProperty();
    }

    /** The heading of the pane: "49,990 CLP · ATTEMPT", or a prompt when nothing is selected. */
    public StringBinding titleBinding() {
        return Bindings.createStringBinding(() -> session.get() == null ? "Select a session"
                : Money.formatWithCurrency(session.get().totalAmount(), session.get().currency()) + " · " + session.get().status(), session);
    }

    /** Why Pay is disabled, or null when the session can be paid. */
    public StringBinding payBlockedReasonBinding() {
        return Bindings.createStringBinding(() -> {
            CheckoutSession shown = session.get();
            if (shown == null) {
                return "Select a session";
            }
            return SessionRules.isPayable(shown) ? null : "A " + shown.status() + " session cannot be paid";
        }, session);
    }

    /** Why Refresh token is disabled, or null when it is enabled. */
    public StringBinding refreshBlockedReasonBinding() {
        return Bindings.createStringBinding(() -> {
            CheckoutSession shown = session.get();
            if (shown == null) {
                return "Select a session";
            }
            if (refreshing.get()) {
                return "Refreshing…";
            }
            return SessionRules.whyNotRefreshable(shown).map(reason -> "Cannot refresh: " + reason).orElse(null);
        }, session, refreshing);
    }

    /** The payment row selected in the Payments section; the view keeps it in step with the table. */
    public ObjectProperty<PaymentRow> selectedPaymentProperty() {
        return selectedPayment;
    }

    /** Why "Flag for refund…" is disabled, or null: only a SETTLED payment with something left to refund can be flagged. */
    public StringBinding flagBlockedReasonBinding() {
        return Bindings.createStringBinding(() -> {
            PaymentRow row = selectedPayment.get();
            if (row == null) {
                return "Select a payment";
            }
            if (!row.payment().status().is(PaymentStatus.SETTLED)) {
                return "A " + row.payment().status() + " payment cannot be refunded; only a SETTLED one";
            }
            if (row.refundSummary() == null || row.refundSummary().maxRefundable() == null) {
                return "The server did not say how much of this payment is refundable";
            }
            if (row.refundSummary().maxRefundable().signum() <= 0) {
                return "Nothing is left to refund of this payment";
            }
            return null;
        }, selectedPayment);
    }

    /** Opens the flag dialog for the selected payment, the amount defaulting to what is still refundable. */
    public void flagForRefund() {
        if (flagBlockedReasonBinding().get() != null) {
            return;
        }
        PaymentRow row = selectedPayment.get();
        RefundSummary summary = row.refundSummary();
        navigator.openFlagRefundDialog(row.payment().id(),
                summary.currency() != null ? summary.currency() : row.payment().currency(), summary.maxRefundable());
    }

    public void pay() {
        if (payBlockedReasonBinding().get() == null) {
            navigator.openPaymentDialog(session.get());
            reloadSession();
        }
    }

    /** Extends the session's life (POST /checkout-sessions/token/{t}/refresh) and shows the updated session. */
    public void refreshToken() {
        CheckoutSession shown = session.get();
        if (refreshBlockedReasonBinding().get() != null) {
            return;
        }
        // The profile of the click, even if the console switches while the call is on its way.
        Connection refreshOn = connection.connection();
        refreshing.set(true);
        actionError.set(null);
        executor.execute(BackgroundTask.of(cancel -> refreshOn.sessions().refresh(shown.checkoutToken(), cancel))
                .onSuccess(refreshed -> {
                    doneHere.computeIfAbsent(refreshed.id(), id -> new ArrayList<>()).add(new SessionTimeline.Event(
                            SessionTimeline.Kind.REFRESHED, clock.instant(), "now expires " + Times.local(refreshed.expiresAt(), zone), false));
                    if (stillShows(shown)) {
                        session.set(refreshed);
                    }
                    dialogs.notify("Refreshed " + refreshed.id() + ": now expires " + Times.local(refreshed.expiresAt(), zone));
                    navigator.sessionChanged(refreshed.id());
                })
                .onFailure(failure -> showActionFailure(shown, "Refresh token", failure))
                .whenDone(() -> refreshing.set(false)));
    }

    /** Reads the session again, e.g. after a payment changed its status. */
    public void reloadSession() {
        CheckoutSession shown = session.get();
        if (shown == null) {
            return;
        }
        actionError.set(null);
        executor.execute(BackgroundTask.of(cancel -> connection.connection().sessions().get(shown.id(), cancel))
                .onSuccess(fresh -> {
                    if (stillShows(shown)) {
                        session.set(fresh);
                        loadPayments(fresh);
                    }
                    navigator.sessionChanged(fresh.id());
                })
                .onFailure(failure -> showActionFailure(shown, "Reading the session again", failure)));
    }

    /**
     * An answer may come after the user selected another session: it must not replace the one shown, or Pay and
     * Refresh would act on a session other than the selected row.
     */
    private boolean stillShows(CheckoutSession asked) {
        return session.get() != null && session.get().id().equals(asked.id());
    }

    /** In the pane when it still shows the session; otherwise as a notification, so the failure is not lost. */
    private void showActionFailure(CheckoutSession asked, String action, Throwable failure) {
        ErrorReport report = ErrorReport.of(failure);
        if (stillShows(asked)) {
            actionError.set(report);
        } else {
            dialogs.notify(action + " of " + asked.id() + " failed: " + report.headline());
        }
    }

    public void copyId() {
        copy(session.get() == null ? null : session.get().id());
    }

    public void copyToken() {
        copy(session.get() == null ? null : session.get().checkoutToken());
    }

    public void copyUrl() {
        copy(session.get() == null ? null : session.get().url());
    }

    public void openUrl() {
        if (session.get() != null && session.get().url() != null) {
            dialogs.openInBrowser(session.get().url());
        }
    }

    /** Copies what support asks for first: id, status, amounts and the traceId of the last call about the session. */
    public void copySupportSummary() {
        CheckoutSession shown = session.get();
        if (shown == null) {
            return;
        }
        copy(supportSummary(shown, lastTraceIdBySession.get(shown.id())));
    }

    /**
     * Notes the traceId of a call about the session shown (read, refresh, payments, pay): the console's last call
     * of any kind may be about something else (a page of the table, the refund queue, an export).
     */
    private void rememberTraceId(HttpExchange exchange) {
        CheckoutSession shown = session.get();
        if (shown == null || exchange.traceId() == null || exchange.cancelled()) {
            return;
        }
        String path = exchange.path();
        if (path.contains(shown.id()) || (shown.checkoutToken() != null && path.contains("/token/" + shown.checkoutToken() + "/"))) {
            lastTraceIdBySession.put(shown.id(), exchange.traceId());
        }
    }

    static String supportSummary(CheckoutSession s, String lastTraceId) {
        return "Checkout session " + s.id()
                + "\nstatus: " + s.status()
                + "\ntotal: " + Money.formatWithCurrency(s.totalAmount(), s.currency())
                + " (pre-tax " + Money.formatWithCurrency(s.preTaxAmount(), s.currency()) + ")"
                + "\ncheckoutToken: " + s.checkoutToken()
                + "\ncreatedAt: " + Times.utc(s.createdAt())
                + "\nexpiresAt: " + Times.utc(s.expiresAt())
                + "\ntraceId of the last call about it: " + (lastTraceId == null ? "-" : lastTraceId);
    }

    private void copy(String text) {
        if (text != null && !text.isEmpty()) {
            dialogs.copyToClipboard(text);
            dialogs.notify("Copied to the clipboard");
        }
    }

    private void show(CheckoutSession shown, boolean otherSession) {
        fields.setAll(shown == null ? List.of() : sessionFields(shown));
        customerFields.setAll(shown == null ? List.of() : customerFields(shown.customer()));
        ownerFields.setAll(shown == null ? List.of() : ownerFields(shown.owner()));
        items.setAll(shown == null ? List.of() : shown.items().stream().map(item -> new ItemRow(
                item.description(),
                Money.format(item.preTaxAmount(), shown.currency()),
                item.tax() == null ? "" : item.tax().name() + " (" + item.tax().type() + " " + item.tax().value().toPlainString() + ")",
                item.tax() == null ? "" : Money.format(item.tax().amount(), shown.currency()),
                Money.format(item.totalAmount(), shown.currency()))).toList());
        methods.setAll(shown == null ? List.of() : methodRows(shown));
        destinations.setAll(shown == null ? List.of() : shown.destinations().stream().map(d -> destinationRow(d, shown.currency())).toList());
        rawJson.set(shown == null ? "" : prettyJson(shown));
        if (otherSession) {
            actionError.set(null);
            loadPayments(shown);
        }
        updateTimeline();
    }

    private List<DetailField> sessionFields(CheckoutSession s) {
        List<DetailField> list = new ArrayList<>();
        list.add(DetailField.copyable("id", s.id()));
        list.add(DetailField.of("status", s.status()));
        list.add(DetailField.of("currency", s.currency()));
        list.add(DetailField.of("preTaxAmount", Money.formatWithCurrency(s.preTaxAmount(), s.currency())));
        list.add(DetailField.of("totalAmount", Money.formatWithCurrency(s.totalAmount(), s.currency())));
        list.add(DetailField.copyable("checkoutToken", s.checkoutToken()));
        list.add(DetailField.copyable("paymentLinkId", s.paymentLinkId()));
        list.add(DetailField.copyable("url", s.url()));
        list.add(DetailField.copyable("redirectUrl", s.redirectUrl()));
        list.add(DetailField.of("paymentMethodsAllowed", s.paymentMethodsAllowed().stream().map(OpenEnum::raw).collect(Collectors.joining(", "))));
        list.add(DetailField.of("customerRequirements", s.customerRequirements().stream().map(OpenEnum::raw).collect(Collectors.joining(", "))));
        list.add(DetailField.time("createdAt", s.createdAt(), zone));
        // How long is left comes first: the field is narrow, and it is what a support agent looks for.
        list.add(DetailField.of("expiresAt",
                RelativeTime.expiry(s.expiresAt(), clock.instant()) + " · " + Times.localWithUtc(s.expiresAt(), zone)));
        return list;
    }

    private static List<DetailField> customerFields(CheckoutCustomer c) {
        if (c == null) {
            return List.of(DetailField.of("customer", "none given"));
        }
        List<DetailField> list = new ArrayList<>();
        list.add(DetailField.of("id", c.id()));
        list.add(DetailField.of("firstName", c.firstName()));
        list.add(DetailField.of("lastName", c.lastName()));
        list.add(DetailField.copyable("email", c.email()));
        list.add(DetailField.of("phone", join(" ", c.phoneNumberPrefix(), c.phoneNumber())));
        list.add(DetailField.of("document", join(" ", c.documentType(), c.documentNumber())));
        if (c.address() != null) {
            list.add(DetailField.of("address", join(", ", join(" ", c.address().street(), c.address().streetNumber()),
                    c.address().optionalAddress(), c.address().administrativeAreaLevel3(), c.address().administrativeAreaLevel2(),
                    c.address().administrativeAreaLevel1(), c.address().zipcode(), c.address().country())));
        }
        return list;
    }

    private static List<DetailField> ownerFields(Owner o) {
        if (o == null) {
            return List.of(DetailField.of("owner", "not given"));
        }
        return List.of(
                DetailField.copyable("identityId", o.identityId()),
                DetailField.of("name", join(" ", o.name(), o.lastname())),
                DetailField.of("nickname", o.nickname()),
                DetailField.of("documentNumber", o.documentNumber()),
                DetailField.of("entityType", o.entityType()));
    }

    private static List<MethodRow> methodRows(CheckoutSession s) {
        List<MethodRow> rows = new ArrayList<>();
        for (CurrencyConfig config : s.paymentConfigs()) {
            for (PaymentMethodConfig method : config.paymentMethods()) {
                rows.add(new MethodRow(config.currency(), config.product(),
                        config.exchangeRate() == null ? "" : config.exchangeRate().toPlainString(),
                        method.id(), String.valueOf(method.type()), Boolean.TRUE.equals(method.enabled()),
                        Money.formatWithCurrency(method.purchaseAmount(), config.currency()),
                        String.join(", ", method.requiredFields())));
            }
        }
        return rows;
    }

    private static DestinationRow destinationRow(Destination d, String sessionCurrency) {
        String currency = d.currency() != null ? d.currency() : d.account() != null && d.account().currency() != null
                ? d.account().currency() : sessionCurrency;
        return new DestinationRow(d.name(), d.type(), Money.formatWithCurrency(d.amount(), currency),
                d.account() == null ? "" : d.account().accountNumber(),
                d.account() == null ? "" : d.account().accountHolder(),
                d.account() == null ? "" : d.account().type());
    }

    private void loadPayments(CheckoutSession shown) {
        if (paymentsLoad != null) {
            paymentsLoad.cancel();
        }
        payments.clear();
        paymentsError.set(null);
        if (shown == null) {
            paymentsState.set(LoadState.IDLE);
            return;
        }
        paymentsState.set(LoadState.LOADING);
        paymentsLoad = executor.execute(BackgroundTask.of(cancel -> paymentRows(shown.id(), cancel))
                .onSuccess(rows -> {
                    payments.setAll(rows);
                    paymentsState.set(rows.isEmpty() ? LoadState.EMPTY : LoadState.LOADED);
                    updateTimeline();
                })
                .onFailure(failure -> {
                    paymentsError.set(ErrorReport.of(failure));
                    paymentsState.set(LoadState.ERROR);
                }));
    }

    private void updateTimeline() {
        CheckoutSession shown = session.get();
        timeline.setAll(shown == null ? List.of() : SessionTimeline.of(shown, payments.stream().map(PaymentRow::payment).toList(),
                doneHere.getOrDefault(shown.id(), List.of()), clock.instant()));
    }

    /** The session's payments; a settled one also gets its refund summary, which says what is still refundable. */
    private List<PaymentRow> paymentRows(String checkoutSessionId, Cancellation cancel) {
        List<PaymentRow> rows = new ArrayList<>();
        for (Payment payment : connection.connection().sessions().payments(checkoutSessionId, cancel).results()) {
            RefundSummary summary = null;
            String problem = null;
            if (payment.status().is(PaymentStatus.SETTLED)) {
                try {
                    summary = connection.connection().payments().refunds(payment.id(), cancel).summary();
                } catch (RuntimeException failure) {
                    problem = ErrorReport.of(failure).copyText();
                }
            }
            rows.add(new PaymentRow(payment, summary, problem));
        }
        return rows;
    }

    /** The fields of one payment of the Payments section, for its expanded view. */
    public List<DetailField> paymentFields(Payment payment) {
        return PaymentFields.of(payment, zone);
    }

    private static String prettyJson(CheckoutSession shown) {
        if (shown.json() == null) {
            return "";
        }
        try {
            return ModelJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(shown.json());
        } catch (JsonProcessingException e) {
            return "Could not show the JSON: " + e.getOriginalMessage();
        }
    }

    private static String join(String separator, String... parts) {
        return java.util.Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(separator));
    }
}
