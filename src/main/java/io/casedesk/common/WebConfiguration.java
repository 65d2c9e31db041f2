package io.casedesk.common;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import com.fasterxml.jackson.databind.Module;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /**
     * Pages speak the language the browser asks for, unless the session chose one (the customer portal starts in
     * the organization's language and lets the contact switch).
     */
    @Bean
    LocaleResolver localeResolver() {
        return new SessionLocaleResolver();
    }

    /** Refuses texts with NUL and dates outside the database's years in every JSON body. */
    @Bean
    Module apiInput() {
        return ApiInput.module();
    }

    @Bean
    FilterRegistrationBean<ContentTypeCheck> contentTypeCheck() {
        var registration = new FilterRegistrationBean<>(new ContentTypeCheck());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(ApiProperties properties) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.maxRequestSize().toBytes()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
