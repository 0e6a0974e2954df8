package org.pointsbank.api;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The application is one package per feature: the features depend on each other without cycles, and the
 * HTTP plumbing every feature shares ({@code http}) and the text boundary ({@code input}) name no feature.
 *
 * <p>The rules are checked from {@code @ArchTest} methods rather than declared as {@code @ArchTest} fields:
 * Maven Surefire 3.5.3 silently skips field-based ArchUnit tests (TNG/ArchUnit#1442, apache/maven-surefire#839),
 * which would let a violation pass unnoticed.
 */
@AnalyzeClasses(packages = "org.pointsbank.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Wiring and the typed settings every package reads; not a feature. */
    private static final String CONFIG = "org.pointsbank.api.config..";

    private static final String HTTP = "org.pointsbank.api.http..";
    private static final String INPUT = "org.pointsbank.api.input..";
    private static final String APPLICATION = "org.pointsbank.api..";

    /** {@code config} included: wiring may name what it wires, so nothing it wires may name wiring but settings. */
    static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = slices().matching("org.pointsbank.api.(*)..")
            .namingSlices("$1")
            .should()
            .beFreeOfCycles()
            .because("a feature can then be read, changed and tested without the ones that depend on it");

    static final ArchRule HTTP_NAMES_NO_FEATURE = noClasses()
            .that()
            .resideInAPackage(HTTP)
            .should()
            .dependOnClassesThat(resideInAPackage(APPLICATION).and(not(resideInAnyPackage(HTTP, CONFIG))))
            .because("every feature's web layer shares http; where http needs a feature, it declares an interface "
                    + "the feature implements");

    static final ArchRule INPUT_NAMES_NO_FEATURE = noClasses()
            .that()
            .resideInAPackage(INPUT)
            .should()
            .dependOnClassesThat(resideInAPackage(APPLICATION).and(not(resideInAnyPackage(INPUT, HTTP, CONFIG))))
            .because("the text boundary holds for every feature alike");

    private static final String PAGES = "org.pointsbank.api.pages..";

    static final ArchRule FEATURES_NAME_NO_PAGE = noClasses()
            .that()
            .resideOutsideOfPackage(PAGES)
            .should()
            .dependOnClassesThat(resideInAPackage(PAGES))
            .because("a page is a workplace made of several features; features serve it, never the other way round");

    @ArchTest
    void featuresNameNoPage(JavaClasses application) {
        FEATURES_NAME_NO_PAGE.check(application);
    }

    @ArchTest
    void featuresAreFreeOfCycles(JavaClasses application) {
        FEATURES_ARE_FREE_OF_CYCLES.check(application);
    }

    @ArchTest
    void httpNamesNoFeature(JavaClasses application) {
        HTTP_NAMES_NO_FEATURE.check(application);
    }

    @ArchTest
    void inputNamesNoFeature(JavaClasses application) {
        INPUT_NAMES_NO_FEATURE.check(application);
    }
}
