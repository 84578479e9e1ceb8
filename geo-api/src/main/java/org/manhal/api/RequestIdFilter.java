package org.manhal.api;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.manhal.audit.RequestId;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id and binds it for the request's thread ({@link RequestId}), so that
 * every write it makes is recorded with it (the audit trail's {@code request_id}), the log lines
 * carry it ({@code requestId} in the MDC) and the answer names it ({@code X-Request-Id}). A caller
 * (the portal, a gateway) may send its own id to follow a request across systems; one that is not
 * a short plain token is replaced rather than recorded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && TOKEN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        response.setHeader(HEADER, id);
        MDC.put("requestId", id);
        try (RequestId.Binding binding = RequestId.bind(id)) {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
        }
    }
}
