package dev.checkoutconsole.ui.common;

/**
 * Everything a view-model may ask of the user or the desktop. The application shows real dialogs; tests replace
 * it with answers of their own. Errors are not among them: each view shows its own inline, where it happened.
 */
public interface DialogService {

    /** Asks a yes/no question; true when the user confirms. */
    boolean confirm(String title, String message, String confirmButtonText);

    /** Asks the user to type {@code expected} to confirm (LIVE deletes). True only on an exact match. */
    boolean confirmByTyping(String title, String message, String expected);

    /** Asks for one line of text; empty when the user cancels. */
    java.util.Optional<String> askText(String title, String prompt);

    /** Asks for a secret in a masked field; empty when the user cancels. */
    java.util.Optional<String> askSecret(String title, String prompt);

    /** A short notification that goes away by itself. */
    void notify(String message);

    void copyToClipboard(String text);

    void openInBrowser(String url);

    /**
     * Asks where to save a file, suggesting a name; empty when the user cancels. A service that cannot show a file
     * chooser (a test's) answers as if the user cancelled.
     */
    default java.util.Optional<java.nio.file.Path> chooseFileToSave(String title, String suggestedName) {
        return java.util.Optional.empty();
    }
}
