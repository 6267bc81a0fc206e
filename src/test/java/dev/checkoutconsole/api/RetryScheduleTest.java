package dev.checkoutconsole.api;

import dev.checkoutconsole.api.ClientConfig.RetryPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {
    private static final RetryPolicy POLICY = new RetryPolicy(6, Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofSeconds(20));

    @Test
    void theCeilingDoublesFromTheInitialBackoffUpToTheCap() {
        RetrySchedule atCeiling = new RetrySchedule(POLICY, () -> 1.0);

        assertThat(atCeiling.nextDelay(1, Duration.ZERO, Optional.empty())).contains(Duration.ofMillis(250));
        assertThat(atCeiling.nextDelay(2, Duration.ZERO, Optional.empty())).contains(Duration.ofMillis(500));
        assertThat(atCeiling.nextDelay(4, Duration.ZERO, Optional.empty())).contains(Duration.ofSeconds(2));
        assertThat(atCeiling.nextDelay(5, Duration.ZERO, Optional.empty())).contains(Duration.ofSeconds(4));
    }

    @Test
    void fullJitterScalesTheWholeDelay() {
        assertThat(new RetrySchedule(POLICY, () -> 0.0).nextDelay(3, Duration.ZERO, Optional.empty())).contains(Duration.ZERO);
        assertThat(new RetrySchedule(POLICY, () -> 0.25).nextDelay(3, Duration.ZERO, Optional.empty())).contains(Duration.ofMillis(250));
    }

    @Test
    void manyAttemptsDoNotOverflow() {
        RetryPolicy many = new RetryPolicy(1000, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofDays(1));

        assertThat(new RetrySchedule(many, () -> 1.0).nextDelay(200, Duration.ZERO, Optional.empty())).contains(Duration.ofSeconds(30));
    }

    @Test
    void noMoreThanMaxAttempts() {
        RetrySchedule schedule = new RetrySchedule(POLICY, () -> 0.5);

        assertThat(schedule.nextDelay(5, Duration.ZERO, Optional.empty())).isPresent();
        assertThat(schedule.nextDelay(6, Duration.ZERO, Optional.empty())).isEmpty();
        assertThat(new RetrySchedule(RetryPolicy.NONE, () -> 0.5).nextDelay(1, Duration.ZERO, Optional.empty())).isEmpty();
    }

    @Test
    void aWaitEndingPastTheTotalBudgetIsNotTaken() {
        RetrySchedule schedule = new RetrySchedule(POLICY, () -> 1.0);

        assertThat(schedule.nextDelay(1, Duration.ofMillis(19_750), Optional.empty())).contains(Duration.ofMillis(250));
        assertThat(schedule.nextDelay(1, Duration.ofMillis(19_751), Optional.empty())).isEmpty();
    }

    @Test
    void retryAfterReplacesTheBackoffEvenAboveTheCap() {
        RetrySchedule schedule = new RetrySchedule(POLICY, () -> 1.0);

        assertThat(schedule.nextDelay(1, Duration.ZERO, Optional.of(Duration.ofSeconds(9)))).contains(Duration.ofSeconds(9));
        assertThat(schedule.nextDelay(1, Duration.ofSeconds(12), Optional.of(Duration.ofSeconds(9)))).isEmpty();
    }

    @Test
    void only429And5xxAreWorthRetrying() {
        assertThat(RetrySchedule.isRetryableStatus(429)).isTrue();
        assertThat(RetrySchedule.isRetryableStatus(500)).isTrue();
        assertThat(RetrySchedule.isRetryableStatus(503)).isTrue();
        assertThat(RetrySchedule.isRetryableStatus(400)).isFalse();
        assertThat(RetrySchedule.isRetryableStatus(404)).isFalse();
        assertThat(RetrySchedule.isRetryableStatus(409)).isFalse();
    }
}
