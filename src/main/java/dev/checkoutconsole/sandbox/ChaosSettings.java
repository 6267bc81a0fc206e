package dev.checkoutconsole.sandbox;

/**
 * Faults the sandbox injects so reliability can be tested: a random latency between latencyMinMs and latencyMaxMs,
 * 500/503 answers at errorRate (0..1), 429 past rateLimit requests per second (0 = no limit), and connections
 * closed without an answer at dropRate (0..1).
 */
public record ChaosSettings(long latencyMinMs, long latencyMaxMs, double errorRate, int rateLimit, double dropRate) {
    public static final ChaosSettings NONE = new ChaosSettings(0, 0, 0, 0, 0);

    public ChaosSettings {
        if (latencyMinMs < 0 || latencyMaxMs < latencyMinMs) {
            throw new IllegalArgumentException("latencyMs must be [min, max] with 0 <= min <= max");
        }
        if (errorRate < 0 || errorRate > 1) {
            throw new IllegalArgumentException("errorRate must be between 0 and 1");
        }
        if (dropRate < 0 || dropRate > 1) {
            throw new IllegalArgumentException("dropRate must be between 0 and 1");
        }
        if (rateLimit < 0) {
            throw new IllegalArgumentException("rateLimit must not be negative");
        }
    }

    public ChaosSettings withLatency(long minMs, long maxMs) {
        return new ChaosSettings(minMs, maxMs, errorRate, rateLimit, dropRate);
    }

    public ChaosSettings withErrorRate(double rate) {
        return new ChaosSettings(latencyMinMs, latencyMaxMs, rate, rateLimit, dropRate);
    }

    public ChaosSettings withRateLimit(int perSecond) {
        return new ChaosSettings(latencyMinMs, latencyMaxMs, errorRate, perSecond, dropRate);
    }

    public ChaosSettings withDropRate(double rate) {
        return new ChaosSettings(latencyMinMs, latencyMaxMs, errorRate, rateLimit, rate);
    }

    public boolean isNone() {
        return equals(NONE);
    }
}
