package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.service.Cancellation;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work for a background thread (HTTP, disk, database) and what to do with its outcome on the UI thread. The work
 * receives the task's cancellation so a long operation can stop between steps and its call in flight is dropped.
 * A cancelled task reports neither success nor failure, only {@link #whenDone}.
 */
public final class BackgroundTask<T> {
    private final Function<Cancellation, T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = failure -> { };
    private Runnable whenDone = () -> { };

    private BackgroundTask(Function<Cancellation, T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(Function<Cancellation, T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = handler;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    /** Runs after success, failure or cancellation; typically clears a busy flag. */
    public BackgroundTask<T> whenDone(Runnable handler) {
        this.whenDone = handler;
        return this;
    }

    T run(Cancellation cancellation) {
        return work.apply(cancellation);
    }

    void succeeded(T result, Cancellation cancellation) {
        try {
            if (!cancellation.isCancelled()) {
                onSuccess.accept(result);
            }
        } finally {
            whenDone.run();
        }
    }

    void failed(Throwable failure, Cancellation cancellation) {
        try {
            if (!cancellation.isCancelled()) {
                onFailure.accept(failure);
            }
        } finally {
            whenDone.run();
        }
    }
}
