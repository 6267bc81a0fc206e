package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.service.SessionTimeline;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneId;

/**
 * A session's life drawn as a vertical timeline: one row per event, oldest first, with its local time (UTC on
 * hover). A time the API does not give exactly is marked "≈". Usable from FXML; the controller gives it the
 * view-model's events.
 */
public final class TimelineView extends VBox {
    private final Label placeholder = new Label("No events yet");
    private final ListChangeListener<SessionTimeline.Event> onChange = change -> rebuild();
    private ObservableList<SessionTimeline.Event> items;
    private ZoneId zone = ZoneId.systemDefault();

    public TimelineView() {
        getStyleClass().add("timeline");
        setSpacing(2);
        placeholder.getStyleClass().add("text-muted");
        getChildren().add(placeholder);
    }

    /** Shows these events and follows their changes. */
    public void setItems(ObservableList<SessionTimeline.Event> events) {
        if (items != null) {
            items.removeListener(onChange);
        }
        items = events;
        items.addListener(onChange);
        rebuild();
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
        rebuild();
    }

    public void setPlaceholderText(String text) {
        placeholder.setText(text);
    }

    private void rebuild() {
        if (items == null || items.isEmpty()) {
            getChildren().setAll(placeholder);
            return;
        }
        getChildren().clear();
        for (SessionTimeline.Event event : items) {
            getChildren().add(entry(event));
        }
    }

    private HBox entry(SessionTimeline.Event event) {
        FontIcon dot = new FontIcon(icon(event.kind()));
        dot.getStyleClass().addAll("timeline-dot", "timeline-" + tone(event.kind()));
        Label title = new Label(title(event.kind()));
        title.getStyleClass().add("timeline-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label time = new Label((event.approximate() ? "≈ " : "") + Times.local(event.at(), zone));
        time.getStyleClass().add("timeline-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        time.setTooltip(new Tooltip(Times.utc(event.at()) + (event.approximate() ? " (approximate: the API gives no exact time)" : "")));
        Label detail = new Label(event.detail() == null ? "" : event.detail());
        detail.getStyleClass().addAll("timeline-detail", "text-muted");
        HBox.setHgrow(detail, Priority.ALWAYS);
        HBox row = new HBox(8, dot, time, title, detail);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("timeline-entry");
        return row;
    }

    /** What an event is called on screen. */
    public static String title(SessionTimeline.Kind kind) {
        return switch (kind) {
            case CREATED -> "Created";
            case PAYMENT_CREATED -> "Payment created";
            case AUTHORIZED -> "Authorized";
            case CAPTURED -> "Captured";
            case RECEIVED -> "Received";
            case SETTLED -> "Settled";
            case FAILED -> "Failed";
            case EXPIRED -> "Expired";
            case REFUNDED -> "Refunded";
            case REFRESHED -> "Refreshed";
            case DELETED -> "Deleted";
        };
    }

    private static String icon(SessionTimeline.Kind kind) {
        return switch (kind) {
            case SETTLED -> "mdal-check_circle";
            case FAILED, DELETED -> "mdal-cancel";
            case EXPIRED -> "mdal-access_time";
            case REFRESHED -> "mdmz-refresh";
            case REFUNDED -> "mdal-assignment_return";
            default -> "mdal-lens";
        };
    }

    private static String tone(SessionTimeline.Kind kind) {
        return switch (kind) {
            case SETTLED -> "done";
            case FAILED, DELETED, EXPIRED -> "closed";
            default -> "progress";
        };
    }
}
