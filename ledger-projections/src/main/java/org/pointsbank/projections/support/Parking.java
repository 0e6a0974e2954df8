package org.pointsbank.projections.support;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;

/**
 * Where a read model's events go when their writes cannot be made: the processing group's dead-letter queue,
 * under the sequence identifier its processor would use, so that later events of the same sequence (card) are
 * parked behind them by Axon and nothing is applied out of order.
 */
public interface Parking {

    /** The sequence the processor of {@code processingGroup} puts {@code event} in (by default: its card). */
    Object sequenceOf(String processingGroup, EventMessage<?> event);

    /** Parks {@code events}, all of one sequence and in their order, for {@code cause}. */
    void park(String processingGroup, List<EventMessage<?>> events, Throwable cause);
}
