package dev.checkoutconsole.ui.settings;

import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.InputValidation;
import dev.checkoutconsole.service.OperatorContext;
import dev.checkoutconsole.service.Profile;
import dev.checkoutconsole.service.ProfileDraft;
import dev.checkoutconsole.service.ProfileSecrets;
import dev.checkoutconsole.service.ProfileService;
import dev.checkoutconsole.service.Secret;
import dev.checkoutconsole.ui.common.BackgroundTask;
import dev.checkoutconsole.ui.common.DialogService;
import dev.checkoutconsole.ui.common.ErrorReport;
import dev.checkoutconsole.ui.common.InputProblem;
import dev.checkoutconsole.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.function.Consumer;

/**
 * Profiles and their settings: the list (the embedded sandbox always first), a form to create or edit one, and
 * "use this profile". Secrets typed into the form are kept on disk only when "remember" is ticked, else until the
 * console closes, and a secret kept is never shown again: an empty secret field keeps the one known.
 */
public final class SettingsViewModel {

    /** How the profile authenticates: an access token used as it is, or a client id and secret that obtain one. */
    public enum CredentialKind {
        ACCESS_TOKEN("Access token"),
        CLIENT_CREDENTIALS("Client id and secret");

        private final String label;

        CredentialKind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The form's fields other than the secrets: as a profile fills them, or as the user has them now. */
    private record FormValues(String name, String baseUrl, ApiVersion apiVersion, CredentialKind credentialKind,
                              String clientId, boolean rememberSecrets, boolean live, String operator) {

        /** What the form shows for the profile; for null, an empty form for a new one. */
        static FormValues of(Profile profile) {
            if (profile == null) {
                return new FormValues("", "", ApiVersion.V2, CredentialKind.CLIENT_CREDENTIALS, "", false, false, "");
            }
            return new FormValues(profile.name(), profile.baseUrl(), profile.apiVersion(),
                    profile.clientId() == null && !profile.embeddedSandbox() ? CredentialKind.ACCESS_TOKEN : CredentialKind.CLIENT_CREDENTIALS,
                    profile.clientId() == null ? "" : profile.clientId(), profile.secretsRemembered(), profile.live(),
                    profile.operator() == null ? "" : profile.operator());
        }
    }

    private final ProfileService profileService;
    private final ActiveConnection connection;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Profile> useProfile;

    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty baseUrl = new SimpleStringProperty("");
    private final ObjectProperty<ApiVersion> apiVersion = new SimpleObjectProperty<>(ApiVersion.V2);
    private final ObjectProperty<CredentialKind> credentialKind = new SimpleObjectProperty<>(CredentialKind.CLIENT_CREDENTIALS);
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final StringProperty accessToken = new SimpleStringProperty("");
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty clientSecret = new SimpleStringProperty("");
    private final BooleanProperty rememberSecrets = new SimpleBooleanProperty();
    private final BooleanProperty live = new SimpleBooleanProperty();
    private final StringProperty operator = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>();

    private final StringBinding nameError;
    private final StringBinding baseUrlError;
    private final StringBinding credentialsError;
    private final StringBinding operatorError;

    public SettingsViewModel(ProfileService profileService, ActiveConnection connection, TaskExecutor executor,
                             DialogService dialogs, Consumer<Profile> useProfile) {
        this.profileService = profileService;
        this.connection = connection;
        this.executor = executor;
        this.dialogs = dialogs;
        this.useProfile = useProfile;
        nameError = InputProblem.of(() -> {
            String checked = InputValidation.required("name", name.get());
            if (ProfileService.EMBEDDED_SANDBOX.equalsIgnoreCase(checked)) {
                throw new InvalidInputException("name", "'" + ProfileService.EMBEDDED_SANDBOX + "' is the built-in profile; choose another name");
            }
            if (selected.get() == null && profiles.stream().anyMatch(profile -> profile.name().equalsIgnoreCase(checked.trim()))) {
                throw new InvalidInputException("name", "a profile named '" + checked.trim() + "' exists; select it to edit it");
            }
            return checked;
        }, name, selected, profiles);
        baseUrlError = InputProblem.of(() -> InputValidation.httpUrl("base URL", InputValidation.required("base URL", baseUrl.get())), baseUrl);
        credentialsError = Bindings.createStringBinding(this::credentialsProblem, credentialKind, clientId, selected, name);
        operatorError = InputProblem.of(() -> operator.get().isBlank() ? null : InputValidation.operator(operator.get()), operator);
        // Not a change listener: those compare by equals, and a save that changed only secrets reads back a profile
        // equal to the one shown, yet the form must still be refilled from it, its secret fields emptied.
        selected.addListener(observable -> showInForm(selected.get()));
    }

