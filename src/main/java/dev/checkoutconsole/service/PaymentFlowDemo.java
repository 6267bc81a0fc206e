package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.ApiErrorException;
import dev.checkoutconsole.api.model.CheckoutCustomer;
import dev.checkoutconsole.api.model.CheckoutPaymentRequest;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionStatus;
import dev.checkoutconsole.api.model.CreateCheckoutSessionRequest;
import dev.checkoutconsole.api.model.CustomerField;
import dev.checkoutconsole.api.model.Destination;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.Item;
import dev.checkoutconsole.api.model.NodeIdentity;
import dev.checkoutconsole.api.model.OpenEnum;
import dev.checkoutconsole.api.model.Owner;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentLink;
import dev.checkoutconsole.api.model.PaymentMethodType;
import dev.checkoutconsole.api.model.PaymentStatus;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The guided payment flow, step by step: payment link → checkout session → payment → provider confirmation →
 * watching the statuses → expiry and refresh. The GUI wizard and the CLI {@code demo} run the same steps. Each
 * step reports what it sent and got back (the redacted exchanges), how long it took, and on failure what to do.
 * Any step can be run again; {@link #restart()} forgets everything.
 */
public final class PaymentFlowDemo {
    /** How long a session lives in the expiry step: the API's minimum. */
    static final int SHORT_DURATION_SECONDS = 30;

    private final ActiveConnection connection;
    private final SandboxControls sandbox;
    private final Clock clock;
    private final Pause pause;
    private final List<Consumer<StepReport>> listeners = new CopyOnWriteArrayList<>();
    private final Map<Step, StepReport> reports = new EnumMap<>(Step.class);

    private PaymentLink link;
    private CheckoutSession session;
    private Payment payment;
    private CheckoutSession expiredSession;
    private RefundReview refundReview;
    private CheckoutSession refreshedSession;

    public enum Step {
        CREATE_LINK("Create a payment link"),
        OPEN_SESSION("Open a checkout session from its token"),
        PAY("Pay the session"),
        CONFIRM("Confirm with the provider"),
        WATCH("Watch the statuses change"),
        EXPIRE_AND_REFRESH("Let a session expire and refresh it"),
        REFUND("Refund through the two-person review");

        private final String title;

        Step(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public enum Outcome { OK, FAILED }

    /** What one run of a step did. {@code advice} says what to do about a failure. */
    public record StepReport(Step step, Outcome outcome, String summary, String advice, List<HttpExchange> exchanges,
                             Duration took) {
        public boolean ok() {
            return outcome == Outcome.OK;
        }
    }

    /** The offer of the payment link. */
    public record LinkSpec(BigDecimal amount, String currency, List<String> methods, int durationSeconds,
                           String description, String ownerIdentityId, String accountNumber) {
        public LinkSpec {
            InputValidation.currency("currency", currency);
            InputValidation.duration("duration", durationSeconds);
            if (amount == null || amount.signum() <= 0) {
                throw new dev.checkoutconsole.api.model.InvalidInputException("amount", "must be positive");
            }
            if (methods == null || methods.isEmpty()) {
                throw new dev.checkoutconsole.api.model.InvalidInputException("methods", "choose at least one payment method");
            }
        }

        public static LinkSpec example() {
            return new LinkSpec(new BigDecimal("49990"), "CLP", List.of("ETPAY", "WEBPAY"), 900,
                    "Demo invoice", "679c482ee4420cb5b0966c9a", "100200300");
        }
    }

    /** Tells the demo what the server it talks to can simulate. */
    public interface SandboxControls {
        /** True on a sandbox, where POST /payments/received simulates the provider. */
        boolean simulatesProvider();

        /** True when the embedded sandbox can drive any payment transition and move its clock forward. */
        boolean drivesTransitions();

        /** Moves the embedded sandbox's clock forward, so an expiry need not be waited for. */
        void advanceClock(Duration duration);

        /** The console's embedded sandbox: it simulates the provider, drives any transition and moves its clock. */
        static SandboxControls embedded(EmbeddedSandbox.Running sandbox) {
            return new SandboxControls() {
                @Override
                public boolean simulatesProvider() {
                    return true;
                }

                @Override
                public boolean drivesTransitions() {
                    return true;
                }

                @Override
                public void advanceClock(Duration duration) {
                    sandbox.advanceClock(duration);
                }
            };
        }

        /**
         * Another server: Conomy's hosted sandbox (a base URL ending in /sandbox) or one on loopback simulates the
         * provider; nothing else can be driven or have its clock moved.
         */
        static SandboxControls of(ConnectionSettings settings) {
            return providerSimulated(settings.baseUrl().replaceAll("/+$", "").endsWith("/sandbox") || settings.isLoopback());
        }

        /** A real environment, or none yet: nothing is simulated. */
        static SandboxControls none() {
            return providerSimulated(false);
        }

        private static SandboxControls providerSimulated(boolean simulates) {
            return new SandboxControls() {
                @Override
                public boolean simulatesProvider() {
                    return simulates;
                }

                @Override
                public boolean drivesTransitions() {
                    return false;
                }

                @Override
                public void advanceClock(Duration duration) {
                    throw new UnsupportedOperationException("only the embedded sandbox's clock can be moved");
                }
            };
        }
    }

    /** Waits between polls; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Progress inside a long step, e.g. "polling, 12 s left". */
    @FunctionalInterface
    public interface Progress {
        void update(String message);
    }

    public PaymentFlowDemo(ActiveConnection connection, SandboxControls sandbox, Clock clock, Pause pause) {
        this.connection = connection;
        this.sandbox = sandbox;
        this.clock = clock;
        this.pause = pause;
    }

    public void onReport(Consumer<StepReport> listener) {
        listeners.add(listener);
    }

    public Optional<StepReport> report(Step step) {
        synchronized (reports) {
            return Optional.ofNullable(reports.get(step));
        }
    }

    public Optional<PaymentLink> link() {
        return Optional.ofNullable(link);
    }

    public Optional<CheckoutSession> session() {
        return Optional.ofNullable(session);
    }

    public Optional<Payment> payment() {
        return Optional.ofNullable(payment);
    }

    /** The demo session's life so far (created, paid, confirmed, …), read off what the steps got back. */
    public List<SessionTimeline.Event> timeline(Instant now) {
        CheckoutSession current = session;
        Payment paid = payment;
        RefundReview refunded = refundReview;
        // The refund's own time is on the server's child payment; when the console recorded it stands in.
        List<SessionTimeline.Event> done = refunded == null || refunded.resultAt() == null || refunded.state() != ReviewState.REFUNDED
                ? List.of()
                : List.of(new SessionTimeline.Event(SessionTimeline.Kind.REFUNDED, refunded.resultAt(),
                "review #" + refunded.id() + " · " + refunded.formattedAmount() + " · refund " + refunded.refundId(), true));
        return current == null ? List.of() : SessionTimeline.of(current, paid == null ? List.of() : List.of(paid), done, now);
    }

    /**
     * The life of the expiry step's session: created, expired and refreshed. The API does not say when a refresh
     * happened; the new expiry less the session's duration stands in for it, marked approximate.
     */
    public List<SessionTimeline.Event> expiryTimeline(Instant now) {
        CheckoutSession expired = expiredSession;
        CheckoutSession refreshed = refreshedSession;
        if (expired == null) {
            return List.of();
        }
        if (refreshed == null) {
            return SessionTimeline.of(expired, List.of(), List.of(), now);
        }
        return SessionTimeline.of(refreshed, List.of(), List.of(
                new SessionTimeline.Event(SessionTimeline.Kind.EXPIRED, expired.expiresAt(), "session " + expired.id() + " expired", false),
                new SessionTimeline.Event(SessionTimeline.Kind.REFRESHED, refreshed.expiresAt().minusSeconds(SHORT_DURATION_SECONDS),
                        "now open until " + refreshed.expiresAt(), true)), now);
    }

    /** Forgets the link, session and payment, so the demo starts from its first step again. */
    public void restart() {
        link = null;
        session = null;
        payment = null;
        expiredSession = null;
        refreshedSession = null;
        refundReview = null;
        synchronized (reports) {
            reports.clear();
        }
    }

    // ---- steps ----

    public StepReport createLink(LinkSpec spec, Cancellation cancel) {
        return run(Step.CREATE_LINK, cancel, () -> {
            String token = "demo-" + UUID.randomUUID().toString().substring(0, 8);
            link = connection.connection().paymentLinks().create(linkRequest(spec, token, spec.durationSeconds()), cancel);
            session = null;
            payment = null;
            return "Created link " + link.id() + " (" + link.status() + ") for "
                    + Money.formatWithCurrency(link.totalAmount(), link.currency()) + ", token " + link.checkoutToken();
        });
    }

    public StepReport openSession(Cancellation cancel) {
        return run(Step.OPEN_SESSION, cancel, () -> {
            PaymentLink current = require(link, "create the payment link first");
            session = connection.connection().sessions().openFromPaymentLink(current.checkoutToken(), cancel);
            payment = null;
            return "Opened session " + session.id() + " (" + session.status() + "), expires " + session.expiresAt();
        });
    }

    /** Pays the session from the terminal. The GUI pays through the console's payment dialog: {@link #payWith}. */
    public StepReport pay(String method, String description, CheckoutCustomer customer, Cancellation cancel) {
        return run(Step.PAY, cancel, () -> {
            CheckoutSession current = require(session, "open the checkout session first");
            payment = connection.connection().sessions().pay(current.id(),
                    CheckoutPaymentRequest.withMethod(method, description, customer), cancel);
            return paidSummary();
        });
    }

    /**
     * Pays the session through the console's payment dialog, which {@code dialog} shows and returns the payment
     * made, if any. The dialog sends its calls from threads of its own, so this step records every call about
     * the session while the dialog is open.
     */
    public StepReport payWith(PaymentDialog dialog) {
        CheckoutSession current = session;
        String sessionPath = current == null ? null : "/checkout-sessions/" + current.id();
        String paymentsPath = current == null ? null : "/payments?checkoutSessionId=" + current.id();
        return run(Step.PAY, new Cancellation(), exchange -> sessionPath != null
                && (exchange.path().startsWith(sessionPath) || exchange.path().startsWith(paymentsPath)), () -> {
            require(current, "open the checkout session first");
            Payment made = dialog.pay(current).orElseThrow(() -> new StepFailed("The payment dialog was closed without a payment",
                    "Run this step again and submit the payment in the dialog."));
            payment = made;
            return paidSummary();
        });
    }

    /** Shows the console's payment dialog for a session and returns when it is closed. */
    @FunctionalInterface
    public interface PaymentDialog {
        /** The payment the dialog made, or empty when it was closed without one. */
        Optional<Payment> pay(CheckoutSession session);
    }

    private String paidSummary() {
        return "Payment " + payment.id() + " is " + payment.status() + " ("
                + Money.formatWithCurrency(payment.totalAmount(), payment.currency()) + ")";
    }

    /**
     * On a sandbox, plays the provider: confirms the funds (→ RECEIVED) and, on the embedded sandbox, settles the
     * payment, so the session reaches FINISHED. Elsewhere the real provider confirms; this step says so and waits.
     */
    public StepReport confirm(Progress progress, Cancellation cancel) {
        return run(Step.CONFIRM, cancel, () -> {
            Payment current = require(payment, "pay the session first");
            if (!sandbox.simulatesProvider()) {
                progress.update("Waiting for the real provider to confirm; polling the payment…");
                payment = pollPayment(current.id(), Duration.ofMinutes(2), progress, cancel);
                return "The provider moved payment " + payment.id() + " to " + payment.status();
            }
            payment = connection.connection().payments().simulateReceived(current.id(), cancel);
            if (sandbox.drivesTransitions()) {
                payment = connection.connection().payments().advanceInSandbox(current.id(), PaymentStatus.SETTLED, cancel);
            }
            return "The simulated provider confirmed the funds: payment " + payment.id() + " is " + payment.status();
        });
    }

    /** Polls the session and its payment, with a countdown, until both reach the end of the happy path. */
    public StepReport watch(Duration timeout, Progress progress, Cancellation cancel) {
        return run(Step.WATCH, cancel, () -> {
            CheckoutSession current = require(session, "open the checkout session first");
            Payment paid = require(payment, "pay the session first");
            Instant deadline = clock.instant().plus(timeout);
            while (true) {
                session = connection.connection().sessions().get(current.id(), cancel);
                payment = connection.connection().payments().get(paid.id(), cancel);
                boolean finished = session.status().is(CheckoutSessionStatus.FINISHED) && payment.status().is(PaymentStatus.SETTLED);
                boolean ended = session.status().is(CheckoutSessionStatus.FAILED) || session.status().is(CheckoutSessionStatus.EXPIRED);
                long secondsLeft = secondsUntil(deadline);
                progress.update("Session " + session.status() + " · payment " + payment.status() + " · " + secondsLeft + " s left");
                if (finished) {
                    return "Session " + session.id() + " is FINISHED and payment " + payment.id() + " is SETTLED";
                }
                if (ended || secondsLeft <= 0) {
                    throw new StepFailed("Session is " + session.status() + " and payment " + payment.status()
                            + " after " + timeout.toSeconds() + " s",
                            ended ? "The payment did not go through; start again from the payment link."
                                    : "Run Confirm first, or wait longer for the provider and watch again.");
                }
                sleep(Duration.ofSeconds(1), cancel);
            }
        });
    }

    /**
     * Opens a session that lives 30 seconds, lets it expire (the embedded sandbox moves its clock; elsewhere the
     * step waits), checks it reads EXPIRED, refreshes it by its token and checks it is open again.
     */
    public StepReport expireAndRefresh(Progress progress, Cancellation cancel) {
        return run(Step.EXPIRE_AND_REFRESH, cancel, () -> {
            expiredSession = null;
            refreshedSession = null;
            PaymentLink shortLink = connection.connection().paymentLinks().create(
                    linkRequest(specOf(require(link, "create the payment link first")), "demo-expiry-" + UUID.randomUUID().toString().substring(0, 8),
                            SHORT_DURATION_SECONDS), cancel);
            CheckoutSession shortLived = connection.connection().sessions().openFromPaymentLink(shortLink.checkoutToken(), cancel);
            Duration untilExpiry = Duration.between(clock.instant(), shortLived.expiresAt()).plusSeconds(1);
            if (sandbox.drivesTransitions()) {
                progress.update("Moving the sandbox clock forward " + untilExpiry.toSeconds() + " s");
                sandbox.advanceClock(untilExpiry);
            } else {
                for (long left = untilExpiry.toSeconds(); left > 0; left--) {
                    cancel.throwIfCancelled();
                    progress.update("Waiting for the session to expire: " + left + " s");
                    sleep(Duration.ofSeconds(1), cancel);
                }
            }
            CheckoutSession expired = connection.connection().sessions().get(shortLived.id(), cancel);
            if (!expired.status().is(CheckoutSessionStatus.EXPIRED)) {
                throw new StepFailed("Session " + expired.id() + " is " + expired.status() + ", not EXPIRED, after its expiry",
                        "Check the server's clock, then run this step again.");
            }
            expiredSession = expired;
            refreshedSession = connection.connection().sessions().refresh(expired.checkoutToken(), cancel);
            if (refreshedSession.status().is(CheckoutSessionStatus.EXPIRED) || !refreshedSession.expiresAt().isAfter(expired.expiresAt())) {
                throw new StepFailed("The refreshed session is " + refreshedSession.status() + " and expires " + refreshedSession.expiresAt(),
                        "The server did not extend the session; report it with the traceId of the refresh call.");
            }
            return "Session " + expired.id() + " expired at " + expired.expiresAt() + "; refreshed, it is "
                    + refreshedSession.status() + " until " + refreshedSession.expiresAt();
        });
    }

    /**
     * Refunds the settled demo payment through the two-person refund review: the connected operator flags it (the
     * whole amount, or {@code amount}), then {@code approver}, who must be someone else, approves it on a connection
     * of their own, which sends the refund once.
     */
    public StepReport refund(LocalData localData, String amount, String approver, Cancellation cancel) {
        return run(Step.REFUND, cancel, () -> {
            Payment paid = require(payment, "pay the session first");
            if (!paid.status().is(PaymentStatus.SETTLED)) {
                throw new StepFailed("Payment " + paid.id() + " is " + paid.status() + "; only a SETTLED payment can be refunded",
                        "Run Confirm (and Watch) first, so the payment settles.");
            }
            OperatorContext flagger = connection.connection().operator();
            String approverName = approver == null ? "" : approver.trim();
            if (approverName.isEmpty() || approverName.equalsIgnoreCase(flagger.operator())) {
                throw new dev.checkoutconsole.api.model.InvalidInputException("approver",
                        "must be someone other than " + flagger.operator() + ", who flags the refund (two-person rule)");
            }
            RefundReview flagged = new RefundReviewService(localData, connection::connection, clock)
                    .flag(new FlagRequest(paid.id(), RefundReason.REQUESTED_BY_CUSTOMER, amount, "Checkout Console demo"), cancel);
            refundReview = flagged;
            try (Connection asApprover = connection.openFor(flagger.withOperator(approverName))) {
                RefundReviewService approving = new RefundReviewService(localData, () -> asApprover, clock);
                refundReview = approving.approve(flagged.id(), "approved in the demo", cancel);
                if (refundReview.state() == ReviewState.REFUND_REQUESTED && refundReview.refundId() != null && sandbox.drivesTransitions()) {
                    // The embedded sandbox plays the provider for the refund too, so the review can end REFUNDED.
                    connection.connection().payments().advanceInSandbox(refundReview.refundId(), PaymentStatus.SETTLED, cancel);
                    refundReview = approving.refresh(flagged.id(), cancel);
                }
            }
            boolean sent = refundReview.state() == ReviewState.REFUNDED
                    || (refundReview.state() == ReviewState.REFUND_REQUESTED && refundReview.refundId() != null);
            if (!sent) {
                throw new StepFailed("Review #" + refundReview.id() + " is " + refundReview.state()
                        + (refundReview.failure() == null ? "" : ": " + refundReview.failure()),
                        "Open the refund review queue to see what happened; never refund the payment a second time by hand.");
            }
            return "Review #" + refundReview.id() + ": " + flagged.flaggedBy() + " flagged " + refundReview.formattedAmount() + ", "
                    + refundReview.decidedBy() + " approved it; refund " + refundReview.refundId() + " is " + refundReview.refundStatus()
                    + (refundReview.state() == ReviewState.REFUNDED ? " and the review is REFUNDED"
                    : "; the review shows REFUNDED once the provider settles it");
        });
    }

    public Optional<RefundReview> refundReview() {
        return Optional.ofNullable(refundReview);
    }

    // ---- running a step ----

    /** A step's body: returns its summary, or throws. */
    @FunctionalInterface
    interface StepBody {
        String run();
    }

    /** A step that did not reach its goal, with what to do about it. */
    static final class StepFailed extends RuntimeException {
        private final String advice;

        StepFailed(String message, String advice) {
            super(message);
            this.advice = advice;
        }
    }

    /**
     * The demo creates links and sessions, pays, and has a made-up second operator approve a refund: on a profile
     * that moves real money none of that may happen, so no step runs there.
     */
    private void refuseOnALiveProfile() {
        if (connection.target().map(ActiveConnection.Target::live).orElse(false)) {
            throw new StepFailed("The demo does not run on a LIVE profile: its steps would create real links, payments "
                    + "and refunds", "Switch to a sandbox profile (the embedded sandbox is always there) and run it there.");
        }
    }

    /** Runs a step that makes its calls on this thread, so calls other threads make meanwhile are not its own. */
    StepReport run(Step step, Cancellation cancel, StepBody body) {
        return run(step, cancel, exchange -> false, body);
    }

    /** Runs a step; {@code alsoItsOwn} claims calls made on other threads (the payment dialog's). */
    private StepReport run(Step step, Cancellation cancel, Predicate<HttpExchange> alsoItsOwn, StepBody body) {
        Thread stepThread = Thread.currentThread();
        List<HttpExchange> exchanges = new CopyOnWriteArrayList<>();
        Consumer<HttpExchange> recorder = exchange -> {
            if (Thread.currentThread() == stepThread || alsoItsOwn.test(exchange)) {
                exchanges.add(exchange);
            }
        };
        connection.onExchange(recorder);
        Instant started = clock.instant();
        StepReport report;
        try {
            cancel.throwIfCancelled();
            refuseOnALiveProfile();
            String summary = body.run();
            report = new StepReport(step, Outcome.OK, summary, null, List.copyOf(exchanges), Duration.between(started, clock.instant()));
        } catch (StepFailed failed) {
            report = new StepReport(step, Outcome.FAILED, failed.getMessage(), failed.advice, List.copyOf(exchanges),
                    Duration.between(started, clock.instant()));
        } catch (RuntimeException failure) {
            report = new StepReport(step, Outcome.FAILED, describe(failure), adviceFor(failure), List.copyOf(exchanges),
                    Duration.between(started, clock.instant()));
        } finally {
            connection.removeExchangeListener(recorder);
        }
        synchronized (reports) {
            reports.put(step, report);
        }
        StepReport finished = report;
        listeners.forEach(listener -> listener.accept(finished));
        return report;
    }

    private static String describe(RuntimeException failure) {
        if (failure instanceof dev.checkoutconsole.api.model.CallCancelledException) {
            return "Cancelled";
        }
        if (failure instanceof dev.checkoutconsole.api.model.InvalidInputException || failure instanceof ReviewRefusedException) {
            return failure.getMessage();
        }
        return failure instanceof ApiErrorException api ? api.getMessage() : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    private static String adviceFor(RuntimeException failure) {
        if (failure instanceof dev.checkoutconsole.api.model.CallCancelledException) {
            return "The step was stopped; run it again when you are ready.";
        }
        if (failure instanceof dev.checkoutconsole.api.model.InvalidInputException invalid) {
            return "Correct " + invalid.field() + " and run the step again. Nothing was sent.";
        }
        if (failure instanceof ReviewRefusedException) {
            return "The refund review refused this; see its queue for the payment's open review.";
        }
        if (failure instanceof MissingStep) {
            return "Run the earlier steps first.";
        }
        if (failure instanceof ApiErrorException api) {
            return switch (api.status()) {
                case 400 -> "The server refused the input: check the values of this step and run it again.";
                case 401, 403 -> "Check the profile's credentials in Settings.";
                case 404 -> "The object is gone on the server; restart the demo.";
                case 409, 422 -> "The object is not in a state that allows this; restart the demo or run the earlier steps again.";
                default -> "The server failed; run the step again, and quote the traceId to support if it persists.";
            };
        }
        if (failure instanceof dev.checkoutconsole.api.model.ConnectionFailedException
                || failure instanceof dev.checkoutconsole.api.model.CallTimeoutException) {
            return "The server could not be reached; check the connection and run the step again.";
        }
        return "Run the step again; if it fails again, restart the demo.";
    }

    /** An earlier step has not been run. */
    static final class MissingStep extends RuntimeException {
        MissingStep(String message) {
            super(message);
        }
    }

    private static <T> T require(T value, String whatToDo) {
        if (value == null) {
            throw new MissingStep("Nothing to work on yet: " + whatToDo);
        }
        return value;
    }

    private Payment pollPayment(String paymentId, Duration timeout, Progress progress, Cancellation cancel) {
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            Payment current = connection.connection().payments().get(paymentId, cancel);
            if (!current.status().is(PaymentStatus.CREATED) && !current.status().is(PaymentStatus.PENDING)) {
                return current;
            }
            long secondsLeft = secondsUntil(deadline);
            if (secondsLeft <= 0) {
                throw new StepFailed("Payment " + paymentId + " is still " + current.status(),
                        "The provider has not confirmed yet; run this step again later.");
            }
            progress.update("Payment " + current.status() + " · " + secondsLeft + " s left");
            sleep(Duration.ofSeconds(2), cancel);
        }
    }

    /** Whole seconds left until the deadline, rounded up, so a countdown starts at its full length. */
    private long secondsUntil(Instant deadline) {
        long millis = Duration.between(clock.instant(), deadline).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    /** Waits between polls; a cancelled step stops before and after the wait. */
    private void sleep(Duration duration, Cancellation cancel) {
        cancel.throwIfCancelled();
        try {
            pause.sleep(duration);
            cancel.throwIfCancelled();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.checkoutconsole.api.model.CallCancelledException("Interrupted while waiting");
        }
    }

    private static LinkSpec specOf(PaymentLink link) {
        return new LinkSpec(link.totalAmount(), link.currency(),
                link.paymentMethodsAllowed().stream().map(OpenEnum::raw).toList(), Math.max(SHORT_DURATION_SECONDS,
                link.duration() == null ? SHORT_DURATION_SECONDS : link.duration()),
                link.items().isEmpty() ? "Demo" : link.items().get(0).description(),
                link.owner() == null ? "demo-owner" : link.owner().identityId(),
                link.destinations().isEmpty() || link.destinations().get(0).account() == null ? "100200300"
                        : link.destinations().get(0).account().accountNumber());
    }

    private static CreateCheckoutSessionRequest linkRequest(LinkSpec spec, String token, int durationSeconds) {
        List<OpenEnum<PaymentMethodType>> methods = new ArrayList<>();
        spec.methods().forEach(method -> methods.add(OpenEnum.parse(PaymentMethodType.class, method)));
        Destination destination = new Destination(null, "ACCOUNT", null, spec.amount(), spec.currency(), null,
                new dev.checkoutconsole.api.model.Account("CHECKING", spec.currency(), spec.accountNumber(), "Demo merchant"),
                new NodeIdentity(spec.ownerIdentityId(), null, null, null, null));
        return new CreateCheckoutSessionRequest(token,
                List.of(new Item(spec.amount(), spec.amount(), spec.description(), null)),
                spec.currency(), methods, null, List.of(destination), durationSeconds,
                List.of(OpenEnum.of(CustomerField.firstName), OpenEnum.of(CustomerField.email)),
                Owner.of(spec.ownerIdentityId()), "https://merchant.example/demo/success", "https://merchant.example/demo/failed");
    }
}
