package io.casedesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records the method, path and status of every {@code /api} response the tests provoke, in
 * {@code target/api-statuses.tsv} (one file per test JVM, started afresh), so that {@code ApiDocumentIT} can check that
 * the API document lists every status the API really answers with. Outermost filter: it sees the 401 of the security
 * filters as well as the controllers' answers.
 */
public final class ApiStatusRecorder extends OncePerRequestFilter {

    public static final Path FILE = Path.of("target", "api-statuses.tsv");

    private static boolean started;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.getRequestURI().startsWith("/api/")) {
                record(request.getMethod() + "\t" + request.getRequestURI() + "\t" + response.getStatus());
            }
        }
    }

    private static synchronized void record(String line) {
        try {
            if (!started) {
                Files.createDirectories(FILE.getParent());
                Files.deleteIfExists(FILE);
                started = true;
            }
            Files.writeString(FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the recorder to every test application context (listed in {@code META-INF/spring.factories}). */
    public static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<ContextConfigurationAttributes> configAttributes) {
            return new Customizer();
        }
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            FilterRegistrationBean<ApiStatusRecorder> registration = new FilterRegistrationBean<>(new ApiStatusRecorder());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/api/*");
            context.getBeanFactory().registerSingleton("apiStatusRecorder", registration);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
