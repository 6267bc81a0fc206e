package dev.checkoutconsole.service;

import dev.checkoutconsole.testsupport.MutableClock;
import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.api.model.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Profiles, their secrets only when remembered (and then readable by the user alone), UI state, and the data folders. */
class ProfileServiceTest {
    private static final String CANARY_TOKEN = "canary-token-7f3a9c";
    private static final String CANARY_SECRET = "canary-secret-51d2e8";
    private static final String CANARY_KEY = "canary-key-0b4c6d";

    @TempDir
    Path dataDir;
    @TempDir
    Path configDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final OperatorContext ana = new OperatorContext("ana", ProfileService.EMBEDDED_SANDBOX, false);
    private LocalData data;

    @BeforeEach
    void open() {
        data = LocalData.open(new LocalPaths(dataDir, configDir.resolve("checkout-console")), clock);
    }

    @AfterEach
    void close() {
        data.close();
    }

    private ProfileDraft draft(String name, boolean remember) {
        return new ProfileDraft(name, "https://api.conomyhq.com/sandbox", ApiVersion.V1, "client-9", false, "Ana P.",
                new ProfileSecrets(Secret.ofNullable(CANARY_KEY), null, Secret.ofNullable(CANARY_SECRET)), remember);
    }

    @Test
    void theEmbeddedSandboxProfileAlwaysExistsAndCannotBeChanged() {
        assertThat(data.profiles().list()).singleElement().satisfies(profile -> {
            assertThat(profile.name()).isEqualTo(ProfileService.EMBEDDED_SANDBOX);
            assertThat(profile.embeddedSandbox()).isTrue();
            assertThat(profile.live()).isFalse();
        });
        assertThatThrownBy(() -> data.profiles().save(draft("embedded sandbox", false), ana))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("built-in");
        assertThatThrownBy(() -> data.profiles().delete(ProfileService.EMBEDDED_SANDBOX, ana))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be deleted");
    }

