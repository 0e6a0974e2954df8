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
 * Read models are built from the core's public surface: the commands and events of each aggregate's api package
 * and the shared value types, never an aggregate, its rule violations or its state.
 *
 * <p>Checked from an {@code @ArchTest} method, not a field: Maven Surefire 3.5.3 silently skips field-based
 * ArchUnit tests (TNG/ArchUnit#1442, apache/maven-surefire#839).
 */
@AnalyzeClasses(packages = "org.pointsbank.projections", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final ArchRule PROJECTIONS_USE_ONLY_THE_CORES_API_AND_SHARED_PACKAGES = noClasses()
            .that().resideInAPackage("org.pointsbank.projections..")
            .should().dependOnClassesThat(resideInAPackage("org.pointsbank.core..")
                    .and(not(resideInAnyPackage("org.pointsbank.core.*.api..", "org.pointsbank.core.shared.."))))
            .because("an aggregate's internals may change shape at any time; its events are the contract");

    @ArchTest
    void projectionsUseOnlyTheCoresApiAndSharedPackages(JavaClasses projections) {
        PROJECTIONS_USE_ONLY_THE_CORES_API_AND_SHARED_PACKAGES.check(projections);
    }
}
