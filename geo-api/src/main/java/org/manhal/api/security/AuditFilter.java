package org.manhal.api.security;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.manhal.audit.WriteOrigin;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Opens the {@link WriteOrigin} of every write request that the security layer let through (who,
 * method and path, from where), so that the write's own transaction records its audit line
 * before it commits (a write that rolls back leaves none); a write request that succeeded without
 * committing anything to the database gets its line here, after the answer, with its status.
 * Runs inside Spring Security's filter chain's scope (ordered after it), so the caller is known.
 * Reads are not recorded here, except reads of personal data, which the
 * {@link PersonalDataAccess} records where they happen.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class AuditFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** POSTs that only read (a polygon or a check too long for a URL): not writes. */
    private static final List<PathPattern> READING_POSTS = Stream.of("/api/wells/count", "/api/wells/export",
            "/api/checks/**", "/ows").map(PathPatternParser.defaultInstance::parse).toList();

    private final AuditRecorder recorder;

    AuditFilter(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE.contains(request.getMethod()) || READING_POSTS.stream().anyMatch(
                p -> p.matches(PathContainer.parsePath(request.getRequestURI())))) {
            chain.doFilter(request, response);
            return;
        }
        Account account = CurrentUser.account();
        WriteOrigin.open(new WriteOrigin(account.name(), account.rolesText(), request.getMethod(), request.getRequestURI(),
                request.getRemoteAddr()));
        boolean recorded = false;
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            recorded = WriteOrigin.close();
        }
        if (!recorded && status < 400) {
            // it succeeded without committing to the database (a sign-out, a GeoServer publication, a
            // replayed submission): the line after the answer is the only one it gets
            recorder.write(request, status);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }
}
