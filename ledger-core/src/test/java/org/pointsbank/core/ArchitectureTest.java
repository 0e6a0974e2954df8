package org.pointsbank.core;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The core stays a pure domain: Axon annotations only, no Spring, no SQL, and api packages that
 * stand on their own.
 *
 * <p>The rules are checked from {@code @ArchTest} methods rather than declared as
 * {@code @ArchTest} fields: Maven Surefire 3.5.3 silently skips field-based ArchUnit tests
 * (TNG/ArchUnit#1442, apache/maven-surefire#839), which would let a violation pass unnoticed.
 */
@AnalyzeClasses(packages = "org.pointsbank.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final ArchRule CORE_DEPENDS_ON_NEITHER_SPRING_NOR_SQL = noClasses()
            .that()
            .resideInAPackage("org.pointsbank.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "java.sql..",
                    "javax.sql..",
                    "jakarta.persistence..",
                    "org.axonframework.spring..")
            .because("the domain is Axon annotations only; wiring and storage belong to the other modules");

    /** Axon's annotations on commands ({@code @TargetAggregateIdentifier}): markers, no behaviour. */
    private static final DescribedPredicate<JavaClass> AXON_ANNOTATIONS = DescribedPredicate.describe(
            "Axon annotations",
            type -> type.isAnnotation() && type.getPackageName().startsWith("org.axonframework."));

    /**
     * Every aggregate's api package (card, station, gift, period, redemption and any added later): its commands
     * and events stand on the other api packages, the shared value types, the JDK and Axon's annotations only.
     */
    static final ArchRule API_PACKAGES_DO_NOT_REACH_INTO_AGGREGATE_INTERNALS = classes()
            .that()
            .resideInAPackage("org.pointsbank.core.(*).api..")
            .should()
            .onlyDependOnClassesThat(
                    resideInAnyPackage("org.pointsbank.core.*.api..", "org.pointsbank.core.shared..", "java..")
                            .or(AXON_ANNOTATIONS))
            .because("projections and the API depend on the api packages only");

    /** The aggregates whose api packages the rule above must see, or it could not fail for them. */
    private static final Set<String> AGGREGATES =
            Set.of("card", "station", "gift", "period", "redemption", "activity", "grid", "category", "report");

    static final ArchRule POLICY_DOES_NOT_KNOW_THE_CARD = noClasses()
            .that()
            .resideInAPackage("..policy..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..card..")
            .because("policies are pure functions from minutes to points");

    @ArchTest
    void coreDependsOnNeitherSpringNorSql(JavaClasses core) {
        CORE_DEPENDS_ON_NEITHER_SPRING_NOR_SQL.check(core);
    }

    @ArchTest
    void apiPackagesDoNotReachIntoAggregateInternals(JavaClasses core) {
        Set<String> apiPackages = core.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.matches("org\\.pointsbank\\.core\\.[a-z]+\\.api"))
                .map(name -> name.split("\\.")[3])
                .collect(Collectors.toSet());
        assertThat(apiPackages).containsAll(AGGREGATES);
        API_PACKAGES_DO_NOT_REACH_INTO_AGGREGATE_INTERNALS.check(core);
    }

    @ArchTest
    void policyDoesNotKnowTheCard(JavaClasses core) {
        POLICY_DOES_NOT_KNOW_THE_CARD.check(core);
    }
}
