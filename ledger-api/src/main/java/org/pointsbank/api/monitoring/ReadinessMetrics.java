package org.pointsbank.api.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code pointsbank.ready}: 1 while the readiness probe ({@code /actuator/health/readiness}: accepting traffic and
 * its database answering) is UP, 0 otherwise, read when scraped. Lets Prometheus see what the load balancer sees.
 */
@Component
class ReadinessMetrics implements MeterBinder {

    private final ObjectProvider<HealthEndpoint> health;

    ReadinessMetrics(ObjectProvider<HealthEndpoint> health) {
        this.health = health;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("pointsbank.ready", this::ready)
                .description("1 while the readiness probe is UP (traffic accepted, database answering), else 0")
                .register(registry);
    }

    private double ready() {
        HealthEndpoint endpoint = health.getIfAvailable();
        if (endpoint == null) {
            return Double.NaN;
        }
        HealthComponent readiness = endpoint.healthForPath("readiness");
        return readiness != null && Status.UP.equals(readiness.getStatus()) ? 1 : 0;
    }
}
