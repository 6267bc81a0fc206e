package dev.checkoutconsole.testsupport;

import dev.checkoutconsole.sandbox.SandboxClock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The sandbox's own time as a java.time.Clock, for code under test that compares its clock with the times the
 * sandbox returns: when a test moves the sandbox's clock, this one moves with it.
 */
public final class SandboxTime extends Clock {
    private final SandboxClock sandboxClock;

    public SandboxTime(SandboxClock sandboxClock) {
        this.sandboxClock = sandboxClock;
    }

    @Override
    public Instant instant() {
        return sandboxClock.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the sandbox's time stays in UTC");
    }
}
