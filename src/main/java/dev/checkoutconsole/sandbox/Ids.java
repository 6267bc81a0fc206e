package dev.checkoutconsole.sandbox;

import java.time.Instant;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * 24-hex-character ids in the MongoDB ObjectId form the API uses: the creation second, then random bytes. The
 * generator is seeded, so seed data gets the same ids every time; it is used under the state's write lock.
 */
final class Ids {
    private static final HexFormat HEX = HexFormat.of();
    private final SplittableRandom random;

    Ids(long seed) {
        this.random = new SplittableRandom(seed);
    }

    String next(Instant createdAt) {
        return HEX.toHexDigits((int) createdAt.getEpochSecond()) + HEX.toHexDigits(random.nextLong());
    }

    /** Six hex digits, the suffix of the token of a session opened from a payment link. */
    String shortSuffix() {
        return HEX.toHexDigits(random.nextInt(0x1000000)).substring(2);
    }
}
