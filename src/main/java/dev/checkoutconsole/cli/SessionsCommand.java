package dev.checkoutconsole.cli;

import dev.checkoutconsole.api.model.CheckoutPaymentRequest;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.CreateCheckoutSessionRequest;
import dev.checkoutconsole.api.model.Page;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentMethodType;
import dev.checkoutconsole.service.CsvExports;
import dev.checkoutconsole.service.InputValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** sessions list|export|get|delete|create|pay|refresh|from-link */
@Command(name = "sessions", description = "Checkout sessions.",
        subcommands = {
                SessionsCommand.ListSessions.class,
                SessionsCommand.ExportSessions.class,
                SessionsCommand.GetSession.class,
                SessionsCommand.DeleteSession.class,
                SessionsCommand.CreateSession.class,
                SessionsCommand.PaySession.class,
                SessionsCommand.RefreshSession.class,
                SessionsCommand.SessionFromLink.class})
final class SessionsCommand {

    @Command(name = "list", description = "List checkout sessions (GET /checkout-sessions).")
    static final class ListSessions extends ApiCommand {
        @Mixin
        SessionFilterOptions filter;
        @Option(names = "--offset", description = "Items to skip.")
        String offset;

        @Override
        public Integer call() {
            CheckoutSessionQuery query = filter.toQuery(offset);
            Page<CheckoutSession> page = root().connect().sessions().list(query, uncancellable());
            root().print(page, () -> Tables.sessions(root().out(), page));
            return 0;
        }
    }

    @Command(name = "export", description = "Write every session the filters match, page by page, to a CSV file (RFC 4180).")
    static final class ExportSessions extends ApiCommand {
        @Mixin
        SessionFilterOptions filter;
        @Option(names = "--file", required = true, paramLabel = "F", description = "The CSV file to write; replaced when complete.")
        Path file;

        @Override
        public Integer call() throws IOException {
            CheckoutSessionQuery query = filter.toQuery(null);
            long rows = CsvExports.sessions(root().connect().sessions(), query, file, CsvExports.Progress.NONE, uncancellable());
            root().out().println("Exported " + rows + " sessions to " + file.toAbsolutePath());
            root().out().flush();
            return 0;
        }
    }

    @Command(name = "get", description = "Show one checkout session.")
    static final class GetSession extends ApiCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            CheckoutSession session = root().connect().sessions().get(id, uncancellable());
            root().print(session, () -> Tables.session(root().out(), session));
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete (invalidate) a checkout session. Asks first unless --yes.")
    static final class DeleteSession extends ApiCommand {
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--yes", description = "Do not ask for confirmation.")
        boolean yes;

        @Override
        public Integer call() {
            String checkedId = InputValidation.required("id", id);
            if (!yes) {
                Optional<String> answer = root().prompter().ask(
                        "Delete checkout session " + checkedId + "? This cannot be undone. Type 'yes' to confirm: ");
                if (answer.isEmpty()) {
                    root().out().println("Not deleted: no terminal to confirm on. Pass --yes to delete without asking.");
                    root().out().flush();
                    return 2;
                }
                if (!answer.get().trim().toLowerCase(Locale.ROOT).equals("yes")) {
                    root().out().println("Not deleted.");
                    root().out().flush();
                    return 0;
                }
            }
            root().connect().sessions().delete(checkedId, uncancellable());
            root().print(java.util.Map.of("id", checkedId, "deleted", true),
                    () -> root().out().println("Deleted checkout session " + checkedId));
            root().out().flush();
            return 0;
        }
    }

    @Command(name = "create", description = "Create a checkout session (POST /checkout-sessions).")
    static final class CreateSession extends ApiCommand {
        @Option(names = "--checkout-token", required = true, description = "Token of the payment link or the session's own reference.")
        String checkoutToken;
        @Option(names = "--currency", description = "A currency the API takes, e.g. CLP, USD or USDC.")
        String currency;
        @Option(names = "--duration", paramLabel = "SECONDS", description = "Seconds until it expires; at least 30.")
        Integer duration;
        @Option(names = "--success-url", description = "Where the payer goes after paying.")
        String successUrl;
        @Option(names = "--failed-url", description = "Where the payer goes after a failure.")
        String failedUrl;
        @Mixin
        CustomerOptions customer;

        @Override
        public Integer call() {
            CreateCheckoutSessionRequest request = new CreateCheckoutSessionRequest(
                    InputValidation.required("checkout-token", checkoutToken),
                    null,
                    currency == null ? null : InputValidation.currency("currency", currency),
                    null,
                    customer.toCustomer(),
                    null,
                    duration == null ? null : InputValidation.duration("duration", duration),
                    null,
                    null,
                    successUrl == null ? null : InputValidation.httpUrl("success-url", successUrl),
                    failedUrl == null ? null : InputValidation.httpUrl("failed-url", failedUrl));
            CheckoutSession session = root().connect().sessions().create(request, uncancellable());
            root().print(session, () -> Tables.session(root().out(), session));
            return 0;
        }
    }

    @Command(name = "pay", description = "Pay a checkout session (POST /checkout-sessions/{id}/payments). Never retried.")
    static final class PaySession extends ApiCommand {
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--payment-method", required = true, description = "One of the session's paymentMethodsAllowed, e.g. ETPAY.")
        String paymentMethod;
        @Option(names = "--description", description = "Description of the transaction.")
        String description;
        @Mixin
        CustomerOptions customer;

        @Override
        public Integer call() {
            String method = InputValidation.oneOf("payment-method", PaymentMethodType.class, paymentMethod);
            CheckoutPaymentRequest request = CheckoutPaymentRequest.withMethod(
                    method, description, customer.toCustomer());
            Payment payment = root().connect().sessions().pay(InputValidation.required("id", id), request, uncancellable());
            root().print(payment, () -> Tables.payment(root().out(), payment));
            return 0;
        }
    }

    @Command(name = "refresh", description = "Refresh a checkout session by its token (extends its expiry).")
    static final class RefreshSession extends ApiCommand {
        @Parameters(paramLabel = "CHECKOUT_TOKEN")
        String checkoutToken;

        @Override
        public Integer call() {
            CheckoutSession session = root().connect().sessions().refresh(checkoutToken, uncancellable());
            root().print(session, () -> Tables.session(root().out(), session));
            return 0;
        }
    }

    @Command(name = "from-link", description = "Open a checkout session from a payment link's token.")
    static final class SessionFromLink extends ApiCommand {
        @Parameters(paramLabel = "CHECKOUT_TOKEN")
        String checkoutToken;

        @Override
        public Integer call() {
            CheckoutSession session = root().connect().sessions().openFromPaymentLink(checkoutToken, uncancellable());
            root().print(session, () -> Tables.session(root().out(), session));
            return 0;
        }
    }
}
