package dev.checkoutconsole.cli;

import dev.checkoutconsole.api.model.CheckoutCustomer;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.PaymentFlowDemo;
import dev.checkoutconsole.service.SessionTimeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * demo: runs the payment flow in the terminal against the chosen profile, or a fresh embedded sandbox with
 * --sandbox. Each step prints its requests (method, URL, status, duration, traceId) and its outcome; the exit code
 * is 0 only if every step did what it should.
 */
@Command(name = "demo", description = "Run the payment-flow demo: link → session → payment → confirmation → watch → expiry and refresh.")
final class DemoCommand extends ApiCommand {
    @Option(names = "--watch-seconds", description = "How long to watch for the statuses to change (default 60).")
    int watchSeconds = 60;

    @Override
    public Integer call() {
        CheckoutConsoleCommand root = root();
        PrintWriter out = root.out();
        ActiveConnection connection = new ActiveConnection(root.localData().audit());
        CheckoutConsoleCommand.Target target = root.connectTarget();
        connection.switchTo(root.operatorFor(target), target.settings());
        try {
            Clock clock = Clock.systemUTC();
            PaymentFlowDemo demo = new PaymentFlowDemo(connection, target.sandboxControls(), clock,
                    duration -> Thread.sleep(duration.toMillis()));
            Cancellation cancel = new Cancellation();
            PaymentFlowDemo.Progress progress = message -> {
                out.println("    … " + message);
                out.flush();
            };
            out.println("Payment-flow demo against " + target.settings().baseUrl() + " (" + target.profileName() + ")");
            boolean allOk = step(out, 1, PaymentFlowDemo.Step.CREATE_LINK, () -> demo.createLink(PaymentFlowDemo.LinkSpec.example(), cancel))
                    && step(out, 2, PaymentFlowDemo.Step.OPEN_SESSION, () -> demo.openSession(cancel))
                    && step(out, 3, PaymentFlowDemo.Step.PAY, () -> demo.pay(firstMethod(demo), "Checkout Console demo",
                    new CheckoutCustomer(null, "Jane", "jane@example.com", "Doe", null, null, null, null, null), cancel))
                    && step(out, 4, PaymentFlowDemo.Step.CONFIRM, () -> demo.confirm(progress, cancel))
                    && step(out, 5, PaymentFlowDemo.Step.WATCH, () -> demo.watch(Duration.ofSeconds(watchSeconds), progress, cancel))
                    && step(out, 6, PaymentFlowDemo.Step.EXPIRE_AND_REFRESH, () -> demo.expireAndRefresh(progress, cancel));
            printTimeline(out, "Timeline of the demo session", demo.timeline(clock.instant()));
            printTimeline(out, "Timeline of the expiry step's session", demo.expiryTimeline(clock.instant()));
            out.println();
            out.println(allOk ? "Demo finished: every step did what it should." : "Demo stopped at a failed step.");
            out.flush();
            return allOk ? ConsoleCli.OK : ConsoleCli.API_ERROR;
        } finally {
            connection.close();
        }
    }

    private static String firstMethod(PaymentFlowDemo demo) {
        return demo.session().map(session -> session.paymentMethodsAllowed().get(0).raw()).orElse("ETPAY");
    }

    /** Prints the step's title before it runs, so its progress lines appear under it, then what it sent and got. */
    private static boolean step(PrintWriter out, int number, PaymentFlowDemo.Step step, Supplier<PaymentFlowDemo.StepReport> run) {
        out.println();
        out.println("Step " + number + "  " + step.title());
        out.flush();
        PaymentFlowDemo.StepReport report = run.get();
        for (HttpExchange exchange : report.exchanges()) {
            out.println("  " + exchange.method() + " " + exchange.url() + " → "
                    + (exchange.status() == null ? "no answer (" + exchange.failure() + ")" : exchange.status())
                    + " in " + exchange.duration().toMillis() + " ms"
                    + (exchange.traceId() == null ? "" : " · traceId " + exchange.traceId()));
        }
        out.println((report.ok() ? "  OK      " : "  FAILED  ") + report.summary());
        if (!report.ok() && report.advice() != null) {
            out.println("  What to do: " + report.advice());
        }
        out.flush();
        return report.ok();
    }

    private static void printTimeline(PrintWriter out, String title, List<SessionTimeline.Event> events) {
        if (events.isEmpty()) {
            return;
        }
        out.println();
        out.println(title);
        for (SessionTimeline.Event event : events) {
            out.println("  " + (event.approximate() ? "≈" : " ") + event.at() + "  " + event.kind() + "  " + event.detail());
        }
    }
}
