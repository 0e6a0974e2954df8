package org.pointsbank.projections;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The read models know the domain only by its published surface: each aggregate's {@code api} package (commands
 * and events) and the shared value types, never an aggregate, its state or its rules. Checked from
 * {@code @ArchTest} methods, not fields: some Surefire versions silently skip field-based ArchUnit tests.
 */
@AnalyzeClasses(packages = "org.pointsbank.projections", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final ArchRule PROJECTIONS_USE_ONLY_CORE_API_AND_SHARED = noClasses()
            .that()
            .resideInAPackage("org.pointsbank.projections..")
            .should()
            .dependOnClassesThat(resideInAPackage("org.pointsbank.core..")
                    .and(not(resideInAnyPackage("org.pointsbank.core.*.api..", "org.pointsbank.core.shared.."))))
            .because("the read side depends on the events the domain publishes, not on how it decides them");

    @ArchTest
    void projectionsUseOnlyCoreApiAndSharedPackages(JavaClasses projections) {
        PROJECTIONS_USE_ONLY_CORE_API_AND_SHARED.check(projections);
    }
}
