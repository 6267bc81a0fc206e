package dev.checkoutconsole.ui.common;

import javafx.scene.control.DatePicker;

import java.util.function.Consumer;

/** Date pickers take a typed date only once it is committed; the filter views commit before they apply. */
public final class DatePickers {
    private DatePickers() {
    }

    /** Commits what was typed into each picker; false, after telling {@code unreadable} why, when one does not read. */
    public static boolean commitTyped(Consumer<String> unreadable, DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            String typed = picker.getEditor().getText();
            try {
                picker.setValue(typed == null || typed.isBlank() ? null : picker.getConverter().fromString(typed));
            } catch (RuntimeException invalid) {
                unreadable.accept(invalid.getMessage());
                return false;
            }
        }
        return true;
    }
}
