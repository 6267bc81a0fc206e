package dev.checkoutconsole.api.model;

/** Input refused before any request is sent. The message always names the field. */
public final class InvalidInputException extends IllegalArgumentException {
    private final String field;

    public InvalidInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
