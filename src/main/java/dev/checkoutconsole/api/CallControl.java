package dev.checkoutconsole.api;

import dev.checkoutconsole.api.model.CallCancelledException;
import okhttp3.Call;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * The cancellation state of one ApiCall. cancel() may come from any thread: it aborts the HTTP exchange in
 * flight, and wakes a caller waiting between retries or for a token another call is fetching.
 */
final class CallControl {
    private final String description;
    private boolean cancelled;
    private Call inFlight;

    CallControl(String description) {
        this.description = description;
    }

    void cancel() {
        Call toAbort;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toAbort = inFlight;
            notifyAll();
        }
        if (toAbort != null) {
            toAbort.cancel();
        }
    }

    synchronized boolean isCancelled() {
        return cancelled;
    }

    void throwIfCancelled() {
        if (isCancelled()) {
            throw cancelledException();
        }
    }

    /** Registers the exchange about to run, so that cancel() can abort it; refuses if already cancelled. */
    void attach(Call call) {
        synchronized (this) {
            if (!cancelled) {
                inFlight = call;
                return;
            }
        }
        throw cancelledException();
    }

    synchronized void detach() {
        inFlight = null;
    }

    /** Waits for the delay, returning early with CallCancelledException if the call is cancelled meanwhile. */
    void pause(Duration delay) {
        long deadline = System.nanoTime() + delay.toNanos();
        synchronized (this) {
            while (!cancelled) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                waitInterruptibly(left);
            }
        }
        throw cancelledException();
    }

    /** Waits for a result another thread produces; a failure there is rethrown here. */
    <T> T await(CompletableFuture<T> result) {
        result.whenComplete((value, failure) -> {
            synchronized (this) {
                notifyAll();
            }
        });
        synchronized (this) {
            while (!result.isDone() && !cancelled) {
                waitInterruptibly(0);
            }
        }
        if (!result.isDone()) {
            throw cancelledException();
        }
        try {
            return result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    CallCancelledException cancelledException() {
        return new CallCancelledException("Cancelled: " + description);
    }

    /** An interrupted caller (e.g. an executor shutting down) counts as a cancellation. Holds the monitor. */
    private void waitInterruptibly(long nanos) {
        try {
            if (nanos > 0) {
                TimeUnit.NANOSECONDS.timedWait(this, nanos);
            } else {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        }
    }
}
