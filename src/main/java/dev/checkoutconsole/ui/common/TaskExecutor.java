package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.service.Cancellation;

/**
 * The one place where work leaves the UI thread and results come back to it. The application runs work on a
 * background pool; view-model tests run everything on the calling thread.
 */
public interface TaskExecutor {

    /** Starts the task and returns its cancellation. */
    <T> Cancellation execute(BackgroundTask<T> task);

    /** Runs an action on the UI thread, for events that arrive on other threads. */
    void onUiThread(Runnable action);

    /** Work on the calling thread, outcome on the calling thread: for tests, which then need no toolkit. */
    static TaskExecutor sameThread() {
        return new TaskExecutor() {
            @Override
            public <T> Cancellation execute(BackgroundTask<T> task) {
                Cancellation cancellation = new Cancellation();
                T result;
                try {
                    result = task.run(cancellation);
                } catch (RuntimeException | Error failure) {
                    task.failed(failure, cancellation);
                    return cancellation;
                }
                task.succeeded(result, cancellation);
                return cancellation;
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
            }
        };
    }
}
