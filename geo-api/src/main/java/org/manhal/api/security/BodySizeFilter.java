package org.manhal.api.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body declared larger than {@link SecuritySettings#maxBodyBytes()} with a 413 problem
 * before anything reads it. Multipart uploads (imports) have their own, larger limit
 * ({@code spring.servlet.multipart.*}, also a 413).
 */
final class BodySizeFilter extends OncePerRequestFilter {

    private final long maxBytes;

    BodySizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        if (!multipart && request.getContentLengthLong() > maxBytes) {
            Refusals.tooLarge(response, maxBytes);
            return;
        }
        chain.doFilter(request, response);
    }
}
