package dev.checkoutconsole.sandbox;

import java.time.Duration;
import java.util.Objects;

/** How a sandbox starts: where it listens, what it seeds, the credentials it accepts, and its chaos. */
public final class SandboxOptions {
    public static final int DEFAULT_PORT = 8787;
    public static final int DEFAULT_SEED_SESSIONS = 500;
    public static final String DEFAULT_API_KEY = "sandbox-api-key";
    public static final String DEFAULT_CLIENT_ID = "sandbox-client";
    public static final String DEFAULT_CLIENT_SECRET = "sandbox-secret";
    public static final Duration DEFAULT_TOKEN_TTL = Duration.ofHours(1);

    private final int port;
    private final int seedSessions;
    private final long seed;
    private final String apiKey;
    private final String clientId;
    private final String clientSecret;
    private final Duration tokenTtl;
    private final ChaosSettings chaos;

    private SandboxOptions(Builder builder) {
        this.port = builder.port;
        this.seedSessions = builder.seedSessions;
        this.seed = builder.seed;
        this.apiKey = builder.apiKey;
        this.clientId = builder.clientId;
        this.clientSecret = builder.clientSecret;
        this.tokenTtl = builder.tokenTtl;
        this.chaos = builder.chaos;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port() {
        return port;
    }

    public int seedSessions() {
        return seedSessions;
    }

    public long seed() {
        return seed;
    }

    public String apiKey() {
        return apiKey;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public Duration tokenTtl() {
        return tokenTtl;
    }

    public ChaosSettings chaos() {
        return chaos;
    }

    @Override
    public String toString() {
        // The secrets stay out: options end up in logs and test reports.
        return "SandboxOptions[port=" + port + ", seedSessions=" + seedSessions + ", seed=" + seed
                + ", clientId=" + clientId + ", tokenTtl=" + tokenTtl + ", chaos=" + chaos + "]";
    }

    public static final class Builder {
        private int port = DEFAULT_PORT;
        private int seedSessions = DEFAULT_SEED_SESSIONS;
        // A fixed default keeps the demo data the same from one start to the next.
        private long seed = 20250424L;
        private String apiKey = DEFAULT_API_KEY;
        private String clientId = DEFAULT_CLIENT_ID;
        private String clientSecret = DEFAULT_CLIENT_SECRET;
        private Duration tokenTtl = DEFAULT_TOKEN_TTL;
        private ChaosSettings chaos = ChaosSettings.NONE;

        private Builder() {
        }

        /** 0 picks any free port. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535");
            }
            port = value;
            return this;
        }

        public Builder seedSessions(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("seedSessions must not be negative");
            }
            seedSessions = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder apiKey(String value) {
            apiKey = requireText("apiKey", value);
            return this;
        }

        public Builder clientId(String value) {
            clientId = requireText("clientId", value);
            return this;
        }

        public Builder clientSecret(String value) {
            clientSecret = requireText("clientSecret", value);
            return this;
        }

        public Builder tokenTtl(Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("tokenTtl must be positive");
            }
            tokenTtl = value;
            return this;
        }

        public Builder chaos(ChaosSettings value) {
            chaos = Objects.requireNonNull(value, "chaos");
            return this;
        }

        public SandboxOptions build() {
            return new SandboxOptions(this);
        }

        private static String requireText(String name, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
