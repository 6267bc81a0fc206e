package dev.checkoutconsole.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What a view shows where its content would be when there is none: an icon, a title and, when set, a hint on what
 * to do. Styled by {@code .empty-state} in console.css; the view decides when it is visible.
 */
public final class EmptyState extends VBox {
    private final FontIcon icon = new FontIcon();
    private final Label title = new Label();
    private final Label hint = new Label();

    public EmptyState() {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(8);
        setPadding(new Insets(14, 24, 14, 24));
        title.getStyleClass().add("title-4");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setTextAlignment(TextAlignment.CENTER);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(icon, title);
    }

    public String getIconLiteral() {
        return icon.getIconLiteral();
    }

    public void setIconLiteral(String literal) {
        icon.setIconLiteral(literal);
    }

    public String getTitle() {
        return title.getText();
    }

    public void setTitle(String text) {
        title.setText(text);
    }

    public String getHint() {
        return hint.getText();
    }

    public void setHint(String text) {
        hint.setText(text);
        if (!getChildren().contains(hint)) {
            getChildren().add(hint);
        }
    }
}
