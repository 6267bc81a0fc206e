package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.api.model.CallCancelledException;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.sandbox.ChaosSettings;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.testsupport.LocalDataFixture;
import dev.checkoutconsole.testsupport.SandboxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the status bar says, fed by real calls to the sandbox. */
class ConnectionStatusTest {
    @RegisterExtension
    static final SandboxFixture sandbox = SandboxFixture.builder().seedSessions(10).build();

    @RegisterExtension
    static final LocalDataFixture local = new LocalDataFixture();

    private ActiveConnection connection;
    private ConnectionStatus status;

    @BeforeEach
    void switchToTheSandbox() {
        connection = new ActiveConnection(local.data().audit());
        status = new ConnectionStatus(connection, TaskExecutor.sameThread());
        connection.switchTo(new OperatorContext("agent-ana", "Embedded sandbox", false), sandbox.connectionSettings());
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Test
    void aSwitchIsConnectingUntilTheServerAnswers() {
        assertThat(status.stateProperty().get()).isEqualTo(ConnectionStatus.State.CONNECTING);
        assertThat(status.detailProperty().get()).contains("Embedded sandbox").contains(sandbox.baseUrl());

        connection.connection().sessions().list(CheckoutSessionQuery.all(), new Cancellation());

        assertThat(status.stateProperty().get()).isEqualTo(ConnectionStatus.State.CONNECTED);
        assertThat(status.lastExchangeProperty().get().traceId()).isNotBlank();
    }

    @Test
    void aCallTheConsoleCancelledLeavesTheStateAndTheLastTraceIdAlone() throws Exception {
        connection.connection().sessions().list(CheckoutSessionQuery.all(), new Cancellation());
        String answeredTraceId = status.lastExchangeProperty().get().traceId();
        sandbox.server().setChaos(ChaosSettings.NONE.withLatency(2_000, 2_000));
        Cancellation cancellation = new Cancellation();

        CompletableFuture<Void> slowCall = CompletableFuture.runAsync(
                () -> connection.connection().sessions().list(CheckoutSessionQuery.all(), cancellation));
        Thread.sleep(300);
        cancellation.cancel();

        assertThatThrownBy(() -> slowCall.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CallCancelledException.class);
        assertThat(status.stateProperty().get()).isEqualTo(ConnectionStatus.State.CONNECTED);
        assertThat(status.lastExchangeProperty().get().traceId()).isEqualTo(answeredTraceId);
    }

    @Test
    void aCallEndingOnTheProfileSwitchedAwayFromLeavesTheStatusOfTheNewOneAlone() {
        ActiveConnection.Target before = connection.target().orElseThrow();
        connection.switchTo(new OperatorContext("agent-ana", "Second profile", false), sandbox.connectionSettings());
        connection.connection().sessions().list(CheckoutSessionQuery.all(), new Cancellation());
        String newProfilesTraceId = status.lastExchangeProperty().get().traceId();
        sandbox.server().setChaos(ChaosSettings.NONE.withDropRate(1.0));

        assertThatThrownBy(() -> before.connection().sessions().list(CheckoutSessionQuery.all(), new Cancellation()));

        assertThat(status.stateProperty().get()).isEqualTo(ConnectionStatus.State.CONNECTED);
        assertThat(status.detailProperty().get()).contains("Second profile");
        assertThat(status.lastExchangeProperty().get().traceId()).isEqualTo(newProfilesTraceId);
    }

    @Test
    void aCallThatGetsNoAnswerSaysTheServerCannotBeReached() {
        sandbox.server().setChaos(ChaosSettings.NONE.withDropRate(1.0));

        assertThatThrownBy(() -> connection.connection().sessions().list(CheckoutSessionQuery.all(), new Cancellation()));

        assertThat(status.stateProperty().get()).isEqualTo(ConnectionStatus.State.UNREACHABLE);
    }
}
