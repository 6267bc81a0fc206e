package dev.checkoutconsole.app;

import dev.checkoutconsole.service.EmbeddedSandbox;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.ui.common.FxDialogService;
import dev.checkoutconsole.ui.common.FxTaskExecutor;
import dev.checkoutconsole.ui.common.MainWindowView;
import dev.checkoutconsole.ui.common.StoredUiPreferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The desktop console. It opens on the sessions view connected to the embedded sandbox, and logs
 * {@code ready in N ms} (from JVM start; from the first JVM's, when relaunched) once the first page of sessions is on
 * screen.
 */
public final class ConsoleApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApplication.class);
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private EmbeddedSandbox embeddedSandbox;
    private LocalData localData;
    private StoredUiPreferences preferences;
    private RuntimeException localDataProblem;
    private FxTaskExecutor executor;
    private ConsoleComposition composition;

    /**
     * Starts the embedded sandbox in the background and opens the local data on the launcher thread, so the FX thread
     * never waits on either at start.
     */
    @Override
    public void init() {
        embeddedSandbox = new EarlyStartedSandbox(new EmbeddedSandboxServer());
        try {
            localData = LocalData.open(LocalPaths.ofThisUser(null), Clock.systemUTC());
            preferences = StoredUiPreferences.load(localData.uiState());
        } catch (RuntimeException failure) {
            localDataProblem = failure;
        }
    }

    @Override
    public void start(Stage stage) {
        if (localDataProblem != null) {
            refuseToStart(localDataProblem);
            return;
        }
        ConsoleTheme.apply(preferences.getBoolean(ConsoleTheme.PREFERENCE));
        executor = new FxTaskExecutor();
        FxDialogService dialogs = new FxDialogService(() -> stage, getHostServices());
        composition = new ConsoleComposition(executor, dialogs, preferences, embeddedSandbox,
                localData, Clock.systemUTC(), ZoneId.systemDefault());
        // Connecting first lets the first page load while the window is built; it is shown once start() returns.
        composition.connectToEmbeddedSandbox(() ->
                LOG.info("ready in {} ms", System.currentTimeMillis() - TunedJvmRelaunch.launchedAtMillis()));
        MainWindowView window = composition.buildMainWindow(stage);
        window.darkThemeProperty().set(preferences.getBoolean(ConsoleTheme.PREFERENCE));
        window.darkThemeProperty().addListener((observable, old, dark) -> {
            ConsoleTheme.apply(dark);
            preferences.put(ConsoleTheme.PREFERENCE, String.valueOf(dark));
        });
        // Hiding first, so that Quit saves the window's size as closing it does; Platform.exit alone hides nothing.
        window.onQuit(() -> {
            stage.hide();
            Platform.exit();
        });

        stage.setTitle("Checkout Console");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(window.root(),
                preferences.getDouble(WIDTH, 640, screen.getWidth()).orElse(Math.min(1440.0, screen.getWidth())),
                preferences.getDouble(HEIGHT, 400, screen.getHeight()).orElse(Math.min(880.0, screen.getHeight()))));
        stage.setMaximized(preferences.getBoolean(MAXIMIZED));
        stage.setOnHiding(event -> {
            preferences.put(MAXIMIZED, String.valueOf(stage.isMaximized()));
            if (!stage.isMaximized()) {
                preferences.put(WIDTH, String.valueOf(stage.getWidth()));
                preferences.put(HEIGHT, String.valueOf(stage.getHeight()));
            }
        });
        stage.show();
    }

    /**
     * A damaged, locked or too-new database is never replaced by an empty one: the console says what is wrong and
     * where, and stops, so the file can be repaired or moved aside.
     */
    private void refuseToStart(RuntimeException problem) {
        String message = LocalData.problemOf(problem).orElse("The local data could not be opened: " + problem.getMessage());
        LOG.error("{}", message);
        Alert alert = new Alert(Alert.AlertType.ERROR, message + "\n\nThe console did not change the file. Move it aside or "
                + "use another data folder (CHECKOUT_CONSOLE_DATA_DIR), then start again.");
        alert.setTitle("Checkout Console cannot start");
        alert.setHeaderText("The console's local data cannot be used");
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() throws InterruptedException {
        if (composition != null) {
            composition.close();
        } else if (embeddedSandbox != null && localDataProblem != null) {
            // Refused to start: the sandbox begun in init() still holds its port and threads.
            embeddedSandbox.start().close();
        }
        if (executor != null) {
            executor.close();
        }
        if (preferences != null) {
            preferences.close();
        }
        if (localData != null) {
            localData.close();
        }
    }
}
