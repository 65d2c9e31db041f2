package io.casedesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Casedesk's configuration as shipped in {@code application.yaml}, bound without an application around it. */
public final class ShippedConfiguration {

    private ShippedConfiguration() {
    }

    public static <T> T bind(String prefix, Class<T> type) {
        return bind(prefix, Bindable.of(type));
    }

    public static <T> T bind(String prefix, Bindable<T> target) {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Binder(ConfigurationPropertySources.get(environment)).bind(prefix, target).get();
    }
}
