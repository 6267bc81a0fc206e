package dev.checkoutconsole.api;

import dev.checkoutconsole.api.model.AccessToken;
import dev.checkoutconsole.api.model.CallCancelledException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The bearer token of every call. A token given in the configuration is used as it is, for ever. Otherwise one is
 * obtained from POST /auth, kept, and renewed a safety margin before expiresIn runs out (a minute, or half the
 * lifetime for short-lived tokens), or sooner when the server refuses it. Callers that need a token while one
 * is being fetched wait for that fetch instead of starting their own.
 */
final class TokenProvider {
    private static final Duration MAX_MARGIN = Duration.ofSeconds(60);

    /** Fetches a new token from the server. */
    @FunctionalInterface
    interface Source {
        AccessToken obtain(CallControl control);
    }

    private record CachedToken(AccessToken token, Instant renewAt) {
    }

    private final String fixedToken;
    private final Source source;
    private final Clock clock;
    private final SecretRedactor redactor;

    private final Object lock = new Object();
    private CachedToken cached;
    private CompletableFuture<CachedToken> renewal;

    TokenProvider(String fixedToken, Source source, Clock clock, SecretRedactor redactor) {
        this.fixedToken = fixedToken;
        this.source = source;
        this.clock = clock;
        this.redactor = redactor;
    }

    /** Whether a refused token can be replaced by a new one. */
    boolean renewable() {
        return fixedToken == null;
    }

    String token(CallControl control) {
        return fixedToken != null ? fixedToken : current(control).token().accessToken();
    }

    /** Forgets the token if it is still the one the server refused; a newer one fetched meanwhile is kept. */
    void invalidate(String refused) {
        synchronized (lock) {
            if (cached != null && cached.token().accessToken().equals(refused)) {
                cached = null;
            }
        }
    }

    /** Fetches a new token now, and keeps it for the calls that follow. */
    AccessToken renew(CallControl control) {
        synchronized (lock) {
            cached = null;
        }
        return current(control).token();
    }

    private CachedToken current(CallControl control) {
        while (true) {
            CompletableFuture<CachedToken> pending;
            boolean fetchHere = false;
            synchronized (lock) {
                if (cached != null && clock.instant().isBefore(cached.renewAt())) {
                    return cached;
                }
                if (renewal == null) {
                    renewal = new CompletableFuture<>();
                    fetchHere = true;
                }
                pending = renewal;
            }
            if (fetchHere) {
                return fetch(pending, control);
            }
            try {
                return control.await(pending);
            } catch (CallCancelledException e) {
                if (control.isCancelled()) {
                    throw e;
                }
                // The call that was fetching for everyone was cancelled, not this one: fetch again.
            }
        }
    }

    private CachedToken fetch(CompletableFuture<CachedToken> pending, CallControl control) {
        try {
            Instant requestedAt = clock.instant();
            AccessToken token = source.obtain(control);
            redactor.remember(token.accessToken());
            CachedToken fresh = new CachedToken(token, renewAt(requestedAt, token.expiresIn()));
            synchronized (lock) {
                cached = fresh;
                renewal = null;
            }
            pending.complete(fresh);
            return fresh;
        } catch (RuntimeException e) {
            synchronized (lock) {
                renewal = null;
            }
            pending.completeExceptionally(e);
            throw e;
        }
    }

    /** Counted from when the request left, so time spent waiting for the answer is on the safe side. */
    private static Instant renewAt(Instant requestedAt, long expiresInSeconds) {
        if (expiresInSeconds <= 0) {
            return Instant.MAX; // lifetime unknown: keep it until the server refuses it
        }
        Duration lifetime = Duration.ofSeconds(expiresInSeconds);
        Duration margin = lifetime.dividedBy(2).compareTo(MAX_MARGIN) < 0 ? lifetime.dividedBy(2) : MAX_MARGIN;
        return requestedAt.plus(lifetime).minus(margin);
    }
}
