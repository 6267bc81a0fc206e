package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The banner under the header: problems with the profiles or a switch, which no single view owns. */
class MainWindowViewModelTest {
    private static final String CANARY = "canaryRemembered4f1c9e";

    @RegisterExtension
    static final SandboxFixture sandbox = SandboxFixture.builder().seedSessions(1).build();

    @TempDir
    Path folder;

    private LocalData data;
    private ActiveConnection connection;
    private MainWindowViewModel window;

    @BeforeEach
    void openTheWindowsModel() {
        data = LocalData.open(new LocalPaths(folder.resolve("data"), folder.resolve("config")), Clock.systemUTC());
        connection = new ActiveConnection(data.audit());
        window = new MainWindowViewModel(connection, new ConnectionStatus(connection, TaskExecutor.sameThread()),
                data.profiles(), TaskExecutor.sameThread(), new ScriptedDialogService(), profile -> { }, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        connection.close();
        data.close();
    }

    @Test
    void profilesThatCannotBeReadAreNamedInTheBannerWithoutQuotingTheSecretsFile() throws IOException {
        Files.createDirectories(data.profiles().secretsFile().getParent());
        Files.writeString(data.profiles().secretsFile(), "{\"Staging\": {\"accessToken\": " + CANARY + "}}");

        window.reloadProfiles();

        ErrorReport shown = window.problemProperty().get();
        assertThat(shown.headline()).startsWith("Could not read the profiles: ");
        assertThat(shown.message()).contains(data.profiles().secretsFile().toString()).contains("not valid JSON at line 1");
        assertThat(shown.copyText()).doesNotContain(CANARY);
        assertThat(window.profiles()).isEmpty();
    }

    @Test
    void aFailedSwitchStaysInTheBannerUntilTheNextSwitch() {
        window.connectionFailed("Staging", new InvalidInputException("base-url", "must start with http:// or https://"));

        ErrorReport shown = window.problemProperty().get();
        assertThat(shown.headline()).isEqualTo("Could not connect to Staging: Check the input");
        assertThat(shown.message()).contains("base-url");

        connection.switchTo(new OperatorContext("agent-ana", "Embedded sandbox", false), sandbox.connectionSettings());

        assertThat(window.problemProperty().get()).isNull();
        assertThat(window.profileNameProperty().get()).isEqualTo("Embedded sandbox");
    }

    @Test
    void profilesReadAfterTheFileIsMendedClearTheBannerAndFillTheSelector() throws IOException {
        Files.createDirectories(data.profiles().secretsFile().getParent());
        Files.writeString(data.profiles().secretsFile(), "{ broken");
        window.reloadProfiles();
        assertThat(window.problemProperty().get()).isNotNull();
        Files.writeString(data.profiles().secretsFile(), "{}");

        window.reloadProfiles();

        assertThat(window.problemProperty().get()).isNull();
        assertThat(window.profiles()).extracting(profile -> profile.name()).containsExactly("Embedded sandbox");
    }
}
