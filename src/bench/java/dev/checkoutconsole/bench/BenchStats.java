package dev.checkoutconsole.bench;

import java.util.Arrays;
import java.util.Locale;

/** Order statistics of a series of timings, printed the same way by every harness. */
public final class BenchStats {
    private final String name;
    private final double[] millis;

    public BenchStats(String name, long[] nanos) {
        this.name = name;
        this.millis = Arrays.stream(nanos).mapToDouble(n -> n / 1_000_000.0).sorted().toArray();
    }

    public double percentile(double p) {
        int index = (int) Math.ceil(p / 100.0 * millis.length) - 1;
        return millis[Math.max(0, Math.min(millis.length - 1, index))];
    }

    public double median() {
        return percentile(50);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-48s n=%-6d median=%8.3f ms  p90=%8.3f ms  p99=%8.3f ms  max=%8.3f ms",
                name, millis.length, median(), percentile(90), percentile(99), millis[millis.length - 1]);
    }
}
