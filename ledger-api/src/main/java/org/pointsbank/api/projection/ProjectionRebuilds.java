package org.pointsbank.api.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.pointsbank.api.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a read model from the event log: stop its streaming processor, reset its tokens
 * (which calls the projection's {@code @ResetHandler}), start it again. The processor then
 * replays the whole log while new events keep arriving behind it.
 */
@Component
public class ProjectionRebuilds {

    private final EventProcessingConfiguration processing;

    public ProjectionRebuilds(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public void rebuild(String name) {
        StreamingEventProcessor processor = processor(name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    /** True while the read model is still replaying history after a rebuild. */
    public boolean isRebuilding(String name) {
        return processor(name).isReplaying();
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "PROJECTION_NOT_FOUND",
                        "no rebuildable projection " + name));
    }
}
