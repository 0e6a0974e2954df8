package org.pointsbank.api.config;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when an external PostgreSQL is configured: {@code spring.datasource.url} is set and not blank. */
class ExternalDatasource extends NoExternalDatasource {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !super.matches(context, metadata);
    }
}
