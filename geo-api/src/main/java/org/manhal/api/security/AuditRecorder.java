package org.manhal.api.security;

import jakarta.servlet.http.HttpServletRequest;

import org.manhal.audit.AuditEntry;
import org.manhal.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail's lines for the web side: the caller, its roles, the request's method,
 * path, client address and id (from {@link org.manhal.audit.RequestId}).
 */
@Component
public class AuditRecorder {

    private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);

    private final AuditTrail trail;

    AuditRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * A write request's outcome, after it was answered. A line that cannot be written (the
     * database went away) is logged as an error with everything it would have said: the write is
     * done and its answer sent, failing now would only hide the answer.
     */
    void write(HttpServletRequest request, int status) {
        try {
            record("WRITE", request, null, status, null);
        } catch (RuntimeException e) {
            log.error("audit line lost: WRITE {} {} status {} request {}", request.getMethod(), request.getRequestURI(),
                    status, org.manhal.audit.RequestId.current());
        }
    }

    /** A read of personal data in the current request. */
    public void personalData(String action, String target, String detail) {
        HttpServletRequest request = currentRequest();
        record(action, request, target, null, detail);
    }

    void signInFailed(HttpServletRequest request, String account) {
        Account anonymous = Account.ANONYMOUS;
        trail.record(AuditEntry.of(account == null ? anonymous.name() : account, "", "SIGN_IN_FAILED",
                request.getMethod(), request.getRequestURI(), null, 401, request.getRemoteAddr(), null));
    }

    private void record(String action, HttpServletRequest request, String target, Integer status, String detail) {
        Account account = CurrentUser.account();
        try {
            trail.record(AuditEntry.of(account.name(), account.rolesText(), action,
                    request == null ? null : request.getMethod(), request == null ? null : request.getRequestURI(),
                    target, status, request == null ? null : request.getRemoteAddr(), cut(detail)));
        } catch (RuntimeException e) {
            // a personal-data read without its audit line is not served: the request fails (503 or 500)
            log.error("audit trail not written: {} {} by {}", action, target, account.name());
            throw e;
        }
    }

    /** Details may quote the request: never a megabyte of it, nor characters the database refuses (NUL). */
    private static String cut(String s) {
        if (s == null) {
            return null;
        }
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 500 ? clean : clean.substring(0, 500) + "…";
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
    }
}
