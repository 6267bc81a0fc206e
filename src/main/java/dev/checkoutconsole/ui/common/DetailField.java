package dev.checkoutconsole.ui.common;

/**
 * One labelled value of a detail view. {@code hint} is shown on hover (the UTC form of a local time, say);
 * {@code copyable} values get a copy button.
 */
public record DetailField(String label, String value, String hint, boolean copyable) {

    public static DetailField of(String label, Object value) {
        return new DetailField(label, value == null ? "" : value.toString(), null, false);
    }

    public static DetailField copyable(String label, String value) {
        return new DetailField(label, value == null ? "" : value, null, value != null && !value.isEmpty());
    }

    public static DetailField withHint(String label, String value, String hint) {
        return new DetailField(label, value, hint, false);
    }
}
