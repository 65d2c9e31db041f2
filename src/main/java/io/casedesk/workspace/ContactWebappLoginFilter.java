package io.casedesk.workspace;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import io.casedesk.common.ProblemResponses;
import io.casedesk.customer.Caller;

/**
 * Refuses a customer contact's login to any Camunda webapp. Tasklist, Cockpit and Admin already refuse
 * contacts for lack of authorizations, but Camunda admits every user to its Welcome page, where a contact
 * could change the password it uses for the Casedesk API.
 */
class ContactWebappLoginFilter extends OncePerRequestFilter {

    static final String LOGIN_PATH = "/camunda/api/admin/auth/user/";

    private final ObjectProvider<IdentityService> identityService;

    ContactWebappLoginFilter(ObjectProvider<IdentityService> identityService) {
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        if (username != null && identityService.getObject().createUserQuery().userId(username)
                .memberOfGroup(Caller.CUSTOMER_CONTACTS_GROUP).count() > 0) {
            ProblemResponses.write(request, response, HttpStatus.FORBIDDEN,
                    "Customer contacts use the Casedesk API; the Camunda webapps are for support staff.");
            return;
        }
        chain.doFilter(request, response);
    }
}
