package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.ApiErrorException;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.CheckoutSessionStatus;
import dev.checkoutconsole.testsupport.LocalDataFixture;
import dev.checkoutconsole.testsupport.SandboxFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The console disables Refresh token and Delete by these rules before anything is sent, so they must agree with the
 * sandbox: what they allow, it does; what they refuse, it refuses too.
 */
class SessionRulesTest {
    @RegisterExtension
    static final SandboxFixture sandbox = SandboxFixture.builder().seedSessions(300).seed(5L).build();

    @RegisterExtension
    static final LocalDataFixture local = new LocalDataFixture();

    private static ActiveConnection connection;

    @BeforeAll
    static void connect() {
        connection = new ActiveConnection(local.data().audit());
        connection.switchTo(new OperatorContext("agent-ana", "Embedded sandbox", false), sandbox.connectionSettings());
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @ParameterizedTest
    @EnumSource(CheckoutSessionStatus.class)
    void refreshIsAllowedExactlyWhenTheServerAcceptsIt(CheckoutSessionStatus status) {
        CheckoutSession session = aSessionIn(status);
        Optional<String> refusal = SessionRules.whyNotRefreshable(session);

        if (refusal.isEmpty()) {
            assertThat(sessions().refresh(session.checkoutToken(), new Cancellation()).id()).isEqualTo(session.id());
        } else {
            assertThatThrownBy(() -> sessions().refresh(session.checkoutToken(), new Cancellation()))
                    .isInstanceOf(ApiErrorException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(CheckoutSessionStatus.class)
    void deleteIsAllowedExactlyWhenTheServerAcceptsIt(CheckoutSessionStatus status) {
        CheckoutSession session = aSessionIn(status);
        Optional<String> refusal = SessionRules.whyNotDeletable(session);

        if (refusal.isEmpty()) {
            sessions().delete(session.id(), new Cancellation());
        } else {
            assertThatThrownBy(() -> sessions().delete(session.id(), new Cancellation()))
                    .isInstanceOf(ApiErrorException.class);
        }
    }

    private static CheckoutSession aSessionIn(CheckoutSessionStatus status) {
        CheckoutSessionQuery query = new CheckoutSessionQuery(null, null, status.name(), null, null, null, 1, 0);
        return sessions().list(query, new Cancellation()).results().stream().findFirst()
                .orElseThrow(() -> new AssertionError("the seeded sandbox has no " + status + " session"));
    }

    private static CheckoutSessionService sessions() {
        return connection.connection().sessions();
    }
}
