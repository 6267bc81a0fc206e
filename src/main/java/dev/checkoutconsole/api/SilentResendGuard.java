package dev.checkoutconsole.api;

import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;
import java.time.Clock;

/**
 * OkHttp answers a 503 carrying "Retry-After: 0" by sending the same request again on its own, whatever the
 * method: a DELETE would be repeated, and a repeated GET would escape the retry budget and the HTTP log. Every
 * retry decision belongs to CallRunner, so this network interceptor restates a zero delay as the equivalent
 * HTTP-date of now, which OkHttp does not act on and RetryAfterHeader reads as the same zero wait.
 */
final class SilentResendGuard implements Interceptor {
    private final Clock clock;

    SilentResendGuard(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String retryAfter = response.header("Retry-After");
        if (response.code() != 503 || retryAfter == null) {
            return response;
        }
        boolean immediate = RetryAfterHeader.parse(retryAfter, clock.instant())
                .filter(delay -> delay.isZero() && retryAfter.trim().chars().allMatch(Character::isDigit))
                .isPresent();
        return immediate
                ? response.newBuilder().header("Retry-After", RetryAfterHeader.format(clock.instant())).build()
                : response;
    }
}
