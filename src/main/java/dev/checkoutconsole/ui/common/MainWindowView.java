package dev.checkoutconsole.ui.common;

import atlantafx.base.theme.Styles;
import dev.checkoutconsole.service.Profile;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.function.Supplier;

/**
 * The main window's frame: menus with their shortcuts, the profile selector with its SANDBOX / LIVE badge, the
 * feature tabs, and the status bar. The app puts the feature views into it.
 */
public final class MainWindowView {
    private final MainWindowViewModel viewModel;

    @FXML private BorderPane root;
    @FXML private ComboBox<Profile> profileBox;
    @FXML private Label environmentBadge;
    @FXML private Button settingsButton;
    @FXML private MenuItem settingsItem;
    @FXML private MenuItem quitItem;
    @FXML private MenuItem reloadItem;
    @FXML private MenuItem focusFiltersItem;
    @FXML private MenuItem newSessionItem;
    @FXML private MenuItem openFromLinkItem;
    @FXML private MenuItem deleteItem;
    @FXML private MenuItem copyIdItem;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private TabPane featureTabs;
    @FXML private Label connectionLabel;
    @FXML private FontIcon connectionDot;
    @FXML private Label lastCallLabel;
    @FXML private ErrorBanner problemBanner;

    public MainWindowView(MainWindowViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        profileBox.setItems(viewModel.profiles());
        profileBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Profile profile) {
                return profile == null ? "" : profile.name();
            }

            @Override
            public Profile fromString(String text) {
                return null;
            }
        });
        viewModel.profileNameProperty().addListener((observable, old, name) -> showConnectedProfile());
        viewModel.profiles().addListener((ListChangeListener<Profile>) change -> showConnectedProfile());
        profileBox.setOnAction(event -> {
            if (!viewModel.choose(profileBox.getValue())) {
                showConnectedProfile();
            }
        });
        environmentBadge.textProperty().bind(viewModel.badgeTextBinding());
        viewModel.liveProperty().addListener((observable, old, live) -> styleBadge(live));
        styleBadge(viewModel.liveProperty().get());
        connectionLabel.textProperty().bind(viewModel.connectionTextBinding());
        viewModel.connectionStateProperty().addListener((observable, old, state) -> styleConnection(state));
        styleConnection(viewModel.connectionStateProperty().get());
        lastCallLabel.textProperty().bind(viewModel.lastCallTextBinding());
        problemBanner.reportProperty().bind(viewModel.problemProperty());
    }

    /** The selector shows the profile actually connected, also after a switch was declined or failed. */
    private void showConnectedProfile() {
        String connected = viewModel.profileNameProperty().get();
        Profile shown = viewModel.profiles().stream().filter(p -> p.name().equals(connected)).findFirst().orElse(null);
        if (shown != profileBox.getValue()) {
            EventHandler<ActionEvent> handler = profileBox.getOnAction();
            profileBox.setOnAction(null);
            profileBox.setValue(shown);
            profileBox.setOnAction(handler);
        }
    }

    private void styleBadge(boolean live) {
        environmentBadge.getStyleClass().removeAll("badge-live", "badge-sandbox");
        environmentBadge.getStyleClass().add(live ? "badge-live" : "badge-sandbox");
    }

    private void styleConnection(ConnectionStatus.State state) {
        connectionDot.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
        connectionDot.getStyleClass().add(switch (state) {
            case CONNECTED -> Styles.SUCCESS;
            case CONNECTING -> Styles.WARNING;
            case UNREACHABLE, ERROR -> Styles.DANGER;
        });
    }

    public BorderPane root() {
        return root;
    }

    /**
     * Adds a feature tab whose view is built the first time the tab is shown, so the start builds only the view on
     * screen and the first page appears sooner.
     */
    public Tab addFeatureTab(String title, String iconLiteral, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.setGraphic(new FontIcon(iconLiteral));
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        tab.selectedProperty().addListener((observable, old, shown) -> {
            if (shown && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        featureTabs.getTabs().add(tab);
        if (tab.isSelected() && tab.getContent() == null) {
            tab.setContent(content.get());
        }
        return tab;
    }

    /**
     * Wires the Sessions menu. Ctrl+C and Delete keep their usual meaning inside a text field; elsewhere they act on
     * the selected sessions. On another tab the items that act on the table are off: Delete there would ask to
     * delete sessions the user cannot see, and Ctrl+C would copy a session id instead of what is on screen.
     */
    public void bindSessionActions(SessionActions actions, Tab sessionsTab) {
        for (MenuItem onTheTable : List.of(reloadItem, focusFiltersItem, deleteItem, copyIdItem)) {
            onTheTable.disableProperty().bind(sessionsTab.selectedProperty().not());
        }
        reloadItem.setOnAction(event -> actions.reload());
        focusFiltersItem.setOnAction(event -> actions.focusFilters());
        newSessionItem.setOnAction(event -> actions.newSession());
        openFromLinkItem.setOnAction(event -> actions.openFromLink());
        deleteItem.setOnAction(event -> {
            if (root.getScene().getFocusOwner() instanceof TextInputControl text) {
                text.deleteNextChar();
            } else {
                actions.delete();
            }
        });
        copyIdItem.setOnAction(event -> {
            if (root.getScene().getFocusOwner() instanceof TextInputControl text) {
                text.copy();
            } else {
                actions.copySelectedId();
            }
        });
    }

    public void onOpenSettings(Runnable action) {
        settingsItem.setOnAction(event -> action.run());
        settingsButton.setOnAction(event -> action.run());
    }

    public void onQuit(Runnable action) {
        quitItem.setOnAction(event -> action.run());
    }

    public BooleanProperty darkThemeProperty() {
        return darkThemeItem.selectedProperty();
    }
}
