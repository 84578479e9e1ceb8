package org.manhal.api.security;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.manhal.common.Text;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client address for requests without credentials (the public endpoints: the
 * map, checks, counts, a citizen's view): {@link SecuritySettings#publicRateLimit()} requests a
 * minute, in bursts up to the same number; over it, 429 with {@code Retry-After}. Signed-in
 * callers are not limited here (their sign-in failures are, by the {@link SignInThrottle}).
 */
final class PublicRateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_CLIENTS = 100_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    PublicRateLimitFilter(int perMinute) {
        this.perMinute = perMinute;
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (perMinute <= 0 || request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getRequestedSessionId() != null) {
            chain.doFilter(request, response);
            return;
        }
        long wait = take(request.getRemoteAddr());
        if (wait > 0) {
            Refusals.tooManyRequests(response, wait, new Text(
                    "طلبات كثيرة من هذا العنوان: أعد المحاولة بعد " + wait + " ثانية، أو سجّل الدخول.",
                    "Too many requests from this address: try again in " + wait + " s, or sign in."));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Takes a token; 0 if there was one, else the seconds until there is. */
    private long take(String client) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now));
        synchronized (b) {
            double perNano = perMinute / 60e9;
            b.tokens = Math.min(perMinute, b.tokens + (now - b.at) * perNano);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - b.tokens) / perNano / 1e9);
        }
    }
}
