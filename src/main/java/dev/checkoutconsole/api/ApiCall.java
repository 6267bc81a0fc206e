package dev.checkoutconsole.api;

import dev.checkoutconsole.api.model.ConomyException;

/**
 * One prepared API call. Nothing is sent until {@link #execute()}; {@link #cancel()} may be called from any
 * thread, before or during execution, including while a retry is waiting.
 */
public interface ApiCall<T> {

    /**
     * Sends the request (with the retries its method allows) and returns the parsed answer.
     *
     * @throws ConomyException the server's error, a connection failure, a timeout or a cancellation
     */
    T execute();

    void cancel();
}
