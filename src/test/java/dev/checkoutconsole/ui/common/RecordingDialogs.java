package dev.checkoutconsole.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A DialogService for tests: records what was copied, notified and shown; saves to the file the test names. */
public final class RecordingDialogs implements DialogService {
    public final List<String> clipboard = new CopyOnWriteArrayList<>();
    public final List<String> notifications = new CopyOnWriteArrayList<>();
    public final List<ErrorReport> errors = new CopyOnWriteArrayList<>();
    public volatile Path fileToSave;

    @Override
    public boolean confirm(String title, String message, String confirmButtonText) {
        throw new AssertionError("unexpected confirmation: " + title);
    }

    @Override
    public boolean confirmByTyping(String title, String message, String expected) {
        throw new AssertionError("unexpected confirmation: " + title);
    }

    @Override
    public void showError(String title, ErrorReport report) {
        errors.add(report);
    }

    @Override
    public Optional<String> askText(String title, String prompt) {
        throw new AssertionError("unexpected question: " + title);
    }

    @Override
    public void notify(String message) {
        notifications.add(message);
    }

    @Override
    public void copyToClipboard(String text) {
        clipboard.add(text);
    }

    @Override
    public void openInBrowser(String url) {
        throw new AssertionError("unexpected browser: " + url);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }
}
