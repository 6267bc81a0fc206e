package dev.checkoutconsole.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.api.model.ModelJson;
import dev.checkoutconsole.service.Connection;
import dev.checkoutconsole.service.ConnectionSettings;
import dev.checkoutconsole.service.EmbeddedSandbox;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.PaymentFlowDemo;
import dev.checkoutconsole.service.Profile;
import dev.checkoutconsole.service.ProfileSecrets;
import dev.checkoutconsole.service.ProfileService;
import dev.checkoutconsole.service.Secret;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The root of the command line. Its options may be given before or after the subcommand; each falls back to its
 * CONOMY_* environment variable.
 */
@Command(name = "checkout-console",
        mixinStandardHelpOptions = true,
        description = "Admin console and command line for the Conomy payments API.",
        subcommands = {SessionsCommand.class, PaymentsCommand.class, RefundsCommand.class, AuditCommand.class, AuthCommand.class,
                DemoCommand.class})
public final class CheckoutConsoleCommand implements Runnable {
    private final CliEnvironment environment;
    private final List<AutoCloseable> opened = new ArrayList<>();
    private LocalData localData;

    @Spec
    CommandSpec spec;

    @Option(names = "--base-url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "API base URL, e.g. https://api.conomyhq.com/sandbox (env CONOMY_BASE_URL).")
    String baseUrl;

    @Option(names = "--api-key", scope = ScopeType.INHERIT, paramLabel = "KEY",
            description = "x-api-key of the integration (env CONOMY_API_KEY).")
    String apiKey;

    @Option(names = "--access-token", scope = ScopeType.INHERIT, paramLabel = "TOKEN",
            description = "Bearer token used as it is (env CONOMY_ACCESS_TOKEN).")
    String accessToken;

    @Option(names = "--client-id", scope = ScopeType.INHERIT, paramLabel = "ID",
            description = "Client id for POST /auth when no access token is given (env CONOMY_CLIENT_ID).")
    String clientId;

    @Option(names = "--client-secret", scope = ScopeType.INHERIT, paramLabel = "SECRET",
            description = "Client secret for POST /auth (env CONOMY_CLIENT_SECRET).")
    String clientSecret;

    @Option(names = "--api-version", scope = ScopeType.INHERIT, paramLabel = "v1|v2",
            description = "API contract: v1 sends no version header, v2 sends 24-04-2025 (env CONOMY_API_VERSION; default v2).")
    String apiVersion;

    @Option(names = "--output", scope = ScopeType.INHERIT, paramLabel = "table|json",
            description = "table (aligned, for people) or json (the API's objects). Default: table.")
    OutputFormat output;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "FOLDER",
            description = "Folder of the local data (reviews, audit trail), env CHECKOUT_CONSOLE_DATA_DIR;"
                    + " default $XDG_DATA_HOME/checkout-console or ~/.local/share/checkout-console.")
    String dataDir;

    @Option(names = "--operator", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Who acts, as the audit trail and reviews record it. Default: the profile's operator, else the OS user.")
    String operator;

    @Option(names = "--profile", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "A saved profile: its URL, API version, client id, LIVE flag, operator and remembered secrets;"
                    + " secret options and variables given too take precedence.")
    String profile;

    @Option(names = "--sandbox", scope = ScopeType.INHERIT,
            description = "Start an embedded sandbox for this command and talk to it.")
    boolean sandbox;

    public CheckoutConsoleCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: give one of " + spec.subcommands().keySet());
    }

    OutputFormat output() {
        return output == null ? OutputFormat.table : output;
    }

    PrintWriter out() {
        return environment.out();
    }

    Prompter prompter() {
        return environment.prompter();
    }

