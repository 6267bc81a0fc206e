package dev.checkoutconsole.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.store.ProfileRow;
import dev.checkoutconsole.store.ProfileStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Connection profiles. The profile itself (no secrets) is in the local database; its secrets are written only when
 * the user asks to remember them, to secrets.json in the configuration folder, readable by the user alone (POSIX
 * 600). Secrets entered without "remember" are held in memory until the console closes, so connecting to the
 * profile does not ask for them again. The embedded sandbox profile always exists and cannot be changed. Every change
 * is audited, by name only.
 */
public final class ProfileService {
    public static final String EMBEDDED_SANDBOX = "Embedded sandbox";
    public static final String SECRETS_FILE = "secrets.json";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProfileStore store;
    private final Path configDir;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<String, ProfileSecrets> heldForThisRun = new ConcurrentHashMap<>();

    ProfileService(ProfileStore store, Path configDir, AuditTrail audit, Clock clock) {
        this.store = store;
        this.configDir = configDir;
        this.audit = audit;
        this.clock = clock;
    }

    /** The embedded sandbox first, then the saved profiles by name. */
    public List<Profile> list() {
        Map<String, Map<String, String>> remembered = readSecrets();
        List<Profile> profiles = new ArrayList<>();
        profiles.add(embeddedSandbox());
        for (ProfileRow row : store.all()) {
            profiles.add(profile(row, remembered.containsKey(row.name())));
        }
        return profiles;
    }

    public Optional<Profile> find(String name) {
        if (EMBEDDED_SANDBOX.equals(name)) {
            return Optional.of(embeddedSandbox());
        }
        return store.find(name).map(row -> profile(row, readSecrets().containsKey(row.name())));
    }

