package dev.checkoutconsole.cli;

import dev.checkoutconsole.api.model.CheckoutCustomer;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.PaymentFlowDemo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;

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
            PaymentFlowDemo demo = new PaymentFlowDemo(connection, target.sandboxControls(), Clock.systemUTC(),
                    duration -> Thread.sleep(duration.toMillis()));
            PaymentFlowDemo.Progress progress = message -> {
                out.println("    … " + message);
                out.flush();
            };
            out.println("Payment-flow demo against " + target.settings().baseUrl() + " (" + target.profileName() + ")");
            boolean allOk = print(out, 1, demo.createLink(PaymentFlowDemo.LinkSpec.example()))
                    && print(out, 2, demo.openSession())
                    && print(out, 3, demo.pay(firstMethod(demo), "Checkout Console demo",
                    new CheckoutCustomer(null, "Jane", "jane@example.com", "Doe", null, null, null, null, null)))
                    && print(out, 4, demo.confirm(progress))
                    && print(out, 5, demo.watch(Duration.ofSeconds(watchSeconds), progress))
                    && print(out, 6, demo.expireAndRefresh(progress));
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

    private static boolean print(PrintWriter out, int number, PaymentFlowDemo.StepReport report) {
        out.println();
        out.println("Step " + number + "  " + report.step().title());
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
}
