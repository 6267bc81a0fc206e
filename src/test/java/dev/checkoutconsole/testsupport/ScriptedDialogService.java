package dev.checkoutconsole.testsupport;

import dev.checkoutconsole.ui.common.DialogService;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A DialogService for tests: it answers with what the test scripted and records every question and
 * notification, so a test can check what the user would have seen.
 */
public final class ScriptedDialogService implements DialogService {
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<String> typedAnswers = new ArrayDeque<>();
    private final List<String> questions = new CopyOnWriteArrayList<>();
    private final List<String> notifications = new CopyOnWriteArrayList<>();
    private final List<String> clipboard = new CopyOnWriteArrayList<>();
    private final List<String> openedUrls = new CopyOnWriteArrayList<>();
    private volatile Path fileToSave;

    /** The next confirmation (plain or by typing) is answered yes or no. Unscripted questions are answered no. */
    public synchronized ScriptedDialogService answer(boolean confirm) {
        confirmations.add(confirm);
        return this;
    }

    /** The next text question or typed confirmation gets this text. */
    public synchronized ScriptedDialogService type(String text) {
        typedAnswers.add(text);
        return this;
    }

    /** Where the next "save as" goes; null answers as if the user cancelled the file chooser. */
    public ScriptedDialogService saveTo(Path file) {
        this.fileToSave = file;
        return this;
    }

    @Override
    public synchronized boolean confirm(String title, String message, String confirmButtonText) {
        questions.add(title + ": " + message);
        return Boolean.TRUE.equals(confirmations.poll());
    }

    @Override
    public synchronized boolean confirmByTyping(String title, String message, String expected) {
        questions.add(title + ": " + message);
        return expected.equals(typedAnswers.poll());
    }

    @Override
    public synchronized Optional<String> askText(String title, String prompt) {
        questions.add(title + ": " + prompt);
        return Optional.ofNullable(typedAnswers.poll());
    }

    @Override
    public synchronized Optional<String> askSecret(String title, String prompt) {
        questions.add(title + ": " + prompt);
        return Optional.ofNullable(typedAnswers.poll());
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
        openedUrls.add(url);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    public List<String> questions() {
        return new ArrayList<>(questions);
    }

    public List<String> notifications() {
        return new ArrayList<>(notifications);
    }

    public List<String> clipboard() {
        return new ArrayList<>(clipboard);
    }

    public List<String> openedUrls() {
        return new ArrayList<>(openedUrls);
    }
}
