package io.casedesk.workspace;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tasklist and Cockpit in Spanish: Casedesk's {@code scripts/config.js} (English and Spanish offered, following the
 * browser's first language) and {@code locales/es.json} of both webapps, from {@code src/main/resources/webapps/},
 * served in place of the webjar's own config. They cannot live under {@code META-INF/resources} as the webjar's files
 * do: the executable jar keeps the application's {@code META-INF} outside its class path. These paths are more
 * specific than the webapps' own resource mapping, so they win; every other file still comes from the webjar.
 */
@Configuration(proxyBeanMethods = false)
class WebappLanguages implements WebMvcConfigurer {

    private static final String APPS = "{app:tasklist|cockpit}";

    private final String applicationPath;

    WebappLanguages(@Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        this.applicationPath = applicationPath;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(applicationPath + "/app/" + APPS + "/scripts/config.js",
                applicationPath + "/app/" + APPS + "/locales/es.json").addResourceLocations("classpath:/webapps/");
    }
}
