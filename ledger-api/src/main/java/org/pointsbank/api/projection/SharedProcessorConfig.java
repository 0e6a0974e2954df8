package org.pointsbank.api.projection;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.lifecycle.Phase;
import org.pointsbank.projections.support.RetryWrites;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The card's read models share one processor ({@link SharedProcessors}): one read of the log and one deserialisation
 * of each event for the three. Each keeps its processing group, and with it its own dead-letter queue, parking policy
 * and retries (Axon gives every processing group of a processor an invoker of its own): an event parked for one still
 * reaches the others, and a retry applies it to that one only.
 */
@Configuration(proxyBeanMethods = false)
class SharedProcessorConfig {

    @Bean
    ConfigurerModule sharedProcessors(ObjectProvider<ProcessorHandover> handover, RetryWrites retryWrites) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (String member : SharedProcessors.members()) {
                processing.assignProcessingGroup(member, SharedProcessors.processorOf(member));
            }
            String shared = SharedProcessors.CARD_READ_MODELS;
            processing.registerHandlerInterceptor(shared, c -> handover.getObject());
            processing.registerHandlerInterceptor(shared, c -> retryWrites);
            // before the processors start: the shared processor's first token from its read models' old ones
            configurer.onStart(
                    Phase.INBOUND_EVENT_CONNECTORS - 1,
                    () -> handover.getObject().begin());
        };
    }
}
