package dev.checkoutconsole.api;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/** An ApiCall that runs its work once, under a CallControl that cancel() trips. */
final class PreparedCall<T> implements ApiCall<T> {
    private final String description;
    private final Function<CallControl, T> work;
    private final CallControl control;
    private final AtomicBoolean started = new AtomicBoolean();

    PreparedCall(String description, Function<CallControl, T> work) {
        this.description = description;
        this.work = work;
        this.control = new CallControl(description);
    }

    @Override
    public T execute() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("An ApiCall runs once; prepare a new one for " + description);
        }
        control.throwIfCancelled();
        return work.apply(control);
    }

    @Override
    public void cancel() {
        control.cancel();
    }

    @Override
    public String toString() {
        return "ApiCall[" + description + "]";
    }
}
