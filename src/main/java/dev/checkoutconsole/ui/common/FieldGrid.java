package dev.checkoutconsole.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/** Lays labelled values out in a two-column grid; values can be selected, and copyable ones get a copy button. */
public final class FieldGrid {
    /** Values this long may not fit the value column at the default width; hovering shows them whole. */
    private static final int LONGER_THAN_THE_COLUMN = 40;

    private FieldGrid() {
    }

    public static void fill(GridPane grid, List<DetailField> fields, DialogService dialogs) {
        grid.getChildren().clear();
        int row = 0;
        for (DetailField field : fields) {
            Label label = new Label(field.label());
            label.getStyleClass().add(Styles.TEXT_MUTED);
            TextField value = new TextField(field.value());
            value.setEditable(false);
            value.getStyleClass().add("field-value");
            value.setId("field-" + field.label());
            if (field.value().length() > LONGER_THAN_THE_COLUMN) {
                value.setTooltip(new Tooltip(field.value()));
            }
            GridPane.setHgrow(value, Priority.ALWAYS);
            grid.addRow(row, label, value);
            if (field.copyable()) {
                Button copy = new Button(null, new FontIcon("mdal-content_copy"));
                copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
                copy.setTooltip(new Tooltip("Copy " + field.label()));
                copy.setOnAction(event -> {
                    dialogs.copyToClipboard(field.value());
                    dialogs.notify("Copied " + field.label());
                });
                grid.add(copy, 2, row);
            }
            row++;
        }
    }
}
