package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.ApiVersion;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link RefundReviewProcessesTest}: one console approving a review, as its own JVM with its
 * own connection to the shared database. Waits until the start file exists, so both children approve at once, and
 * prints APPROVED or REFUSED.
 * <p>Arguments: dataDir reviewId operator startFile baseUrl apiKey clientId clientSecret profile
 */
public final class ApprovingProcess {
    private ApprovingProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        long reviewId = Long.parseLong(args[1]);
        Path startFile = Path.of(args[3]);
        ConnectionSettings settings = new ConnectionSettings(args[4], ApiVersion.V2, Secret.ofNullable(args[5]), null, args[6],
                Secret.ofNullable(args[7]));
        try (LocalData data = LocalData.open(new LocalPaths(dataDir, dataDir.resolve("config")), Clock.systemUTC());
             Connection connection = Connection.open(settings, new OperatorContext(args[2], args[8], false), data.audit(), e -> { })) {
            connection.authenticate(new Cancellation());
            RefundReviewService reviews = new RefundReviewService(data, () -> connection, Clock.systemUTC());
            System.out.println("READY");
            System.out.flush();
            while (!startFile.toFile().exists()) {
                Thread.onSpinWait();
            }
            try {
                RefundReview review = reviews.approve(reviewId, null, new Cancellation());
                System.out.println("APPROVED " + review.refundId());
            } catch (ReviewRefusedException refused) {
                System.out.println("REFUSED " + refused.getMessage());
            }
        }
    }
}
