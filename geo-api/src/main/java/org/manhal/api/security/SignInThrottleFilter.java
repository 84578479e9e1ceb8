package org.manhal.api.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.manhal.common.Text;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any password is checked, a sign-in (HTTP Basic credentials or the sign-in
 * form's post) of an account or from a client that failed too often ({@link SignInThrottle}):
 * 429 with {@code Retry-After}.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String account = account(request);
        if (account != null) {
            long wait = throttle.retryAfterSeconds(account, request.getRemoteAddr());
            if (wait > 0) {
                Refusals.tooManyRequests(response, wait, new Text(
                        "محاولات دخول فاشلة كثيرة لهذا الحساب أو من هذا العنوان: أعد المحاولة بعد " + wait + " ثانية.",
                        "Too many failed sign-ins for this account or from this address: try again in " + wait + " s."));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The account a request signs in as, or null for one that does not sign in with a password. */
    private static String account(HttpServletRequest request) {
        String auth = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String name = request.getParameter("username");
            return name == null ? "" : name;
        }
        return null;
    }
}
