package dev.checkoutconsole.cli;

import dev.checkoutconsole.api.model.AccessToken;
import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.service.Connection;
import picocli.CommandLine.Command;

/** auth token */
@Command(name = "auth", description = "Authentication.", subcommands = AuthCommand.Token.class)
final class AuthCommand {

    @Command(name = "token", description = "Obtain an access token with the client id and secret (POST /auth) and print it.")
    static final class Token extends ApiCommand {
        @Override
        public Integer call() {
            Connection connection = root().connect();
            if (connection.settings().clientId() == null || connection.settings().clientSecret() == null) {
                throw new InvalidInputException("client-id", "auth token needs --client-id and --client-secret "
                        + "(or CONOMY_CLIENT_ID and CONOMY_CLIENT_SECRET)");
            }
            AccessToken token = connection.authenticate(uncancellable());
            root().print(token, () -> Tables.accessToken(root().out(), token));
            return 0;
        }
    }
}
