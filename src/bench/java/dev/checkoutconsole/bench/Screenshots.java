package dev.checkoutconsole.bench;

import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionStatus;
import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.app.ConsoleComposition;
import dev.checkoutconsole.sandbox.SandboxOptions;
import dev.checkoutconsole.sandbox.SandboxServer;
import dev.checkoutconsole.service.ConnectionSettings;
import dev.checkoutconsole.service.EmbeddedSandbox;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import dev.checkoutconsole.service.Secret;
import dev.checkoutconsole.ui.common.FxDialogService;
import dev.checkoutconsole.ui.common.FxTaskExecutor;
import dev.checkoutconsole.ui.common.MainWindowView;
import dev.checkoutconsole.ui.common.UiPreferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Takes the README's screenshots of the real console (main window with a selected session, and the payment dialog
 * after a payment) on the headless Monocle platform, against an embedded sandbox with fixed seed data:
 *
 * <pre>mvn -Pbench -DskipTests -Dbench=Screenshots test-compile exec:exec [-Dbench.args="docs/screenshots"]</pre>
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", "1600x1000-32");
        Path target = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(target);
        SandboxServer server = SandboxServer.start(SandboxOptions.builder().port(0).seed(2026L).build());
        Path data = Files.createTempDirectory("screenshots");
        LocalData localData = LocalData.open(new LocalPaths(data, data.resolve("config")), Clock.systemUTC());
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        FxTaskExecutor executor = new FxTaskExecutor();
        try {
            Stage stage = onFx(() -> showConsole(server, localData, executor));
            waitFor(() -> !table(stage).getItems().isEmpty());
            onFx(() -> selectFirst(stage, CheckoutSessionStatus.ACTIVE));
            waitFor(() -> !table(stage).getItems().isEmpty() && table(stage).getItems().get(0).status().is(CheckoutSessionStatus.ACTIVE));
            onFx(() -> {
                table(stage).getSelectionModel().clearAndSelect(0);
                return null;
            });
            Thread.sleep(1500);
            save(onFx(() -> stage.getScene().snapshot(null)), target.resolve("main-window.png"));

            Button pay = (Button) stage.getScene().lookup("#sessions-split #payButton");
            waitFor(() -> !pay.isDisabled());
            Platform.runLater(pay::fire);
            waitFor(() -> dialog() != null);
            Stage dialog = dialog();
            onFx(() -> {
                ((ComboBox<?>) dialog.getScene().lookup("#methodBox")).getSelectionModel().select(0);
                ((TextField) dialog.getScene().lookup("#descriptionField")).setText("Order 1042 · paid at the front desk");
                ((Button) dialog.getScene().lookup("#submitButton")).fire();
                return null;
            });
            waitFor(() -> dialog.getScene().lookup("#resultPane").isVisible());
            Thread.sleep(800);
            save(onFx(() -> dialog.getScene().snapshot(null)), target.resolve("payment-dialog.png"));
            // Its nested event loop must end before the toolkit does.
            onFx(() -> {
                dialog.close();
                return null;
            });
            System.out.println("Screenshots written to " + target.toAbsolutePath());
        } finally {
            Platform.exit();
            executor.close();
            localData.close();
            server.close();
        }
        System.exit(0);
    }

    private static Stage showConsole(SandboxServer server, LocalData localData, FxTaskExecutor executor) {
        Application.setUserAgentStylesheet(Screenshots.class.getResource("/css/light.css").toExternalForm());
        Stage stage = new Stage();
        FxDialogService dialogs = new FxDialogService(() -> stage, null);
        EmbeddedSandbox sandbox = () -> new EmbeddedSandbox.Running() {
            @Override
            public ConnectionSettings settings() {
                return new ConnectionSettings(server.baseUrl(), ApiVersion.V2, Secret.ofNullable(server.options().apiKey()), null,
                        server.options().clientId(), Secret.ofNullable(server.options().clientSecret()));
            }

            @Override
            public void advanceClock(Duration duration) {
                server.clock().advance(duration);
            }

            @Override
            public void close() {
                // the harness closes the server
            }
        };
        ConsoleComposition composition = new ConsoleComposition(executor, dialogs, UiPreferences.inMemory(), sandbox, localData,
                Clock.systemUTC(), ZoneId.of("America/Santiago"));
        MainWindowView window = composition.buildMainWindow(stage);
        stage.setTitle("Checkout Console");
        stage.setScene(new Scene(window.root(), 1440, 880));
        stage.show();
        composition.connectToEmbeddedSandbox(() -> { });
        return stage;
    }

    @SuppressWarnings("unchecked")
    private static Void selectFirst(Stage stage, CheckoutSessionStatus status) {
        ((ComboBox<CheckoutSessionStatus>) stage.getScene().lookup("#sessions-split #statusBox")).setValue(status);
        ((Button) stage.getScene().lookup("#sessions-split #applyButton")).fire();
        return null;
    }

    @SuppressWarnings("unchecked")
    private static TableView<CheckoutSession> table(Stage stage) {
        return (TableView<CheckoutSession>) stage.getScene().lookup("#sessions-split #table");
    }

    private static Stage dialog() {
        return Window.getWindows().stream()
                .filter(window -> window instanceof Stage stage && stage.getOwner() != null && stage.isShowing())
                .map(Stage.class::cast).findFirst().orElse(null);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException failure) {
                result.completeExceptionally(failure);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the console did not get there in 30 s");
            }
            Thread.sleep(100);
        }
    }

    private static void save(WritableImage image, Path file) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
