package dev.checkoutconsole.testsupport;

import dev.checkoutconsole.app.ConsoleComposition;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.ui.common.DialogService;
import dev.checkoutconsole.ui.common.FxTaskExecutor;
import dev.checkoutconsole.ui.common.UiPreferences;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The whole console window for a TestFX test: the real composition and FXML on the test's stage, connected to a
 * SandboxFixture, with a real local data folder and the test's DialogService. Open it in the {@code @Start} method and
 * close it after each test.
 */
public final class ConsoleWindow {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final CountDownLatch firstPage = new CountDownLatch(1);
    private final LocalData localData;
    private final ConsoleComposition composition;
    private volatile FirstFrame firstFrame;

    /** What the scene held when the console called its first page shown: rows with a session, and the detail view. */
    public record FirstFrame(long sessionRowsLaidOut, boolean detailViewBuilt) {
    }

    private ConsoleWindow(Stage stage, SandboxFixture sandbox, Path folder, DialogService dialogs) {
        localData = LocalData.open(new LocalPaths(folder, folder.resolve("config")), Clock.systemUTC());
        composition = new ConsoleComposition(executor, dialogs, UiPreferences.inMemory(), sandbox.asEmbeddedSandbox(),
                localData, Clock.systemUTC(), ZoneId.of("America/Santiago"));
        stage.setScene(new Scene(composition.buildMainWindow(stage).root(), 1400, 860));
        stage.show();
        composition.connectToEmbeddedSandbox(() -> {
            Parent root = stage.getScene().getRoot();
            firstFrame = new FirstFrame(
                    root.lookupAll(".table-row-cell").stream()
                            .filter(node -> node instanceof TableRow<?> row && row.getItem() != null && row.getHeight() > 0).count(),
                    root.lookup("#titleLabel") != null);
            firstPage.countDown();
        });
    }

    public static ConsoleWindow show(Stage stage, SandboxFixture sandbox, Path folder, DialogService dialogs) {
        return new ConsoleWindow(stage, sandbox, folder, dialogs);
    }

    public ConsoleComposition composition() {
        return composition;
    }

    public LocalData localData() {
        return localData;
    }

    /** True once the first page of sessions (or its empty or error state) is on screen, within 15 s. */
    public boolean awaitFirstPage() throws InterruptedException {
        return firstPage.await(15, TimeUnit.SECONDS);
    }

    /** Set once the first page is shown. */
    public FirstFrame firstFrame() {
        return firstFrame;
    }

    /**
     * Hides any dialog a failed test left open (it would otherwise resume its caller after the executor is gone),
     * then closes the console, its executor and its local data.
     */
    public void close(FxRobot robot) throws InterruptedException {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(window -> window instanceof Stage stage && stage.getOwner() != null)
                .forEach(Window::hide));
        composition.close();
        executor.close();
        localData.close();
    }
}
