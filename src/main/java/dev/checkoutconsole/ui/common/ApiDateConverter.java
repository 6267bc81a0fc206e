package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.api.model.ApiDate;
import javafx.util.StringConverter;

import java.time.LocalDate;

/** Shows and reads dates in the API's dd/mm/yyyy form, so what the user types is what the filter sends. */
public final class ApiDateConverter extends StringConverter<LocalDate> {

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : ApiDate.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        return text == null || text.isBlank() ? null : ApiDate.parse("date", text);
    }
}