    /** Only the client id can be checked here; secrets may be remembered already, or typed in when connecting. */
    private String credentialsProblem() {
        if (credentialKind.get() == CredentialKind.CLIENT_CREDENTIALS && clientId.get().isBlank()) {
            return "client id: is required to obtain an access token";
        }
        return null;
    }

    // ---- the list ----

    public ObservableList<Profile> profiles() {
        return profiles;
    }

    public ObjectProperty<Profile> selectedProperty() {
        return selected;
    }

    /** Reads the profiles in the background, then selects the one named, or the active one. */
    public void load(String toSelect) {
        busy.set(true);
        executor.execute(BackgroundTask.of(cancel -> profileService.list())
                .onSuccess(list -> {
                    profiles.setAll(list);
                    String wanted = toSelect != null ? toSelect
                            : connection.target().map(ActiveConnection.Target::profileName).orElse(ProfileService.EMBEDDED_SANDBOX);
                    selected.set(list.stream().filter(p -> p.name().equals(wanted)).findFirst().orElse(list.get(0)));
                })
                .onFailure(failure -> error.set(ErrorReport.of(failure)))
                .whenDone(() -> busy.set(false)));
    }

    /** Clears the form for a new profile. */
    public void newProfile() {
        selected.set(null);
    }

    // ---- the form ----

    private void showInForm(Profile profile) {
        error.set(null);
        apiKey.set("");
        accessToken.set("");
        clientSecret.set("");
        FormValues values = FormValues.of(profile);
        name.set(values.name());
        baseUrl.set(values.baseUrl());
        apiVersion.set(values.apiVersion());
        credentialKind.set(values.credentialKind());
        clientId.set(values.clientId());
        rememberSecrets.set(values.rememberSecrets());
        live.set(values.live());
        operator.set(values.operator());
    }