    @Test
    void rememberedSecretsGoOnlyToAFileOnlyTheUserCanRead() throws Exception {
        Profile saved = data.profiles().save(draft("Acme sandbox", true), ana);

        assertThat(saved.secretsRemembered()).isTrue();
        assertThat(saved.apiVersion()).isEqualTo(ApiVersion.V1);
        assertThat(saved.operator()).isEqualTo("Ana P.");
        Path secrets = data.profiles().secretsFile();
        assertThat(Files.readString(secrets)).contains(CANARY_SECRET, CANARY_KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.getParent()))).isEqualTo("rwx------");
        ConnectionSettings settings = data.profiles().settingsFor(saved);
        assertThat(settings.clientSecret().reveal()).isEqualTo(CANARY_SECRET);
        assertThat(settings.clientId()).isEqualTo("client-9");
        assertThat(settings.apiVersion()).isEqualTo(ApiVersion.V1);
        assertThat(settings.toString()).doesNotContain(CANARY_TOKEN, CANARY_SECRET, CANARY_KEY);
        assertCanariesNowhereIn(dataDir);
        assertThat(data.audit().list(AuditFilter.ALL, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("profile.save");
            assertThat(entry.targets()).containsExactly("Acme sandbox");
            assertThat(entry.detail()).contains("created", "secrets remembered").doesNotContain(CANARY_TOKEN);
        });
    }

    @Test
    void secretsNotRememberedAreNotStoredAndForgettingRemovesThem() throws Exception {
        data.profiles().save(draft("Acme", true), ana);
        Profile changed = data.profiles().save(draft("Acme", false), ana);

        assertThat(changed.secretsRemembered()).isFalse();
        assertThat(Files.readString(data.profiles().secretsFile())).doesNotContain(CANARY_TOKEN, CANARY_SECRET, CANARY_KEY);
        assertThat(data.profiles().rememberedSecrets("Acme")).isEqualTo(ProfileSecrets.NONE);
        ConnectionSettings entered = data.profiles().settingsFor(changed,
                new ProfileSecrets(Secret.ofNullable("typed-key"), Secret.ofNullable("typed-token"), null));
        assertThat(entered.apiKey().reveal()).isEqualTo("typed-key");
        assertThat(data.audit().list(AuditFilter.ALL, 10)).extracting(AuditEntry::detail)
                .containsExactly("changed; SANDBOX; secrets not stored", "created; SANDBOX; secrets remembered");

        data.profiles().delete("Acme", ana);
        assertThat(data.profiles().find("Acme")).isEmpty();
        assertThat(data.audit().list(new AuditFilter(null, null, "profile.delete", null, null, null), 10)).hasSize(1);
        assertCanariesNowhereIn(dataDir);
    }

    @Test
    void switchingToAnAccessTokenForgetsTheClientSecretRememberedBefore() throws Exception {
        data.profiles().save(draft("Acme", true), ana);

        // What the settings form sends: the secrets remembered so far, with the token typed now.
        Profile switched = data.profiles().save(new ProfileDraft("Acme", "https://api.conomyhq.com/sandbox", ApiVersion.V1, null,
                false, "Ana P.", new ProfileSecrets(Secret.ofNullable(CANARY_KEY), Secret.ofNullable(CANARY_TOKEN),
                Secret.ofNullable(CANARY_SECRET)), true), ana);

        assertThat(Files.readString(data.profiles().secretsFile())).contains(CANARY_TOKEN, CANARY_KEY).doesNotContain(CANARY_SECRET);
        ConnectionSettings settings = data.profiles().settingsFor(switched);
        assertThat(settings.accessToken().reveal()).isEqualTo(CANARY_TOKEN);
        assertThat(settings.clientId()).isNull();
        assertThat(settings.clientSecret()).isNull();
    }

    @Test
    void secretsNotRememberedAreUsedToConnectUntilTheConsoleCloses() throws Exception {
        Profile saved = data.profiles().save(draft("Acme", false), ana);
        data.profiles().save(new ProfileDraft("Acme", saved.baseUrl(), saved.apiVersion(), saved.clientId(), false, "Cy",
                null, false), ana);

        ConnectionSettings settings = data.profiles().settingsFor(data.profiles().find("Acme").orElseThrow());
        assertThat(Secret.reveal(settings.apiKey())).isEqualTo(CANARY_KEY);
        assertThat(Secret.reveal(settings.clientSecret())).as("kept by a save that did not retype it").isEqualTo(CANARY_SECRET);
        assertCanariesNowhereIn(dataDir);
        assertCanariesNowhereIn(configDir);

        data.close();
        data = LocalData.open(new LocalPaths(dataDir, configDir.resolve("checkout-console")), clock);
        ConnectionSettings nextRun = data.profiles().settingsFor(data.profiles().find("Acme").orElseThrow());
        assertThat(nextRun.apiKey()).isNull();
        assertThat(nextRun.clientSecret()).isNull();
    }

    @Test
    void profileInputIsCheckedNamingTheField() {
        assertThatThrownBy(() -> data.profiles().save(new ProfileDraft(" ", "https://x.example", null, null, false, null, null, false), ana))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> data.profiles().save(new ProfileDraft("x", "ftp://x.example", null, null, false, null, null, false), ana))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("base-url");
        String longOperator = "o".repeat(101);
        assertThatThrownBy(() -> data.profiles().save(new ProfileDraft("x", "https://x.example", null, null, false, longOperator, null, false), ana))
                .as("an operator no switch would accept").isInstanceOf(InvalidInputException.class).hasMessageStartingWith("operator:");
        assertThat(data.profiles().find("x")).isEmpty();
        assertThatThrownBy(() -> data.profiles().delete("nobody", ana))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no profile is called 'nobody'");
        Profile live = data.profiles().save(new ProfileDraft("Acme live", "https://api.conomyhq.com", null, null, true, null, null, true), ana);
        assertThat(live.live()).isTrue();
        assertThat(live.apiVersion()).isEqualTo(ApiVersion.V2);
        assertThat(live.secretsRemembered()).isFalse();
        assertThat(ProfileService.operatorFor(live, null).operator()).isEqualTo(System.getProperty("user.name"));
        assertThat(ProfileService.operatorFor(live, "cy").environment()).isEqualTo("LIVE");
    }

    @Test
    void uiStateIsSavedFromABackgroundThreadAndSurvivesAReopen() throws Exception {
        var executor = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture.runAsync(() -> {
                data.uiState().put("sessions.filter.status", "ACTIVE");
                data.uiState().put("window.width", "1280");
                data.uiState().put("split.sessions", "0.62");
                data.uiState().put("split.sessions", null);
            }, executor).get();
        } finally {
            executor.shutdown();
        }
        data.close();
        data = LocalData.open(new LocalPaths(dataDir, configDir), clock);

        assertThat(data.uiState().load()).containsExactlyInAnyOrderEntriesOf(
                Map.of("sessions.filter.status", "ACTIVE", "window.width", "1280"));
    }

    @Test
    void theDataFolderIsTheOptionElseTheVariableElseXdgElseTheHomeDefault() {
        Map<String, String> none = Map.of();
        Map<String, String> xdg = Map.of("XDG_DATA_HOME", "/xdg/data", "XDG_CONFIG_HOME", "/xdg/config");
        Map<String, String> variable = Map.of(LocalPaths.DATA_DIR_VARIABLE, "/from/env", "XDG_DATA_HOME", "/xdg/data");

        assertThat(LocalPaths.resolve("/from/option", variable, "/home/ana").dataDir()).isEqualTo(Path.of("/from/option"));
        assertThat(LocalPaths.resolve(null, variable, "/home/ana").dataDir()).isEqualTo(Path.of("/from/env"));
        assertThat(LocalPaths.resolve(" ", xdg, "/home/ana").dataDir()).isEqualTo(Path.of("/xdg/data/checkout-console"));
        assertThat(LocalPaths.resolve(null, xdg, "/home/ana").configDir()).isEqualTo(Path.of("/xdg/config/checkout-console"));
        assertThat(LocalPaths.resolve(null, none, "/home/ana")).isEqualTo(new LocalPaths(
                Path.of("/home/ana/.local/share/checkout-console"), Path.of("/home/ana/.config/checkout-console")));
    }

    private static void assertCanariesNowhereIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String canary : List.of(CANARY_TOKEN, CANARY_SECRET, CANARY_KEY)) {
                    assertThat(bytes).as(file + " holds no secret").doesNotContain(canary);
                }
            }
        }
    }
}
