package org.manhal.api.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /error}, where the servlet container forwards what failed outside Spring MVC (a filter's
 * refusal, a method the container answers itself such as TRACE, a request it could not read):
 * the same bilingual problem as everywhere else, instead of Boot's JSON or HTML. Called directly,
 * it is a route that does not exist (404).
 */
@Controller
class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "/error", produces = {"application/problem+json", "*/*"})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable t && DatabaseUnavailable.explains(t)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
        }
        if (status == null || status.value() < 400) {
            status = HttpStatus.NOT_FOUND;
        }
        ProblemDetail p = HttpProblems.of(status);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        return answer.body(p);
    }
}
