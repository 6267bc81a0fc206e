package dev.checkoutconsole.bench;

import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.HttpHeader;
import dev.checkoutconsole.service.Cancellation;
import dev.checkoutconsole.service.HttpLog;
import dev.checkoutconsole.testsupport.ScriptedDialogService;
import dev.checkoutconsole.ui.common.BackgroundTask;
import dev.checkoutconsole.ui.common.TaskExecutor;
import dev.checkoutconsole.ui.httplog.HttpLogViewModel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP log panel under a storm of calls: THREADS threads record EXCHANGES exchanges each while one "UI thread"
 * runs the panel's hand-overs as they come. Reports how many hand-overs the UI thread ran, how many exchanges each
 * carried, and how long each took on the UI thread; the panel must end with the log's newest 1,000, newest first.
 * Args: [threads] [exchanges per thread].
 */
public final class HttpLogBenchmark {
    public static void main(String[] args) throws InterruptedException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int perThread = args.length > 1 ? Integer.parseInt(args[1]) : 25_000;
        for (int round = 1; round <= 3; round++) {
            run(round, threads, perThread);
        }
    }

    private static void run(int round, int threads, int perThread) throws InterruptedException {
        ExecutorService uiThread = Executors.newSingleThreadExecutor();
        AtomicLong handOvers = new AtomicLong();
        ConcurrentLinkedQueue<Long> handOverNanos = new ConcurrentLinkedQueue<>();
        TaskExecutor ui = new TaskExecutor() {
            @Override
            public <T> Cancellation execute(BackgroundTask<T> task) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void onUiThread(Runnable action) {
                uiThread.execute(() -> {
                    long start = System.nanoTime();
                    action.run();
                    handOverNanos.add(System.nanoTime() - start);
                    handOvers.incrementAndGet();
                });
            }
        };
        HttpLog log = new HttpLog(HttpLog.DEFAULT_CAPACITY);
        HttpLogViewModel panel = new HttpLogViewModel(log, ui, new ScriptedDialogService(), Clock.systemUTC());
        panel.methodProperty().set("GET");
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        CountDownLatch done = new CountDownLatch(threads);
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            callers.execute(() -> {
                for (int i = 0; i < perThread; i++) {
                    long n = sequence.incrementAndGet();
                    log.accept(exchange(n, n % 3 == 0 ? "POST" : "GET"));
                }
                done.countDown();
            });
        }
        done.await();
        long recorded = System.nanoTime() - start;
        uiThread.submit(() -> { }).isDone();
        uiThread.shutdown();
        uiThread.awaitTermination(30, TimeUnit.SECONDS);
        callers.shutdown();
        long total = (long) threads * perThread;
        List<HttpExchange> expected = log.snapshot().stream().filter(e -> e.method().equals("GET")).toList();
        boolean consistent = panel.exchanges().equals(expected);
        long[] nanos = handOverNanos.stream().mapToLong(Long::longValue).toArray();
        System.out.println(String.format(Locale.ROOT,
                "round %d: %,d exchanges from %d threads in %.0f ms (%.0f per ms); %,d hand-overs to the UI thread, %.1f exchanges each; "
                        + "panel shows %d GETs of the newest 1,000, same as the log: %s",
                round, total, threads, recorded / 1e6, total / (recorded / 1e6), handOvers.get(), (double) total / handOvers.get(),
                panel.exchanges().size(), consistent));
        System.out.println(new BenchStats("  UI-thread time per hand-over", nanos));
        if (!consistent) {
            throw new IllegalStateException("the panel does not show what the log keeps");
        }
    }

    private static HttpExchange exchange(long n, String method) {
        return new HttpExchange(n, Instant.EPOCH.plusMillis(n), method, "http://127.0.0.1:1/checkout-sessions/" + n,
                List.of(new HttpHeader("x-api-key", "[REDACTED]")), null, 200, List.of(), "{}", Duration.ofMillis(2), "trace-" + n, null);
    }
}
