package dev.checkoutconsole.app;

import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.ui.common.FxDialogService;
import dev.checkoutconsole.ui.common.FxTaskExecutor;
import dev.checkoutconsole.ui.common.MainWindowView;
import dev.checkoutconsole.ui.common.UiPreferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The desktop console. It opens on the sessions view connected to the embedded sandbox, and logs
 * {@code ready in N ms} (from JVM start) once the first page of sessions is on screen.
 */
public final class ConsoleApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApplication.class);
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private FxTaskExecutor executor;
    private ConsoleComposition composition;
    private LocalData localData;

    @Override
    public void start(Stage stage) {
        UiPreferences preferences = UiPreferences.inMemory();
        ConsoleTheme.apply(preferences.getBoolean(ConsoleTheme.PREFERENCE));
        localData = LocalData.open(LocalPaths.ofThisUser(null), Clock.systemUTC());
        executor = new FxTaskExecutor();
        MainWindowView[] mainWindow = new MainWindowView[1];
        FxDialogService dialogs = new FxDialogService(() -> stage, () -> mainWindow[0].notificationLayer(), getHostServices());
        composition = new ConsoleComposition(executor, dialogs, preferences, new EmbeddedSandboxServer(),
                localData, Clock.systemUTC(), ZoneId.systemDefault());
        mainWindow[0] = composition.buildMainWindow(stage);
        MainWindowView window = mainWindow[0];
        window.darkThemeProperty().set(preferences.getBoolean(ConsoleTheme.PREFERENCE));
        window.darkThemeProperty().addListener((observable, old, dark) -> {
            ConsoleTheme.apply(dark);
            preferences.put(ConsoleTheme.PREFERENCE, String.valueOf(dark));
        });
        window.onQuit(Platform::exit);

        stage.setTitle("Checkout Console");
        stage.setScene(new Scene(window.root(),
                preferences.getDouble(WIDTH).orElse(1440.0),
                preferences.getDouble(HEIGHT).orElse(880.0)));
        stage.setMaximized(preferences.getBoolean(MAXIMIZED));
        stage.setOnHiding(event -> {
            preferences.put(MAXIMIZED, String.valueOf(stage.isMaximized()));
            if (!stage.isMaximized()) {
                preferences.put(WIDTH, String.valueOf(stage.getWidth()));
                preferences.put(HEIGHT, String.valueOf(stage.getHeight()));
            }
        });
        stage.show();
        composition.connectToEmbeddedSandbox(() ->
                LOG.info("ready in {} ms", System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    @Override
    public void stop() throws InterruptedException {
        if (composition != null) {
            composition.close();
        }
        if (executor != null) {
            executor.close();
        }
        if (localData != null) {
            localData.close();
        }
    }
}