    /**
     * Saves the profile (new or changed). A secret the draft leaves out keeps the one known before. The secrets are
     * remembered on disk when the draft asks, else held for this run only, and any remembered before are then
     * removed from disk. Only the credential of the profile's kind is kept: switching between an access token and a
     * client id and secret forgets the other one.
     */
    public Profile save(ProfileDraft draft, OperatorContext who) {
        String name = InputValidation.required("name", draft.name());
        if (name.length() > 60) {
            throw new InvalidInputException("name", "must be at most 60 characters");
        }
        if (EMBEDDED_SANDBOX.equalsIgnoreCase(name)) {
            throw new InvalidInputException("name", "'" + EMBEDDED_SANDBOX + "' is the built-in profile; choose another name");
        }
        String baseUrl = InputValidation.httpUrl("base-url", InputValidation.required("base-url", draft.baseUrl()));
        ApiVersion version = draft.apiVersion() == null ? ApiVersion.V2 : draft.apiVersion();
        String clientId = draft.clientId() == null || draft.clientId().isBlank() ? null : draft.clientId().trim();
        String operator = draft.operator() == null || draft.operator().isBlank() ? null : InputValidation.operator(draft.operator());
        boolean existed = store.find(name).isPresent();
        store.save(new ProfileRow(name, baseUrl, version.name(), clientId, draft.live(), operator,
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        ProfileSecrets secrets = knownSecrets(name).overriddenBy(draft.secrets()).forClientId(clientId);
        boolean remember = draft.rememberSecrets() && !secrets.isEmpty();
        updateSecrets(name, remember ? secrets : null);
        if (remember || secrets.isEmpty()) {
            heldForThisRun.remove(name);
        } else {
            heldForThisRun.put(name, secrets);
        }
        audit.record(who, AuditAction.PROFILE_SAVE, List.of(name), AuditOutcome.SUCCESS, null, null,
                (existed ? "changed" : "created") + "; " + (draft.live() ? "LIVE" : "SANDBOX")
                        + "; secrets " + (remember ? "remembered" : "not stored"));
        return find(name).orElseThrow();
    }

    /** Deletes the profile and its remembered secrets. */
    public void delete(String name, OperatorContext who) {
        if (EMBEDDED_SANDBOX.equals(name)) {
            throw new InvalidInputException("name", "the built-in '" + EMBEDDED_SANDBOX + "' profile cannot be deleted");
        }
        if (!store.delete(InputValidation.required("name", name))) {
            throw new InvalidInputException("name", "no profile is called '" + name + "'");
        }
        updateSecrets(name, null);
        heldForThisRun.remove(name);
        audit.record(who, AuditAction.PROFILE_DELETE, List.of(name), AuditOutcome.SUCCESS, null, null, "deleted");
    }

    /** The secrets remembered for the profile; NONE when the user did not ask to remember them. */
    public ProfileSecrets rememberedSecrets(String name) {
        Map<String, String> stored = readSecrets().get(name);
        if (stored == null) {
            return ProfileSecrets.NONE;
        }
        return new ProfileSecrets(Secret.ofNullable(stored.get("apiKey")), Secret.ofNullable(stored.get("accessToken")),
                Secret.ofNullable(stored.get("clientSecret")));
    }

    /** The settings to connect with the profile's remembered or held secrets. */
    public ConnectionSettings settingsFor(Profile profile) {
        return settingsFor(profile, ProfileSecrets.NONE);
    }

    /**
     * The settings to connect with: the profile's secrets, remembered or held for this run, each replaced by the one
     * entered now if any.
     * The embedded sandbox has no stored settings: they come from the sandbox once it runs.
     */
    public ConnectionSettings settingsFor(Profile profile, ProfileSecrets entered) {
        if (profile.embeddedSandbox()) {
            throw new IllegalArgumentException("The embedded sandbox's settings come from the running sandbox");
        }
        ProfileSecrets secrets = knownSecrets(profile.name()).overriddenBy(entered);
        return new ConnectionSettings(profile.baseUrl(), profile.apiVersion(), secrets.apiKey(), secrets.accessToken(),
                profile.clientId(), secrets.clientSecret());
    }

    /** The operator context to act as on the profile: {@code operatorOverride} if given, else the profile's, else the OS user. */
    public static OperatorContext operatorFor(Profile profile, String operatorOverride) {
        return new OperatorContext(OperatorContext.operatorName(operatorOverride, profile.operator()), profile.name(), profile.live());
    }

    /** A save keeps the secrets in one place only, so at most one of the two is set. */
    private ProfileSecrets knownSecrets(String name) {
        return rememberedSecrets(name).overriddenBy(heldForThisRun.getOrDefault(name, ProfileSecrets.NONE));
    }

    public Path secretsFile() {
        return configDir.resolve(SECRETS_FILE);
    }

    private static Profile embeddedSandbox() {
        return new Profile(EMBEDDED_SANDBOX, "http://127.0.0.1", ApiVersion.V2, null, false, null, true, false, null);
    }

    private static Profile profile(ProfileRow row, boolean remembered) {
        return new Profile(row.name(), row.baseUrl(), ApiVersion.valueOf(row.apiVersion()), row.clientId(), row.live(),
                row.operator(), false, remembered, row.updatedAt());
    }

    private synchronized Map<String, Map<String, String>> readSecrets() {
        Path file = secretsFile();
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            return JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, Map<String, String>>>() { });
        } catch (JsonProcessingException e) {
            // Not the parser's own message: it quotes the token it stopped at, which may be a secret.
            throw new UncheckedIOException(new IOException("The remembered secrets (" + file + ") are not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw new UncheckedIOException("The remembered secrets (" + file + ") cannot be read: " + e.getMessage(), e);
        }
    }

    /** Sets (or with null removes) the profile's entry, writing a new file that replaces the old one whole. */
    private synchronized void updateSecrets(String name, ProfileSecrets secrets) {
        Map<String, Map<String, String>> all = readSecrets();
        if (secrets == null && !all.containsKey(name)) {
            return;
        }
        if (secrets == null) {
            all.remove(name);
        } else {
            Map<String, String> entry = new LinkedHashMap<>();
            putIfSet(entry, "apiKey", secrets.apiKey());
            putIfSet(entry, "accessToken", secrets.accessToken());
            putIfSet(entry, "clientSecret", secrets.clientSecret());
            all.put(name, entry);
        }
        try {
            createOwnerOnlyFolder(configDir);
            Path temporary = configDir.resolve(SECRETS_FILE + ".tmp");
            Files.deleteIfExists(temporary);
            createOwnerOnlyFile(temporary);
            JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), all);
            try {
                Files.move(temporary, secretsFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, secretsFile(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The remembered secrets (" + secretsFile() + ") cannot be written: " + e.getMessage(), e);
        }
    }

    private static void putIfSet(Map<String, String> entry, String key, Secret secret) {
        if (secret != null) {
            entry.put(key, secret.reveal());
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void createOwnerOnlyFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (posix(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Created with 600 from the start, so the secrets are never readable by others, not even for a moment. */
    private static void createOwnerOnlyFile(Path file) throws IOException {
        try {
            if (posix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException("a leftover " + file + " is in the way", e);
        }
    }
}
