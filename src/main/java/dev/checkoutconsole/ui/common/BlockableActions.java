package dev.checkoutconsole.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;

/**
 * An action that is allowed only in some states: its button is disabled while the view-model gives a reason, and the
 * tooltip says that reason (or what the action does). A disabled control receives no mouse events, so the tooltip is
 * also installed on the button's holder: each such button sits alone in a holder of its own in the FXML.
 */
public final class BlockableActions {
    private BlockableActions() {
    }

    public static void bind(ButtonBase button, Tooltip tooltip, StringBinding blockedReason, String whenAllowed) {
        button.disableProperty().bind(blockedReason.isNotNull());
        tooltip.textProperty().bind(Bindings.when(blockedReason.isNull()).then(whenAllowed).otherwise(blockedReason));
        Tooltip.install(button.getParent(), tooltip);
    }
}
