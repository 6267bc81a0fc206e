package dev.checkoutconsole.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

import java.util.function.Supplier;

/**
 * Holds a placeholder until its view is first needed, then builds the view once and shows it instead. A view that is
 * empty at start (the detail pane, before anything is selected) then costs nothing before the first frame.
 */
public final class DeferredPane extends StackPane {
    private Supplier<? extends Node> view;

    public DeferredPane(String placeholderText, Supplier<? extends Node> view) {
        this.view = view;
        Label placeholder = new Label(placeholderText);
        placeholder.getStyleClass().add("text-muted");
        placeholder.setWrapText(true);
        getChildren().setAll(placeholder);
    }

    /** Builds the view unless it is already built. */
    public void build() {
        if (view != null) {
            Supplier<? extends Node> building = view;
            view = null;
            getChildren().setAll(building.get());
        }
    }
}
