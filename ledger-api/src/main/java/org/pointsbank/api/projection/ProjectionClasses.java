package org.pointsbank.api.projection;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** The projection class of each processing group, as Spring found it: a rebuild makes a fresh one for its copy. */
@Component
class ProjectionClasses {

    private final ApplicationContext context;

    ProjectionClasses(ApplicationContext context) {
        this.context = context;
    }

    Class<?> of(String processingGroup) {
        Map<String, Object> beans = context.getBeansWithAnnotation(ProcessingGroup.class);
        return beans.values().stream()
                .map(AopUtils::getTargetClass)
                .filter(type -> {
                    ProcessingGroup group = type.getAnnotation(ProcessingGroup.class);
                    return group != null && group.value().equals(processingGroup);
                })
                .reduce((a, b) -> {
                    throw new IllegalStateException("two projections in " + processingGroup + ": " + a + ", " + b);
                })
                .orElseThrow(() -> new IllegalStateException("no projection class in " + processingGroup));
    }
}
