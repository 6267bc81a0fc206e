package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.service.ActiveConnection;
import dev.checkoutconsole.service.Profile;
import dev.checkoutconsole.service.ProfileService;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * The frame around the features: which profile is connected and whether it is LIVE, and the status bar with the
 * connection state and the last call's time and traceId.
 */
public final class MainWindowViewModel {
    private final ConnectionStatus status;
    private final ProfileService profileService;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Profile> switchToProfile;
    private final ZoneId zone;
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper profileName = new ReadOnlyStringWrapper("—");
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ErrorReport> problem = new ReadOnlyObjectWrapper<>();
    /** The profile chosen in the header whose switch has not happened yet (it may never: its secrets are asked for). */
    private Profile choosing;
    /** The saved profile the active connection was opened for, as it was read then; null for the built-in one. */
    private Profile connected;

    public MainWindowViewModel(ActiveConnection connection, ConnectionStatus status, ProfileService profileService,
                               TaskExecutor executor, DialogService dialogs, Consumer<Profile> switchToProfile, ZoneId zone) {
        this.status = status;
        this.profileService = profileService;
        this.executor = executor;
        this.dialogs = dialogs;
        this.switchToProfile = switchToProfile;
        this.zone = zone;
        connection.onSwitch(target -> executor.onUiThread(() -> {
            profileName.set(target.profileName());
            live.set(target.live());
            problem.set(null);
            connected = choosing != null && choosing.name().equals(target.profileName()) ? choosing : null;
            choosing = null;
        }));
    }

    /** The profiles the header's selector offers: the embedded sandbox first, then the saved ones. */
    public ObservableList<Profile> profiles() {
        return profiles;
    }

    /** Reads the saved profiles again, in the background (after the settings changed them). */
    public void reloadProfiles() {
        executor.execute(BackgroundTask.of(cancel -> profileService.list())
                .onSuccess(read -> {
                    profiles.setAll(read);
                    problem.set(null);
                    takeEditsOfTheProfileInUse(read);
                })
                .onFailure(failure -> problem.set(ErrorReport.of(failure).during("Could not read the profiles"))));
    }

    /**
     * Edits to the profile in use (its LIVE flag, URL, credentials, operator) take effect once the settings close,
     * by connecting again: a profile just marked LIVE must not go on being treated as a sandbox until the next switch.
     */
    private void takeEditsOfTheProfileInUse(List<Profile> read) {
        if (connected == null) {
            return;
        }
        read.stream().filter(profile -> profile.name().equals(connected.name()) && !profile.equals(connected)).findFirst()
                .ifPresent(edited -> {
                    choosing = edited;
                    dialogs.notify("Connecting again to " + edited.name() + " with its saved changes"
                            + (edited.live() ? "; it is LIVE" : ""));
                    switchToProfile.accept(edited);
                });
    }

    /** A switch to the profile failed before its first call (its secrets, its settings): the header says why. */
    public void connectionFailed(String profileName, Throwable failure) {
        problem.set(ErrorReport.of(failure).during("Could not connect to " + profileName));
    }

    /**
     * What went wrong with the profiles or the last switch, shown in a banner under the header; the next switch, or
     * the next read of the profiles that works, clears it. API errors of a connected profile show where the call
     * was made instead.
     */
    public ReadOnlyObjectProperty<ErrorReport> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Connects to the chosen profile. Choosing a LIVE one asks first, because from then on deletes and refunds move
     * real money. Returns false when nothing changed.
     */
    public boolean choose(Profile profile) {
        if (profile == null || profile.name().equals(profileName.get())) {
            return false;
        }
        if (profile.live() && !dialogs.confirm("Switch to a LIVE profile",
                "Connect to " + profile.name() + "? It is LIVE: deletes and refunds there move real money.", "Connect to LIVE")) {
            return false;
        }
        choosing = profile;
        switchToProfile.accept(profile);
        return true;
    }

    public ReadOnlyStringProperty profileNameProperty() {
        return profileName.getReadOnlyProperty();
    }

    /** True on a profile that moves real money: the header shows LIVE in red. */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    public StringBinding badgeTextBinding() {
        return Bindings.when(live).then("LIVE").otherwise("SANDBOX");
    }

    /** "● Connected · Embedded sandbox · http://127.0.0.1:41234". */
    public StringBinding connectionTextBinding() {
        return Bindings.createStringBinding(() -> switch (status.stateProperty().get()) {
            case CONNECTING -> "Connecting · " + status.detailProperty().get();
            case CONNECTED -> "Connected · " + status.detailProperty().get();
            case UNREACHABLE -> "Cannot reach the server · " + status.detailProperty().get();
            case ERROR -> "Not connected · " + status.detailProperty().get();
        }, status.stateProperty(), status.detailProperty());
    }

    public ReadOnlyObjectProperty<ConnectionStatus.State> connectionStateProperty() {
        return status.stateProperty();
    }

    /** "Last call: GET /checkout-sessions → 200 in 12 ms at 14:02:11 · traceId 5f8f…". */
    public StringBinding lastCallTextBinding() {
        return Bindings.createStringBinding(() -> describe(status.lastExchangeProperty().get()), status.lastExchangeProperty());
    }

    private String describe(HttpExchange exchange) {
        if (exchange == null) {
            return "No calls yet";
        }
        String path = exchange.path();
        int query = path.indexOf('?');
        String outcome = exchange.status() == null ? "no answer (" + exchange.failure() + ")" : String.valueOf(exchange.status());
        return "Last call: " + exchange.method() + " " + (query < 0 ? path : path.substring(0, query)) + " → " + outcome
                + " in " + exchange.duration().toMillis() + " ms at " + Times.local(exchange.startedAt(), zone).substring(11)
                + (exchange.traceId() == null ? "" : " · traceId " + exchange.traceId());
    }
}
