package org.pointsbank.api.http;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Copies the metadata every command is sent with ({@link CommandMetadata}) onto the events it stores. */
@Configuration(proxyBeanMethods = false)
class CommandMetadataConfig {

    /** Who caused it, in reply to which request: copied from each command onto the events it stores. */
    @Bean
    CorrelationDataProvider commandMetadataProvider() {
        return new SimpleCorrelationDataProvider(CommandMetadata.KEYS.toArray(String[]::new));
    }
}
