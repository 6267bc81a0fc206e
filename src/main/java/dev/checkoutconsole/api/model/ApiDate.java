package dev.checkoutconsole.api.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The API's dd/mm/yyyy date form, used by every startDate/endDate filter. */
public final class ApiDate {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private ApiDate() {
    }

    public static String format(LocalDate date) {
        return FORMAT.format(date);
    }

    /** Parses a dd/mm/yyyy date; the field name goes into the error. */
    public static LocalDate parse(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.trim(), FORMAT);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date as dd/mm/yyyy, not '" + text + "'");
        }
    }
}
