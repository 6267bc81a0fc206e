package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.Profile;
import dev.checkoutconsole.service.ProfileDraft;
import dev.checkoutconsole.service.ProfileSecrets;
import dev.checkoutconsole.service.ProfileService;
import dev.checkoutconsole.service.Secret;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The banner under the header: problems with the profiles or a switch, which no single view owns. */
class MainWindowViewModelTest {
    private static final String CANARY = "canaryRemembered4f1c9e";
    private static final OperatorContext SOMEONE = new OperatorContext("agent-ana", "Embedded sandbox", false);

    @RegisterExtension
    static final SandboxFixture sandbox = SandboxFixture.builder().seedSessions(1).build();

    @TempDir
    Path folder;

    private LocalData data;
    private ActiveConnection connection;
    private MainWindowViewModel window;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final List<Profile> switches = new ArrayList<>();

    @BeforeEach
    void openTheWindowsModel() {
        data = LocalData.open(new LocalPaths(folder.resolve("data"), folder.resolve("config")), Clock.systemUTC());
        connection = new ActiveConnection(data.audit());
        window = new MainWindowViewModel(connection, new ConnectionStatus(connection, TaskExecutor.sameThread()),
                data.profiles(), TaskExecutor.sameThread(), dialogs, this::connectTo, ZoneOffset.UTC);
    }

    /** What the console does on a switch, against the sandbox whatever the profile's URL says. */
    private void connectTo(Profile profile) {
        switches.add(profile);
        connection.switchTo(ProfileService.operatorFor(profile, null), sandbox.connectionSettings());
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
    void editingTheProfileInUseConnectsAgainSoAProfileMarkedLiveIsTreatedAsLive() {
        Profile staging = data.profiles().save(draft(false), SOMEONE);
        window.reloadProfiles();
        window.choose(staging);
        assertThat(window.liveProperty().get()).isFalse();

        data.profiles().save(draft(true), SOMEONE);
        window.reloadProfiles();

        assertThat(switches).extracting(Profile::live).containsExactly(false, true);
        assertThat(window.liveProperty().get()).isTrue();
        assertThat(window.badgeTextBinding().get()).isEqualTo("LIVE");
        assertThat(dialogs.notifications()).singleElement().asString().contains("Staging").contains("LIVE");

        window.reloadProfiles();
        assertThat(switches).as("an unchanged profile is not connected again").hasSize(2);
    }

    private static ProfileDraft draft(boolean live) {
        return new ProfileDraft("Staging", "https://api.conomyhq.com/sandbox", ApiVersion.V2, null, live, "Ana P.",
                new ProfileSecrets(null, Secret.ofNullable("token-for-staging"), null), false);
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
