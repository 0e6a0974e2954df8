package org.pointsbank.api.redemption;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the {@link RedemptionProcess} handles a step that fails. Its processor's settings are with the other
 * processors' in {@code application.yml} ({@code axon.eventhandling.processors.redemption_process}): tracking, one
 * segment, one event a batch, so that it holds one redemption's gift and card at a time. It has no dead-letter
 * queue: a redemption's ending is never parked, it is retried until it is carried out.
 */
@Configuration(proxyBeanMethods = false)
class RedemptionProcessConfig {

    /**
     * A step of the redemption process that fails is not logged and skipped (Axon's default for event
     * handlers): the processor rolls the batch back and retries it, so no reservation is left hanging.
     */
    @Bean
    ConfigurerModule redemptionProcessRetries() {
        return configurer -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(
                        RedemptionProcess.NAME, c -> PropagatingErrorHandler.instance());
    }
}
