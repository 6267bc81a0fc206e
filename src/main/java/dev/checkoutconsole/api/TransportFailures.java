package dev.checkoutconsole.api;

import dev.checkoutconsole.api.ClientConfig.Timeouts;
import dev.checkoutconsole.api.model.CallTimeoutException;
import dev.checkoutconsole.api.model.ConnectionFailedException;
import dev.checkoutconsole.api.model.ConomyException;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Says in plain words why an HTTP attempt got no answer, and whether trying a safe request again could help:
 * a connection that could not be made or was dropped may work next time; a server too slow to answer will
 * most likely be as slow again, so read and call timeouts are not retried.
 */
final class TransportFailures {
    private final Timeouts timeouts;

    TransportFailures(Timeouts timeouts) {
        this.timeouts = timeouts;
    }

    /** The failure of one attempt, and whether a safe request may be sent again. */
    record Failure(ConomyException exception, boolean transientForSafeRequests) {
    }

    Failure translate(IOException e, ConnectionProgress progress, String host, ApiRequest request) {
        if (e instanceof SocketTimeoutException && !progress.connected()) {
            return new Failure(new CallTimeoutException("Timed out connecting to " + host + " (connect timeout "
                    + seconds(timeouts.connect()) + ") on " + request, e), true);
        }
        if (e instanceof SocketTimeoutException) {
            return new Failure(new CallTimeoutException(host + " did not answer within the read timeout ("
                    + seconds(timeouts.read()) + ") on " + request, e), false);
        }
        if (e instanceof InterruptedIOException) {
            // OkHttp's whole-call timeout cancels the call and reports a plain InterruptedIOException.
            return new Failure(new CallTimeoutException("The call to " + host + " did not finish within the call timeout ("
                    + seconds(timeouts.call()) + ") on " + request, e), false);
        }
        return new Failure(new ConnectionFailedException("Cannot reach " + host + ": " + reason(e, progress)
                + " on " + request, e), true);
    }

    private static String reason(IOException e, ConnectionProgress progress) {
        Throwable root = rootCause(e);
        if (root instanceof UnknownHostException) {
            return "unknown host";
        }
        if (root instanceof NoRouteToHostException) {
            return "no route to host";
        }
        if (root instanceof ConnectException) {
            return "connection refused (" + message(root) + ")";
        }
        if (root instanceof SSLException) {
            return "TLS handshake failed (" + message(root) + ")";
        }
        if (progress.connected()) {
            return "the connection was closed before the answer was complete (" + message(e) + ")";
        }
        return message(e);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current instanceof IOException ? current : e;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
