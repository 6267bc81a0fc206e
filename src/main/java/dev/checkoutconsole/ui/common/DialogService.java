package dev.checkoutconsole.ui.common;

/**
 * Everything a view-model may ask of the user or the desktop. The application shows real dialogs; tests replace
 * it with answers of their own.
 */
public interface DialogService {

    /** Asks a yes/no question; true when the user confirms. */
    boolean confirm(String title, String message, String confirmButtonText);

    /** Asks the user to type {@code expected} to confirm (LIVE deletes). True only on an exact match. */
    boolean confirmByTyping(String title, String message, String expected);

    void showError(String title, ErrorReport report);

    /** Asks for one line of text; empty when the user cancels. */
    java.util.Optional<String> askText(String title, String prompt);

    /** Asks where to save a file, suggesting {@code suggestedName}; empty when the user cancels. */
    java.util.Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName);

    /** A short notification that goes away by itself. */
    void notify(String message);

    void copyToClipboard(String text);

    void openInBrowser(String url);
}
