package io.casedesk.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import io.casedesk.common.CasedeskException;
import io.casedesk.common.ProblemResponses;

/**
 * Refusals on portal pages as a page, not as JSON: an unknown or another organization's case reads "not found",
 * a page for other contacts says so, and files over the upload limit are explained.
 */
@ControllerAdvice(assignableTypes = {PortalController.class, SolutionsPages.class, AccountPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

    private final PortalSession session;

    PortalErrors(PortalSession session) {
        this.session = session;
    }

    @ExceptionHandler(CasedeskException.class)
    ModelAndView refused(CasedeskException refused, HttpServletRequest request, HttpServletResponse response) {
        return page(ProblemResponses.statusOf(refused), refused.getMessage(), request, response);
    }

    /**
     * Files over the servlet's limit are refused before any controller runs, so this handler is global; only the
     * portal's forms send files.
     */
    @ControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class UploadLimit {

        private final PortalErrors errors;

        UploadLimit(PortalErrors errors) {
            this.errors = errors;
        }

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
            return errors.page(HttpStatus.PAYLOAD_TOO_LARGE, null, request, response);
        }
    }

    ModelAndView page(HttpStatus status, String detail, HttpServletRequest request, HttpServletResponse response) {
        ExtendedModelMap model = new ExtendedModelMap();
        try {
            session.visit(null, request, response, model);
        } catch (RuntimeException notSignedIn) {
            // the page still explains the refusal, without the contact's header
        }
        model.addAttribute("status", status.value());
        model.addAttribute("detail", detail);
        model.addAttribute("tooLarge", status == HttpStatus.PAYLOAD_TOO_LARGE);
        ModelAndView page = new ModelAndView("portal/error", model);
        page.setStatus(status);
        return page;
    }
}
