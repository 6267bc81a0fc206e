package dev.checkoutconsole.ui.settings;

import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.service.Profile;
import dev.checkoutconsole.ui.common.BlockableActions;
import dev.checkoutconsole.ui.common.ErrorBanner;
import dev.checkoutconsole.ui.common.FieldDecorations;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/** Profiles and settings: the list on the left, the selected profile's form on the right. */
public final class SettingsView {
    private final SettingsViewModel viewModel;
    private final FieldDecorations decorations = new FieldDecorations();

    @FXML private ListView<Profile> profileList;
    @FXML private Label formTitle;
    @FXML private Label builtInNote;
    @FXML private GridPane form;
    @FXML private TextField nameField;
    @FXML private TextField baseUrlField;
    @FXML private ComboBox<ApiVersion> apiVersionBox;
    @FXML private ToggleGroup credentialKind;
    @FXML private RadioButton clientCredentialsRadio;
    @FXML private RadioButton accessTokenRadio;
    @FXML private PasswordField apiKeyField;
    @FXML private Label clientIdLabel;
    @FXML private TextField clientIdField;
    @FXML private Label clientSecretLabel;
    @FXML private PasswordField clientSecretField;
    @FXML private Label accessTokenLabel;
    @FXML private PasswordField accessTokenField;
    @FXML private TextField operatorField;
    @FXML private CheckBox rememberBox;
    @FXML private CheckBox liveBox;
    @FXML private ErrorBanner errorBanner;
    @FXML private ProgressIndicator progress;
    @FXML private Label blockedReasonLabel;
    @FXML private Button deleteButton;
    @FXML private Button saveButton;
    @FXML private Button useButton;
    @FXML private Tooltip useTooltip;
    @FXML private Button closeButton;

    public SettingsView(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        profileList.setItems(viewModel.profiles());
        profileList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Profile profile, boolean empty) {
                super.updateItem(profile, empty);
                setText(empty || profile == null ? null : profile.name() + "  ·  " + profile.environment());
                getStyleClass().remove("live-profile");
                if (!empty && profile != null && profile.live()) {
                    getStyleClass().add("live-profile");
                }
            }
        });
        profileList.getSelectionModel().selectedItemProperty().addListener((observable, old, profile) -> {
            if (profile != null && profile != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(profile);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, profile) -> {
            if (profile == null) {
                profileList.getSelectionModel().clearSelection();
            } else {
                profileList.getSelectionModel().select(profile);
            }
        });
        bindForm();
        bindActions();
        viewModel.load(null);
    }

    private void bindForm() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        nameField.disableProperty().bind(viewModel.nameFixedBinding());
        nameField.setTooltip(new Tooltip("A saved profile keeps its name; to use another name, create a new profile"));
        baseUrlField.textProperty().bindBidirectional(viewModel.baseUrlProperty());
        apiVersionBox.getItems().setAll(ApiVersion.values());
        apiVersionBox.valueProperty().bindBidirectional(viewModel.apiVersionProperty());
        clientCredentialsRadio.setUserData(SettingsViewModel.CredentialKind.CLIENT_CREDENTIALS);
        accessTokenRadio.setUserData(SettingsViewModel.CredentialKind.ACCESS_TOKEN);
        selectKind(viewModel.credentialKindProperty().get());
        viewModel.credentialKindProperty().addListener((observable, old, kind) -> selectKind(kind));
        credentialKind.selectedToggleProperty().addListener((observable, old, toggle) -> {
            if (toggle != null) {
                viewModel.credentialKindProperty().set((SettingsViewModel.CredentialKind) toggle.getUserData());
            }
        });
        apiKeyField.textProperty().bindBidirectional(viewModel.apiKeyProperty());
        clientIdField.textProperty().bindBidirectional(viewModel.clientIdProperty());
        clientSecretField.textProperty().bindBidirectional(viewModel.clientSecretProperty());
        accessTokenField.textProperty().bindBidirectional(viewModel.accessTokenProperty());
        for (PasswordField secret : new PasswordField[] {apiKeyField, clientSecretField, accessTokenField}) {
            secret.promptTextProperty().bind(viewModel.secretPromptBinding());
        }
        BooleanBinding tokenKind = viewModel.credentialKindProperty().isEqualTo(SettingsViewModel.CredentialKind.ACCESS_TOKEN);
        showWhen(tokenKind.not(), clientIdLabel, clientIdField, clientSecretLabel, clientSecretField);
        showWhen(tokenKind, accessTokenLabel, accessTokenField);
        operatorField.textProperty().bindBidirectional(viewModel.operatorProperty());
        operatorField.setPromptText("default: " + viewModel.defaultOperator());
        rememberBox.selectedProperty().bindBidirectional(viewModel.rememberSecretsProperty());
        liveBox.selectedProperty().bindBidirectional(viewModel.liveProperty());
        form.disableProperty().bind(viewModel.builtInSelectedBinding());
        builtInNote.visibleProperty().bind(viewModel.builtInSelectedBinding());
        builtInNote.managedProperty().bind(builtInNote.visibleProperty());
        formTitle.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectedProperty().get() == null
                ? "New profile" : viewModel.selectedProperty().get().name(), viewModel.selectedProperty()));
        decorations.decorate(nameField, viewModel.nameError());
        decorations.decorate(baseUrlField, viewModel.baseUrlError());
        decorations.decorate(clientIdField, viewModel.credentialsError());
        decorations.decorate(operatorField, viewModel.operatorError());
    }

    private void selectKind(SettingsViewModel.CredentialKind kind) {
        credentialKind.selectToggle(kind == SettingsViewModel.CredentialKind.ACCESS_TOKEN ? accessTokenRadio : clientCredentialsRadio);
    }

    private static void showWhen(BooleanBinding condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(condition);
        }
    }

    private void bindActions() {
        StringBinding blocked = viewModel.saveBlockedReasonBinding();
        saveButton.disableProperty().bind(blocked.isNotNull());
        blockedReasonLabel.textProperty().bind(Bindings.when(blocked.isNull().or(viewModel.builtInSelectedBinding()))
                .then("").otherwise(blocked));
        deleteButton.disableProperty().bind(viewModel.selectedProperty().isNull()
                .or(viewModel.builtInSelectedBinding()).or(viewModel.busyProperty()));
        BlockableActions.bind(useButton, useTooltip, viewModel.useBlockedReasonBinding(), "Connect the console to this profile");
        progress.visibleProperty().bind(viewModel.busyProperty());
        closeButton.disableProperty().bind(viewModel.busyProperty());
        errorBanner.reportProperty().bind(viewModel.errorProperty());
    }

    @FXML
    private void newProfile() {
        viewModel.newProfile();
        nameField.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void delete() {
        viewModel.delete();
    }

    @FXML
    private void use() {
        if (viewModel.use()) {
            close();
        }
    }

    /**
     * True while a save or delete is on its way: the dialog must not close then, or the header would read the
     * profiles before the change landed and miss an edit to the profile in use.
     */
    public boolean busy() {
        return viewModel.busyProperty().get();
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }
}
