package org.manhal.api.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands a browser session its CSRF token as the cookie {@code XSRF-TOKEN}, which the map's
 * scripts send back as the header {@code X-XSRF-TOKEN} on writes. Spring Security loads tokens
 * only when needed; this loads it for requests of a session (the sign-in form's), so that the
 * cookie is there before the first write, and for no one else (API clients get no cookie).
 */
final class CsrfCookieFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestedSessionId() != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
