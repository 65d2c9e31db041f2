package io.casedesk.workspace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import io.casedesk.common.ProblemResponses;
import io.casedesk.customer.Caller;

/**
 * HTTP Basic against Camunda's identity store on {@code /api/**} (agents and customer contacts) and
 * {@code /engine-rest/**} (staff only, with Camunda authorizations applied to the caller). The
 * Camunda webapps keep their own session login; customer contacts hold no webapp authorization.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String REALM = "Casedesk";
    static final String METRICS_SCRAPER = "metrics-scraper";

    /**
     * {@code /actuator/prometheus}: HTTP Basic for staff logins or the scrape login ({@code casedesk.metrics.scrape-user}
     * and {@code scrape-password}), which may read the metrics and nothing else.
     */
    @Bean
    @Order(0)
    SecurityFilterChain prometheusSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider identity,
            MetricsProperties metrics) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        List<AuthenticationProvider> providers = new ArrayList<>();
        if (metrics.hasScrapeCredential()) {
            String password = metrics.scrapePassword().startsWith("{") ? metrics.scrapePassword()
                    : "{noop}" + metrics.scrapePassword();
            DaoAuthenticationProvider scraper = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                    User.withUsername(metrics.scrapeUser()).password(password).authorities(METRICS_SCRAPER).build()));
            scraper.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
            providers.add(scraper);
        }
        providers.add(identity);
        AuthenticationEntryPoint unauthenticated = basicChallenge(
                "Sign in with HTTP Basic: a staff login or the metrics scrape login.");
        AuthorizationManager<RequestAuthorizationContext> staff = staffOnly();
        http.securityMatcher(paths.matcher("/actuator/prometheus"))
                .authenticationManager(new ProviderManager(providers))
                .authorizeHttpRequests(requests -> requests.anyRequest().access((authentication, context) -> {
                    var auth = authentication.get();
                    boolean scraper = auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                            .anyMatch(METRICS_SCRAPER::equals);
                    return scraper ? new AuthorizationDecision(true) : staff.check(authentication, context);
                }))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthenticated))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(
                        (request, response, ex) -> ProblemResponses.write(request, response, HttpStatus.FORBIDDEN,
                                "Your login may not read the metrics.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthenticated = basicChallenge(
                "Sign in with HTTP Basic: your Casedesk user name (contacts: email address) and password.");
        AccessDeniedHandler denied = (request, response, ex) -> ProblemResponses.write(request, response, HttpStatus.FORBIDDEN,
                "Your login may not use " + request.getRequestURI() + ".");
        // Path patterns on the whole request path: /engine-rest is served by Jersey, not by Spring MVC
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/engine-rest/**"),
                paths.matcher("/actuator/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths.matcher("/api/status"), paths.matcher("/api/status/**")).permitAll()
                        .requestMatchers(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/**")).permitAll()
                        .requestMatchers(paths.matcher("/engine-rest/**"), paths.matcher("/actuator/**")).access(staffOnly())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthenticated))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The staff desk ({@code /desk/**}): form sign-in with the Camunda identity, staff only; onboarding pages for
     * Camunda administrators and customer administrators. A contact's login is refused.
     */
    @Bean
    @Order(2)
    SecurityFilterChain deskSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider identity) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(paths.matcher("/desk/**"))
                .authenticationProvider(identity)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths.matcher("/desk/login")).permitAll()
                        .requestMatchers(paths.matcher("/desk/organizations/**"))
                        .hasAnyAuthority(StaffGroup.ADMINISTRATORS.id(), StaffGroup.CUSTOMER_ADMINS.id())
                        .requestMatchers(paths.matcher(HttpMethod.POST, "/desk/calendars/**"))
                        .hasAnyAuthority(StaffGroup.ADMINISTRATORS.id(), StaffGroup.OPERATORS.id())
                        .anyRequest().access(staffOnly()))
                .formLogin(form -> form.loginPage("/desk/login").defaultSuccessUrl("/desk/", false)
                        .failureUrl("/desk/login?error").permitAll())
                .logout(logout -> logout.logoutUrl("/desk/logout").logoutSuccessUrl("/desk/login?signedOut"))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, ex) ->
                        ProblemResponses.write(request, response, HttpStatus.FORBIDDEN,
                                "Your login may not use " + request.getRequestURI() + ".")));
        return http.build();
    }

    /**
     * The customer portal ({@code /portal/**}): form sign-in for customer contacts only (a staff login is refused
     * at sign-in), session and CSRF protection. Set-password links carry their own secret and need no session.
     */
    @Bean
    @Order(3)
    SecurityFilterChain portalSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider identity) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        AuthenticationProvider contactsOnly = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                Authentication authenticated = identity.authenticate(attempt);
                if (authenticated.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .noneMatch(Caller.CUSTOMER_CONTACTS_GROUP::equals)) {
                    throw new BadCredentialsException("The portal is for customer contacts; staff sign in to the desk");
                }
                return authenticated;
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return identity.supports(authentication);
            }
        };
        http.securityMatcher(paths.matcher("/portal/**"))
                // only this provider: the application-wide one would let staff in after this one refused them
                .authenticationManager(new ProviderManager(contactsOnly))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths.matcher("/portal/login"),
                                paths.matcher("/portal/password/**"), paths.matcher("/portal/password-reset")).permitAll()
                        .anyRequest().hasAuthority(Caller.CUSTOMER_CONTACTS_GROUP))
                .formLogin(form -> form.loginPage("/portal/login").defaultSuccessUrl("/portal/cases", false)
                        .failureUrl("/portal/login?error").permitAll())
                .logout(logout -> logout.logoutUrl("/portal/logout").logoutSuccessUrl("/portal/login?signedOut"))
                // a set-password link is its own secret: a forged request cannot know it
                .csrf(csrf -> csrf.ignoringRequestMatchers(paths.matcher("/portal/password/**")));
        return http.build();
    }

    /** The Camunda webapps, the status page and the API documentation authenticate on their own or are public. */
    @Bean
    @Order(4)
    SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    /** A 401 problem that asks for HTTP Basic. */
    private static AuthenticationEntryPoint basicChallenge(String detail) {
        return (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, detail);
        };
    }

    private static AuthorizationManager<RequestAuthorizationContext> staffOnly() {
        return (authentication, context) -> {
            var auth = authentication.get();
            boolean staff = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                    && !auth.getAuthorities().isEmpty()
                    && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                            .noneMatch(Caller.CUSTOMER_CONTACTS_GROUP::equals);
            return new AuthorizationDecision(staff);
        };
    }

    @Bean
    FilterRegistrationBean<ContactWebappLoginFilter> contactWebappLoginFilter(ObjectProvider<IdentityService> identityService) {
        var registration = new FilterRegistrationBean<>(new ContactWebappLoginFilter(identityService));
        registration.addUrlPatterns(ContactWebappLoginFilter.LOGIN_PATH + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /**
     * Camunda Admin's first-administrator setup is closed before anything else sees the request: Casedesk
     * creates its administrator from {@code CASEDESK_ADMIN_PASSWORD} (see {@link WorkspaceSetup}), so nobody
     * can claim an installation that has none.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> adminSetupClosed() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException {
                ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "The Admin setup is disabled: Casedesk"
                        + " creates the administrator '" + WorkspaceSetup.ADMIN_USER + "' from CASEDESK_ADMIN_PASSWORD.");
            }
        });
        registration.addUrlPatterns("/camunda/api/admin/setup/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Lets the engine see the authenticated user of {@code /engine-rest}, so Camunda authorizations apply. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName());
        registration.setOrder(0);
        return registration;
    }
}
