package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.service.Cancellation;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A TaskExecutor for tests that need work to really run in the background, e.g. to stop it midway: tasks run on
 * their own threads; outcomes and UI actions queue up until the test thread, playing the UI thread, runs them.
 */
public final class QueuedUiExecutor implements TaskExecutor {
    private final BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();

    @Override
    public <T> Cancellation execute(BackgroundTask<T> task) {
        Cancellation cancellation = new Cancellation();
        Thread worker = new Thread(() -> {
            try {
                T result = task.run(cancellation);
                uiThread.add(() -> task.succeeded(result, cancellation));
            } catch (RuntimeException | Error failure) {
                uiThread.add(() -> task.failed(failure, cancellation));
            }
        }, "test-background");
        worker.setDaemon(true);
        worker.start();
        return cancellation;
    }

    @Override
    public void onUiThread(Runnable action) {
        uiThread.add(action);
    }

    /** Runs queued UI actions on the calling thread until {@code done} holds; fails after {@code timeout}. */
    public void runUntil(String what, BooleanSupplier done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Runnable next = uiThread.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            if (next != null) {
                next.run();
            }
        }
    }
}
