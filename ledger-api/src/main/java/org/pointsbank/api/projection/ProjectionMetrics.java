package org.pointsbank.api.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * What an operator watches of the read models, per projection, read when scraped: the position it has
 * processed and how many events it is behind the log's head. These replace Axon's per-message timers
 * ({@code axon.metrics.enabled=false}), which cost about a sixth of a credit's throughput
 * (docs/performance.md); request latency is {@code http.server.requests}.
 */
@Component
class ProjectionMetrics implements MeterBinder {

    private final Projections projections;

    ProjectionMetrics(Projections projections) {
        this.projections = projections;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ProjectionStatus status : projections.all()) {
            String name = status.name();
            Gauge.builder(
                            "pointsbank.projection.lag",
                            () -> orNaN(projections.status(name).lag()))
                    .description("events in the log this projection has not processed yet")
                    .tag("projection", name)
                    .baseUnit("events")
                    .register(registry);
            Gauge.builder(
                            "pointsbank.projection.position",
                            () -> orNaN(projections.status(name).position()))
                    .description("global index of the last event this projection processed")
                    .tag("projection", name)
                    .register(registry);
        }
    }

    private static double orNaN(Long value) {
        return value == null ? Double.NaN : value;
    }
}
