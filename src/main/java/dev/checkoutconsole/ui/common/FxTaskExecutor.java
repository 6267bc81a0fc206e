package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.service.Cancellation;
import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs tasks on daemon background threads and hands their outcome to the JavaFX application thread. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService pool;

    public FxTaskExecutor() {
        AtomicInteger counter = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "background-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> Cancellation execute(BackgroundTask<T> task) {
        Cancellation cancellation = new Cancellation();
        pool.execute(() -> {
            try {
                T result = task.run(cancellation);
                Platform.runLater(() -> task.succeeded(result, cancellation));
            } catch (RuntimeException | Error failure) {
                Platform.runLater(() -> task.failed(failure, cancellation));
            }
        });
        return cancellation;
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(2, TimeUnit.SECONDS);
    }
}
