package dev.checkoutconsole.service;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.ModelJson;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every request the running console made, newest first, in bounded memory: once full, the oldest exchange goes.
 * Exchanges arrive already redacted by the client, so the log can be shown, copied and exported as it is.
 */
public final class HttpLog implements Consumer<HttpExchange> {
    public static final int DEFAULT_CAPACITY = 1_000;

    private final int capacity;
    private final ArrayDeque<HttpExchange> exchanges;
    private final List<Consumer<HttpExchange>> listeners = new CopyOnWriteArrayList<>();

    public HttpLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.exchanges = new ArrayDeque<>(capacity);
    }

    /**
     * Records one exchange; called by the connection on whatever thread made the call. Listeners hear of it under
     * the log's lock, so they hear of exchanges in the order the log keeps them.
     */
    @Override
    public void accept(HttpExchange exchange) {
        synchronized (exchanges) {
            if (exchanges.size() == capacity) {
                exchanges.removeLast();
            }
            exchanges.addFirst(exchange);
            listeners.forEach(listener -> listener.accept(exchange));
        }
    }

    /** Listeners run under the log's lock: they must be quick and must not call back into the log. */
    public void onRecorded(Consumer<HttpExchange> listener) {
        listeners.add(listener);
    }

    public int capacity() {
        return capacity;
    }

    /** The exchanges kept now, newest first. */
    public List<HttpExchange> snapshot() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    /** The exchanges that match every given filter (null or blank means any), newest first. */
    public List<HttpExchange> matching(Filter filter) {
        List<HttpExchange> matches = new ArrayList<>();
        for (HttpExchange exchange : snapshot()) {
            if (filter.matches(exchange)) {
                matches.add(exchange);
            }
        }
        return matches;
    }

    /**
     * What to show: a method ("POST"), a status or status class ("404", "4xx", or "none" for no answer) and a
     * piece of the path ("/refund").
     */
    public record Filter(String method, String status, String pathContains) {
        public static final Filter ANY = new Filter(null, null, null);

        public boolean matches(HttpExchange exchange) {
            return (isBlank(method) || exchange.method().equalsIgnoreCase(method.trim()))
                    && (isBlank(status) || statusMatches(exchange.status(), status.trim().toLowerCase(Locale.ROOT)))
                    && (isBlank(pathContains) || exchange.path().toLowerCase(Locale.ROOT).contains(pathContains.trim().toLowerCase(Locale.ROOT)));
        }

        private static boolean statusMatches(Integer actual, String wanted) {
            if (wanted.equals("none")) {
                return actual == null;
            }
            if (actual == null) {
                return false;
            }
            if (wanted.length() == 3 && wanted.endsWith("xx")) {
                return String.valueOf(actual).charAt(0) == wanted.charAt(0);
            }
            return String.valueOf(actual).equals(wanted);
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }
    }

    /**
     * Writes the given exchanges as JSON Lines, one exchange a line, to a temporary file that then replaces the
     * target, so a failed export never leaves half a file.
     */
    public static void export(List<HttpExchange> exchanges, Path target) throws IOException {
        ObjectWriter writer = ModelJson.mapper().writer();
        Path absolute = target.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".http-log-", ".tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                for (HttpExchange exchange : exchanges) {
                    out.write(writer.writeValueAsString(exchange));
                    out.newLine();
                }
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
