package io.casedesk.desk;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The web parts of the desk that are no pages: the start forms' context in Tasklist. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class DeskConfiguration {

    @Bean
    FilterRegistrationBean<StartFormContextFilter> startFormContextFilter(ObjectProvider<FormContext> context,
            ObjectProvider<RepositoryService> repositoryService, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new StartFormContextFilter(context, repositoryService, json));
        registration.addUrlPatterns(StartFormContextFilter.URL_PATTERN);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
