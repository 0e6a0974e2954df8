package org.pointsbank.api.activity;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the {@link ActivityCloseProcess} handles a failure: not logged and skipped (Axon's default for event
 * handlers) but rolled back and retried, so no attendee of a decided close is ever missed. Its processor's settings
 * are with the others' in {@code application.yml} ({@code axon.eventhandling.processors.activity_close_process}):
 * tracking, one segment, one event a batch. It has no dead-letter queue: a close is never parked.
 */
@Configuration(proxyBeanMethods = false)
class ActivityCloseProcessConfig {

    @Bean
    ConfigurerModule activityCloseProcessRetries() {
        return configurer -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(
                        ActivityCloseProcess.NAME, c -> PropagatingErrorHandler.instance());
    }
}
