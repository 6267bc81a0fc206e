package dev.checkoutconsole.api;

import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;

/**
 * How far one HTTP attempt got, so that a timeout can be named: before a connection exists it is the connect
 * timeout, after it the read timeout. Each attempt's request carries its own instance as a tag.
 */
final class ConnectionProgress {
    /** Installed on the OkHttpClient; attaches to the attempts that carry a ConnectionProgress tag. */
    static final EventListener.Factory LISTENER_FACTORY = call -> {
        ConnectionProgress progress = call.request().tag(ConnectionProgress.class);
        return progress == null ? EventListener.NONE : progress.listener;
    };

    private volatile boolean connected;

    private final EventListener listener = new EventListener() {
        @Override
        public void connectionAcquired(Call call, Connection connection) {
            connected = true;
        }
    };

    boolean connected() {
        return connected;
    }
}
