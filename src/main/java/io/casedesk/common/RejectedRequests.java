package io.casedesk.common;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests that no part of Casedesk may see: non-normalised or encoded paths ({@code /api/../engine-rest},
 * {@code /%65ngine-rest}), and control characters such as NUL in parameters or headers. A filter in front of every
 * other refuses such paths before anything routes them (the server would route a normalised form of them, past what
 * the security rules saw), and Spring Security's strict firewall refuses the rest; Casedesk answers 400 with a
 * problem body instead of an error page.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    static final String DETAIL = "The request's path, parameters or headers are not in a form Casedesk accepts: use a "
            + "normalised path without encoded characters, and no control characters.";
    private static final Pattern PRINTABLE = Pattern.compile("[\\t\\r\\n\\P{Cntrl}]*");
    /** A dot or empty segment, or a percent-encoded dot, slash, backslash, percent, NUL or unreserved character. */
    private static final Pattern NOT_NORMALISED = Pattern.compile("(^|/)\\.{1,2}(/|$)|//"
            + "|%(?i:2e|2f|5c|25|00|2d|5f|7e|3[0-9]|4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a])");
    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> normalisedPaths() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (NOT_NORMALISED.matcher(request.getRequestURI()).find()) {
                    log.info("Refused a request to a path that is not normalised: {}", request.getRequestURI());
                    ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST, DETAIL);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedParameterValues(value -> PRINTABLE.matcher(value).matches());
        firewall.setAllowedParameterNames(name -> PRINTABLE.matcher(name).matches());
        return firewall;
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected) -> {
            log.info("Refused a request to {}: {}", request.getRequestURI(), rejected.getMessage());
            ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST, DETAIL);
        };
    }
}
