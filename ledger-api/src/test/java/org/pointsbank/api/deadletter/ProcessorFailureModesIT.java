package org.pointsbank.api.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What each processor does with an event its handler cannot take (ADR 7): the streaming read models park it
 * in a dead-letter queue of their own; the subscribing ones and the redemption process propagate the failure
 * (the command is refused; the step is retried), none logs it and carries on without the write, which is
 * Axon's default.
 */
class ProcessorFailureModesIT extends IntegrationTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void streamingReadModelsParkAndEveryOtherProcessorPropagates() {
        for (String readModel : DeadLetterConfig.READ_MODELS) {
            assertThat(processing.deadLetterQueue(readModel)).as(readModel).isPresent();
            assertThat(processing.sequencedDeadLetterProcessor(readModel))
                    .as(readModel)
                    .isPresent();
        }
        for (String other : List.of(
                "station",
                "card_directory",
                "event_hash_chain",
                "event_seal",
                "period",
                "gift",
                "redemption",
                "redemption_process",
                "activity_directory",
                "activity_close_process")) {
            assertThat(processing.eventProcessor(other)).as(other).isPresent();
            assertThat(processing.deadLetterQueue(other)).as(other).isEmpty();
            assertThat(processing.listenerInvocationErrorHandler(other))
                    .as(other)
                    .isInstanceOf(PropagatingErrorHandler.class);
        }
    }
}