    /** Prints a result: the API's object as JSON, or the table the command renders. */
    void print(Object apiObject, Runnable printTable) {
        if (output() == OutputFormat.json) {
            ObjectWriter writer = ModelJson.mapper().writerWithDefaultPrettyPrinter();
            try {
                out().println(writer.writeValueAsString(apiObject));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            out().flush();
        } else {
            printTable.run();
        }
    }

    /**
     * Opens the connection the options and environment describe, acting as {@link #operatorFor}; refuses incomplete
     * settings before sending.
     */
    Connection connect() {
        Target target = connectTarget();
        Connection connection = Connection.open(target.settings(), operatorFor(target), localData().audit(), exchange -> { });
        opened.add(connection);
        return connection;
    }

    /** The local data of --data-dir (else the environment's folder), opened once per command line. */
    LocalData localData() {
        if (localData == null) {
            localData = LocalData.open(LocalPaths.resolve(dataDir, environment.variables(), System.getProperty("user.home")),
                    Clock.systemUTC());
            opened.add(0, localData);
        }
        return localData;
    }

    /** Who acts on the target: --operator, else the profile's operator, else the OS user. */
    OperatorContext operatorFor(Target target) {
        return new OperatorContext(OperatorContext.operatorName(operator, target.profileOperator()), target.profileName(),
                target.live());
    }

    /**
     * What the command talks to: a name for it, its settings, whether it moves real money, the operator its profile
     * names (null for none), and what a sandbox there can simulate.
     */
    record Target(String profileName, ConnectionSettings settings, boolean live, String profileOperator,
                  PaymentFlowDemo.SandboxControls sandboxControls) {
    }

    /** The embedded sandbox for --sandbox, else the saved --profile, else the server the options and environment name. */
    Target connectTarget() {
        Profile saved = null;
        if (profile != null && !profile.isBlank()) {
            ProfileService profiles = localData().profiles();
            saved = profiles.find(profile.trim()).orElseThrow(() -> new InvalidInputException("profile", "no saved profile is called '"
                    + profile.trim() + "'; saved: " + profiles.list().stream().map(Profile::name).toList()));
        }
        if (sandbox || (saved != null && saved.embeddedSandbox())) {
            EmbeddedSandbox.Running running = environment.embeddedSandbox().start();
            opened.add(running);
            return new Target(ProfileService.EMBEDDED_SANDBOX, running.settings(), false, null,
                    PaymentFlowDemo.SandboxControls.embedded(running));
        }
        ConnectionSettings settings = saved != null
                ? localData().profiles().settingsFor(saved, secretsFromOptions())
                : settingsFromOptions();
        PaymentFlowDemo.SandboxControls controls = PaymentFlowDemo.SandboxControls.of(settings);
        // Without a profile that says so, a server that cannot simulate the provider may move real money.
        boolean live = saved != null ? saved.live() : !controls.simulatesProvider();
        return new Target(saved != null ? saved.name() : settings.baseUrl(), settings, live,
                saved != null ? saved.operator() : null, controls);
    }

    private ConnectionSettings settingsFromOptions() {
        String url = firstSet(baseUrl, "CONOMY_BASE_URL");
        if (url == null) {
            throw new InvalidInputException("base-url", "is required (option --base-url or CONOMY_BASE_URL, or use --sandbox)");
        }
        String version = firstSet(apiVersion, "CONOMY_API_VERSION");
        ApiVersion parsedVersion;
        try {
            parsedVersion = version == null ? ApiVersion.V2 : ApiVersion.fromLabel(version);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("api-version", "must be v1 or v2, not '" + version + "'");
        }
        return new ConnectionSettings(
                url,
                parsedVersion,
                Secret.ofNullable(firstSet(apiKey, "CONOMY_API_KEY")),
                Secret.ofNullable(firstSet(accessToken, "CONOMY_ACCESS_TOKEN")),
                firstSet(clientId, "CONOMY_CLIENT_ID"),
                Secret.ofNullable(firstSet(clientSecret, "CONOMY_CLIENT_SECRET")));
    }

    private ProfileSecrets secretsFromOptions() {
        return new ProfileSecrets(Secret.ofNullable(firstSet(apiKey, "CONOMY_API_KEY")),
                Secret.ofNullable(firstSet(accessToken, "CONOMY_ACCESS_TOKEN")),
                Secret.ofNullable(firstSet(clientSecret, "CONOMY_CLIENT_SECRET")));
    }

    private String firstSet(String optionValue, String variable) {
        return optionValue != null && !optionValue.isBlank() ? optionValue : environment.variable(variable);
    }

    /** Closes what the command opened: connections and an embedded sandbox. */
    void closeOpened() {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                environment.err().println("warning: could not close " + opened.get(i).getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        opened.clear();
    }
}
