package dev.checkoutconsole.ui.sessions;

import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.testsupport.LocalDataFixture;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.ui.common.TaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The New session form: every field checked by name as it is typed, and one POST once the form is valid. */
class NewSessionViewModelTest {
    @RegisterExtension
    static final SandboxFixture sandbox = SandboxFixture.builder().seedSessions(5).build();

    @RegisterExtension
    static final LocalDataFixture local = new LocalDataFixture();

    private static final List<HttpExchange> exchanges = new CopyOnWriteArrayList<>();
    private static ActiveConnection connection;
    private NewSessionViewModel form;

    @BeforeAll
    static void connect() {
        connection = new ActiveConnection(local.data().audit());
        connection.onExchange(exchanges::add);
        connection.switchTo(new OperatorContext("agent-ana", "Embedded sandbox", false), sandbox.connectionSettings());
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @BeforeEach
    void newForm() {
        form = new NewSessionViewModel(connection, TaskExecutor.sameThread());
        exchanges.clear();
    }

    @Test
    void eachBadFieldIsNamedAndNothingIsSent() {
        form.checkoutTokenProperty().set(" ");
        form.currencyProperty().set("CLX");
        form.durationProperty().set("29");
        form.successUrlProperty().set("merchant.example/ok");
        form.emailProperty().set("jane@example");

        assertThat(form.checkoutTokenError().get()).startsWith("checkout token:");
        assertThat(form.currencyError().get()).startsWith("currency:");
        assertThat(form.durationError().get()).startsWith("duration:");
        assertThat(form.successUrlError().get()).startsWith("success URL:");
        assertThat(form.emailError().get()).startsWith("customer e-mail:");
        assertThat(form.createDisabledBinding().get()).isTrue();

        form.create();

        assertThat(exchanges).isEmpty();
    }

    @Test
    void aValidFormCreatesOneSessionAndIsThenDone() {
        String token = "order-" + UUID.randomUUID();
        form.checkoutTokenProperty().set(token);
        form.currencyProperty().set("clp");
        form.durationProperty().set("30");
        form.successUrlProperty().set("https://merchant.example/ok");
        form.emailProperty().set("jane@example.com");
        assertThat(form.createDisabledBinding().get()).isFalse();

        form.create();
        form.create();

        assertThat(form.createdProperty().get().checkoutToken()).isEqualTo(token);
        assertThat(form.createdProperty().get().currency()).isEqualTo("CLP");
        assertThat(form.createdProperty().get().customer().email()).isEqualTo("jane@example.com");
        assertThat(exchanges.stream().filter(exchange -> exchange.method().equals("POST")
                && exchange.path().equals("/checkout-sessions"))).hasSize(1);
        assertThat(form.createDisabledBinding().get()).isTrue();
    }
}
