package dev.checkoutconsole.ui.settings;

import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.AuditAction;
import dev.checkoutconsole.service.AuditFilter;
import dev.checkoutconsole.service.ConnectionSettings;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.service.Profile;
import dev.checkoutconsole.service.ProfileService;
import dev.checkoutconsole.service.Secret;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import dev.checkoutconsole.ui.common.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Profiles and settings against a real local data folder: what is saved, what is remembered, what is never shown. */
class SettingsViewModelTest {
    private static final String CANARY_SECRET = "canary-client-secret-7f3a9";
    private static final String CANARY_KEY = "canary-api-key-51bd2";
    private static final String CANARY_TOKEN = "canary-access-token-c04e1";

    @TempDir
    Path folder;
    private LocalData data;
    private ActiveConnection connection;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final List<Profile> used = new ArrayList<>();
    private SettingsViewModel viewModel;

    @BeforeEach
    void open() {
        data = LocalData.open(new LocalPaths(folder.resolve("data"), folder.resolve("config")), Clock.systemUTC());
        connection = new ActiveConnection(data.audit());
        viewModel = new SettingsViewModel(data.profiles(), connection, TaskExecutor.sameThread(), dialogs, used::add);
        viewModel.load(null);
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void theEmbeddedSandboxIsAlwaysThereFirstAndCannotBeEdited() {
        assertThat(viewModel.profiles()).first().satisfies(profile -> {
            assertThat(profile.name()).isEqualTo(ProfileService.EMBEDDED_SANDBOX);
            assertThat(profile.embeddedSandbox()).isTrue();
        });
        assertThat(viewModel.selectedProperty().get().embeddedSandbox()).isTrue();
        assertThat(viewModel.builtInSelectedBinding().get()).isTrue();
        assertThat(viewModel.saveBlockedReasonBinding().get()).contains("built in");
    }

    @Test
    void aBadBaseUrlIsNamedAndNothingIsSaved() {
        viewModel.newProfile();
        viewModel.nameProperty().set("Production Chile");
        viewModel.baseUrlProperty().set("ftp://api.example");
        viewModel.clientIdProperty().set("client-1");

        assertThat(viewModel.saveBlockedReasonBinding().get()).startsWith("base URL");
        viewModel.save();

        assertThat(data.profiles().find("Production Chile")).isEmpty();
    }

    @Test
    void anOperatorTooLongToActAsIsNamedAndNothingIsSaved() {
        fillProductionProfile(false);
        viewModel.operatorProperty().set("o".repeat(101));

        assertThat(viewModel.operatorError().get()).startsWith("operator");
        assertThat(viewModel.saveBlockedReasonBinding().get()).startsWith("operator");
        viewModel.save();

        assertThat(data.profiles().find("Production Chile")).isEmpty();
    }

    @Test
    void secretsAreNotKeptUnlessRememberIsTicked() throws Exception {
        fillProductionProfile(false);

        viewModel.save();

        Profile saved = data.profiles().find("Production Chile").orElseThrow();
        assertThat(saved.live()).isTrue();
        assertThat(saved.secretsRemembered()).isFalse();
        assertThat(data.profiles().rememberedSecrets("Production Chile").isEmpty()).isTrue();
        assertThat(filesUnder(folder, null)).noneMatch(text -> text.contains(CANARY_SECRET) || text.contains(CANARY_KEY));
    }

    @Test
    void secretsTypedWithoutRememberAreUsedWhenTheProfileIsUsed() {
        fillProductionProfile(false);
        viewModel.save();

        assertThat(viewModel.clientSecretProperty().get()).isEmpty();
        assertThat(viewModel.use()).isTrue();
        ConnectionSettings settings = data.profiles().settingsFor(used.get(0));
        assertThat(Secret.reveal(settings.clientSecret())).isEqualTo(CANARY_SECRET);
        assertThat(Secret.reveal(settings.apiKey())).isEqualTo(CANARY_KEY);
    }

    @Test
    void rememberedSecretsGoToAFileOnlyTheUserCanReadAndAreNeverShownAgain() throws Exception {
        fillProductionProfile(true);
        viewModel.save();

        Path secrets = data.profiles().secretsFile();
        assertThat(Files.readString(secrets)).contains(CANARY_SECRET);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
        assertThat(viewModel.selectedProperty().get().name()).isEqualTo("Production Chile");
        assertThat(viewModel.clientSecretProperty().get()).isEmpty();
        assertThat(viewModel.apiKeyProperty().get()).isEmpty();
        assertThat(viewModel.secretPromptBinding().get()).contains("remembered");

        viewModel.operatorProperty().set("ana");
        viewModel.save();

        assertThat(Secret.reveal(data.profiles().rememberedSecrets("Production Chile").clientSecret())).isEqualTo(CANARY_SECRET);
        assertThat(data.profiles().find("Production Chile").orElseThrow().operator()).isEqualTo("ana");
        assertThat(data.audit().list(AuditFilter.ALL, 10)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.PROFILE_SAVE.code());
            assertThat(entry.targets()).containsExactly("Production Chile");
        });
        assertThat(filesUnder(folder, secrets)).as("the database, its journal and any other file")
                .noneMatch(text -> text.contains(CANARY_SECRET) || text.contains(CANARY_KEY));
    }

    @Test
    void deleteAsksFirstAndKeepsTheProfileWhenDeclined() {
        fillProductionProfile(false);
        viewModel.save();

        dialogs.answer(false);
        viewModel.delete();
        assertThat(data.profiles().find("Production Chile")).isPresent();

        dialogs.answer(true);
        viewModel.delete();
        assertThat(data.profiles().find("Production Chile")).isEmpty();
        assertThat(viewModel.selectedProperty().get().embeddedSandbox()).isTrue();
    }

    @Test
    void useHandsTheSelectedProfileToTheConsole() {
        fillProductionProfile(false);
        viewModel.save();

        viewModel.use();

        assertThat(used).extracting(Profile::name).containsExactly("Production Chile");
    }

    @Test
    void useWaitsForUnsavedEditsToBeSavedInsteadOfDroppingThem() {
        fillProductionProfile(false);
        viewModel.save();
        assertThat(viewModel.useBlockedReasonBinding().get()).as("just saved").isNull();

        viewModel.operatorProperty().set("ana");
        assertThat(viewModel.useBlockedReasonBinding().get()).contains("Save");
        assertThat(viewModel.use()).isFalse();
        viewModel.operatorProperty().set("");
        viewModel.clientSecretProperty().set("typed-but-not-saved");
        assertThat(viewModel.use()).as("a typed secret is an edit too").isFalse();
        assertThat(used).isEmpty();

        viewModel.operatorProperty().set("ana");
        viewModel.save();

        assertThat(viewModel.use()).isTrue();
        assertThat(used).singleElement().satisfies(profile -> assertThat(profile.operator()).isEqualTo("ana"));
    }

    @Test
    void aSavedProfileKeepsItsNameAndItsRememberedSecretsWhenEdited() {
        fillProductionProfile(true);
        viewModel.save();
        viewModel.selectedProperty().set(data.profiles().find("Production Chile").orElseThrow());
        assertThat(viewModel.nameFixedBinding().get()).isTrue();

        viewModel.nameProperty().set("Production Peru");
        viewModel.baseUrlProperty().set("https://api.conomyhq.com/v2-eu");
        viewModel.save();

        assertThat(viewModel.profiles()).extracting(Profile::name).containsExactly(ProfileService.EMBEDDED_SANDBOX, "Production Chile");
        assertThat(data.profiles().find("Production Chile").orElseThrow().baseUrl()).isEqualTo("https://api.conomyhq.com/v2-eu");
        assertThat(Secret.reveal(data.profiles().rememberedSecrets("Production Chile").clientSecret())).isEqualTo(CANARY_SECRET);
    }

    @Test
    void switchingARememberedAccessTokenToAClientIdAndSecretForgetsTheToken() throws Exception {
        viewModel.newProfile();
        viewModel.nameProperty().set("Production Chile");
        viewModel.baseUrlProperty().set("https://api.conomyhq.com");
        viewModel.credentialKindProperty().set(SettingsViewModel.CredentialKind.ACCESS_TOKEN);
        viewModel.accessTokenProperty().set(CANARY_TOKEN);
        viewModel.apiKeyProperty().set(CANARY_KEY);
        viewModel.rememberSecretsProperty().set(true);
        viewModel.save();

        viewModel.credentialKindProperty().set(SettingsViewModel.CredentialKind.CLIENT_CREDENTIALS);
        viewModel.clientIdProperty().set("support-console");
        viewModel.clientSecretProperty().set(CANARY_SECRET);
        viewModel.save();

        assertThat(Files.readString(data.profiles().secretsFile())).contains(CANARY_SECRET, CANARY_KEY).doesNotContain(CANARY_TOKEN);
        ConnectionSettings settings = data.profiles().settingsFor(data.profiles().find("Production Chile").orElseThrow());
        assertThat(settings.accessToken()).as("a token given is always used, so a stale one would be refused").isNull();
        assertThat(settings.clientId()).isEqualTo("support-console");
        assertThat(Secret.reveal(settings.clientSecret())).isEqualTo(CANARY_SECRET);
        assertThat(Secret.reveal(settings.apiKey())).isEqualTo(CANARY_KEY);
    }

    @Test
    void aNewProfileCannotTakeTheNameOfOneThatExists() {
        fillProductionProfile(false);
        viewModel.save();

        fillProductionProfile(false);
        viewModel.nameProperty().set("production chile");

        assertThat(viewModel.saveBlockedReasonBinding().get()).startsWith("name").contains("exists");
    }

    private void fillProductionProfile(boolean remember) {
        viewModel.newProfile();
        viewModel.nameProperty().set("Production Chile");
        viewModel.baseUrlProperty().set("https://api.conomyhq.com");
        viewModel.apiVersionProperty().set(ApiVersion.V2);
        viewModel.credentialKindProperty().set(SettingsViewModel.CredentialKind.CLIENT_CREDENTIALS);
        viewModel.clientIdProperty().set("support-console");
        viewModel.clientSecretProperty().set(CANARY_SECRET);
        viewModel.apiKeyProperty().set(CANARY_KEY);
        viewModel.liveProperty().set(true);
        viewModel.rememberSecretsProperty().set(remember);
    }

    private static List<String> filesUnder(Path root, Path except) throws Exception {
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(path -> !path.equals(except)).map(path -> {
                try {
                    return new String(Files.readAllBytes(path), java.nio.charset.StandardCharsets.ISO_8859_1);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
