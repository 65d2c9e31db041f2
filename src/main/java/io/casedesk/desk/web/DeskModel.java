package io.casedesk.desk.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What desk pages show only some staff: onboarding for administrators, closures for operators. */
@ControllerAdvice(assignableTypes = {DeskController.class, OrganizationPages.class, CalendarPages.class,
    ArticlePages.class})
class DeskModel {

    static final String ADMINISTRATORS = "camunda-admin";
    static final String CUSTOMER_ADMINS = "customer-admins";
    static final String OPERATORS = "operators";

    @ModelAttribute("deskAdmin")
    boolean deskAdmin(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(group -> ADMINISTRATORS.equals(group) || CUSTOMER_ADMINS.equals(group));
    }

    @ModelAttribute("calendarEditor")
    boolean calendarEditor(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(group -> ADMINISTRATORS.equals(group) || OPERATORS.equals(group));
    }
}
