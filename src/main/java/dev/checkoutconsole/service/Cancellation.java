package dev.checkoutconsole.service;

import dev.checkoutconsole.api.ApiCall;
import dev.checkoutconsole.api.model.CallCancelledException;

import java.util.ArrayList;
import java.util.List;

/**
 * Lets the user stop an operation that may span several calls (an export, a bulk delete). The operation checks
 * it between steps; the call in flight is cancelled at once.
 */
public final class Cancellation {
    private final List<Runnable> onCancel = new ArrayList<>();
    private boolean cancelled;

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(onCancel);
            onCancel.clear();
        }
        toRun.forEach(Runnable::run);
    }

    /** Stops the operation here if the user cancelled it. */
    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new CallCancelledException("Cancelled");
        }
    }

    /** Runs one API call so that cancelling this token cancels the call too. */
    <T> T run(ApiCall<T> call) {
        Runnable cancelCall = call::cancel;
        synchronized (this) {
            if (cancelled) {
                throw new CallCancelledException("Cancelled before the request was sent");
            }
            onCancel.add(cancelCall);
        }
        try {
            return call.execute();
        } finally {
            synchronized (this) {
                onCancel.remove(cancelCall);
            }
        }
    }
}
