package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.api.model.ApiDate;
import dev.checkoutconsole.api.model.InvalidInputException;
import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * A date picker for one of the API's dd/mm/yyyy filters, so what the user types is what the filter sends. A date
 * that does not read is reported in the name of its field ("start date: must be a date as dd/mm/yyyy, …") and left
 * in the field, never dropped: the picker itself would swallow the parse error on leaving the field and put the
 * previous date back, and the filter the user typed would silently be left out.
 */
public final class ApiDateInput {
    private final DatePicker picker;
    private final String field;
    private final Consumer<String> unreadable;

    public ApiDateInput(DatePicker picker, String field, Consumer<String> unreadable) {
        this.picker = picker;
        this.field = field;
        this.unreadable = unreadable;
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : ApiDate.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return parse(text);
                } catch (InvalidInputException invalid) {
                    unreadable.accept(invalid.getMessage());
                    // The picker puts the previous date's text back once this returns; the typed text goes back after it.
                    Platform.runLater(() -> picker.getEditor().setText(text));
                    return picker.getValue();
                }
            }
        });
    }

    /** Takes what was typed as the picker's date; false, after reporting why, when it does not read. */
    public boolean commit() {
        try {
            picker.setValue(parse(picker.getEditor().getText()));
            return true;
        } catch (InvalidInputException invalid) {
            unreadable.accept(invalid.getMessage());
            return false;
        }
    }

    private LocalDate parse(String text) {
        return text == null || text.isBlank() ? null : ApiDate.parse(field, text);
    }
}
