package org.pointsbank.api.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code pointsbank.deadletters.parked{processor}}: events each read model has parked, read when scraped.
 * Anything above 0 means a read model is missing writes until someone fixes the cause and retries.
 */
@Component
class DeadLetterMetrics implements MeterBinder {

    private final DeadLetters deadLetters;

    DeadLetterMetrics(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String processor : DeadLetterConfig.READ_MODELS) {
            Gauge.builder(
                            "pointsbank.deadletters.parked",
                            () -> deadLetters.parked().get(processor))
                    .description("events this read model parked in its dead-letter queue")
                    .tag("processor", processor)
                    .baseUnit("events")
                    .register(registry);
        }
    }
}