    /** Whether the form holds edits, a typed secret among them, that Save has not stored. */
    private boolean hasUnsavedChanges() {
        FormValues now = new FormValues(name.get(), baseUrl.get(), apiVersion.get(), credentialKind.get(), clientId.get(),
                rememberSecrets.get(), live.get(), operator.get());
        return !now.equals(FormValues.of(selected.get()))
                || !apiKey.get().isEmpty() || !accessToken.get().isEmpty() || !clientSecret.get().isEmpty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public ObjectProperty<ApiVersion> apiVersionProperty() {
        return apiVersion;
    }

    public ObjectProperty<CredentialKind> credentialKindProperty() {
        return credentialKind;
    }

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    public StringProperty accessTokenProperty() {
        return accessToken;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public StringProperty clientSecretProperty() {
        return clientSecret;
    }

    public BooleanProperty rememberSecretsProperty() {
        return rememberSecrets;
    }

    public BooleanProperty liveProperty() {
        return live;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    /** The operator a blank field stands for: the OS user. */
    public String defaultOperator() {
        return OperatorContext.operatorName(null, null);
    }

    public StringBinding nameError() {
        return nameError;
    }

    public StringBinding baseUrlError() {
        return baseUrlError;
    }

    public StringBinding credentialsError() {
        return credentialsError;
    }

    public StringBinding operatorError() {
        return operatorError;
    }

    /**
     * A saved profile keeps its name: its remembered secrets and the audit trail know it by that name, so a new
     * name is a new profile.
     */
    public BooleanBinding nameFixedBinding() {
        return selected.isNotNull();
    }

    /** The built-in sandbox profile cannot be edited or deleted. */
    public BooleanBinding builtInSelectedBinding() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().embeddedSandbox(), selected);
    }

    /** What a secret field shows when the profile has that secret remembered: it is never shown in clear. */
    public StringBinding secretPromptBinding() {
        return Bindings.createStringBinding(() -> selected.get() != null && selected.get().secretsRemembered()
                ? "remembered · leave empty to keep" : "", selected);
    }

    /** Why Save is disabled, or null. */
    public StringBinding saveBlockedReasonBinding() {
        return Bindings.createStringBinding(() -> {
            if (busy.get()) {
                return "Saving…";
            }
            if (selected.get() != null && selected.get().embeddedSandbox()) {
                return "The embedded sandbox profile is built in";
            }
            for (String problem : new String[] {nameError.get(), baseUrlError.get(), credentialsError.get(), operatorError.get()}) {
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }, busy, selected, nameError, baseUrlError, credentialsError, operatorError);
    }

    /**
     * Why "use this profile" is disabled, or null. It connects with the saved profile, so while the form holds
     * unsaved edits it waits for Save rather than silently dropping them.
     */
    public StringBinding useBlockedReasonBinding() {
        return Bindings.createStringBinding(() -> {
            if (busy.get()) {
                return "Wait for the current step to finish";
            }
            if (selected.get() == null) {
                return "Save the new profile first";
            }
            return hasUnsavedChanges() ? "Save the changes first" : null;
        }, busy, selected, name, baseUrl, apiVersion, credentialKind, clientId, rememberSecrets, live, operator,
                apiKey, accessToken, clientSecret);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return error.getReadOnlyProperty();
    }

    // ---- actions ----

    /** Saves the form. A secret left empty in the form keeps the one known. */
    public void save() {
        if (saveBlockedReasonBinding().get() != null) {
            return;
        }
        String profileName = selected.get() != null ? selected.get().name() : name.get().trim();
        ProfileDraft typed = draft(profileName, enteredSecrets(), rememberSecrets.get());
        OperatorContext who = actingOperator();
        busy.set(true);
        error.set(null);
        executor.execute(BackgroundTask.of(cancel -> profileService.save(typed, who))
                .onSuccess(saved -> {
                    dialogs.notify("Saved profile " + saved.name() + " (" + saved.environment() + ")");
                    load(saved.name());
                })
                .onFailure(failure -> error.set(ErrorReport.of(failure)))
                .whenDone(() -> busy.set(false)));
    }

    private ProfileDraft draft(String profileName, ProfileSecrets secrets, boolean remember) {
        boolean tokenKind = credentialKind.get() == CredentialKind.ACCESS_TOKEN;
        return new ProfileDraft(profileName, baseUrl.get().trim(), apiVersion.get(), tokenKind ? null : clientId.get().trim(),
                live.get(), operator.get().isBlank() ? null : operator.get().trim(), secrets, remember);
    }

    private ProfileSecrets enteredSecrets() {
        boolean tokenKind = credentialKind.get() == CredentialKind.ACCESS_TOKEN;
        return new ProfileSecrets(secret(apiKey), tokenKind ? secret(accessToken) : null, tokenKind ? null : secret(clientSecret));
    }

    private static Secret secret(StringProperty field) {
        return field.get() == null || field.get().isBlank() ? null : Secret.ofNullable(field.get().trim());
    }

    /** Deletes the selected profile after a confirmation; the profile in use cannot be deleted. */
    public void delete() {
        Profile profile = selected.get();
        if (profile == null || profile.embeddedSandbox()) {
            return;
        }
        if (connection.target().map(t -> t.profileName().equals(profile.name())).orElse(false)) {
            dialogs.notify("Switch to another profile before deleting " + profile.name());
            return;
        }
        if (!dialogs.confirm("Delete profile", "Delete profile " + profile.name() + " and any secrets remembered for it?", "Delete profile")) {
            return;
        }
        OperatorContext who = actingOperator();
        busy.set(true);
        executor.execute(BackgroundTask.of(cancel -> {
                    profileService.delete(profile.name(), who);
                    return profile.name();
                })
                .onSuccess(deleted -> {
                    dialogs.notify("Deleted profile " + deleted);
                    load(ProfileService.EMBEDDED_SANDBOX);
                })
                .onFailure(failure -> error.set(ErrorReport.of(failure)))
                .whenDone(() -> busy.set(false)));
    }

    /** Connects the console to the selected profile, unless {@link #useBlockedReasonBinding()} says why not. */
    public boolean use() {
        if (useBlockedReasonBinding().get() != null) {
            return false;
        }
        useProfile.accept(selected.get());
        return true;
    }

    private OperatorContext actingOperator() {
        return connection.target().map(ActiveConnection.Target::operator)
                .orElseGet(() -> new OperatorContext(defaultOperator(), ProfileService.EMBEDDED_SANDBOX, false));
    }
}
