package dev.checkoutconsole.service;

/**
 * Starts the console's embedded Conomy sandbox on a free loopback port. The app layer provides the
 * implementation, so the service layer, the CLI and the GUI do not depend on the server itself.
 */
@FunctionalInterface
public interface EmbeddedSandbox {

    Running start();

    /** A started sandbox: where it listens and the credentials it accepts. Closing it stops it. */
    interface Running extends AutoCloseable {
        ConnectionSettings settings();

        /** Moves the sandbox's clock forward, so sessions and tokens expire without waiting. */
        void advanceClock(java.time.Duration duration);

        @Override
        void close();
    }
}
