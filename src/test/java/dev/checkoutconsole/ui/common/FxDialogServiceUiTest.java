package dev.checkoutconsole.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real notifications: ControlsFX pop-ups over the console's window that go away by themselves. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceUiTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        Scene scene = new Scene(new StackPane(new Label("console")), 800, 500);
        // The theme on this scene only, as the app's user-agent theme would leak into the other tests of this JVM.
        scene.getStylesheets().add(FxDialogServiceUiTest.class.getResource("/css/light.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aNotificationPopsUpOverTheWindowWithItsTextAndHidesByItself(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(() -> owner, null);

        robot.interact(() -> dialogs.notify("Copied 6b10a161e5efd9f601ba3340"));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notificationPopups().size() == 1);
        PopupWindow popup = notificationPopups().get(0);
        assertThat(popup.getOwnerWindow()).isSameAs(owner);
        assertThat(popup.getScene().getRoot().lookupAll(".label")).anySatisfy(node ->
                assertThat(((Label) node).getText()).isEqualTo("Copied 6b10a161e5efd9f601ba3340"));
        List<String> stylesheets = owner.getScene().getStylesheets();
        assertThat(stylesheets).as("the theme's notification styles come after ControlsFX's own, so they win")
                .anyMatch(sheet -> sheet.endsWith("/css/notifications.css"))
                .last().asString().endsWith("/css/notifications.css");
        assertThat(stylesheets.get(0)).endsWith("notificationpopup.css");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notificationPopups().isEmpty());
    }

    private static List<PopupWindow> notificationPopups() {
        return Window.getWindows().stream()
                .filter(window -> window instanceof PopupWindow && window.isShowing())
                .map(PopupWindow.class::cast)
                .filter(popup -> !popup.getScene().getRoot().lookupAll(".notification-bar").isEmpty())
                .toList();
    }
}
