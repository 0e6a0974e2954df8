package org.pointsbank.projections.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.category.api.ReportCategoryAdded;
import org.pointsbank.core.category.api.ReportCategoryPointsChanged;
import org.pointsbank.core.category.api.ReportCategoryRetired;
import org.pointsbank.projections.testing.ProjectionTest;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code report_category}: the catalogue with each category's current points and retirement. */
class ReportCategoryProjectionTest extends ProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant LATER = AT.plusSeconds(3600);

    private ReportCategoryProjection projection;
    private ReportCategoryRepository categories;
    private List<DomainEventMessage<?>> history;

    @BeforeEach
    void aCatalogue() {
        projection = new ReportCategoryProjection(jdbc, writes, longStatements);
        categories = new ReportCategoryRepository(jdbc);
        history = List.of(
                event("ReportCategory", "drain", 0, new ReportCategoryAdded("drain", "Drain cover", 10, "loose", AT)),
                event("ReportCategory", "lane", 0, new ReportCategoryAdded("lane", "Fire lane", 20, null, AT)),
                event("ReportCategory", "drain", 1, new ReportCategoryPointsChanged("drain", 15, 10, LATER)),
                event("ReportCategory", "drain", 2, new ReportCategoryPointsChanged("drain", 12, 15, LATER)),
                event("ReportCategory", "lane", 1, new ReportCategoryRetired("lane", LATER)));
    }

    @Test
    void theCatalogueShowsEachCategorysLatestPointsAndItsRetirement() {
        inOneBatch(projection, history);

        assertThat(categories.all())
                .containsExactly(
                        new ReportCategory("drain", "Drain cover", 12, "loose", false, AT, null),
                        new ReportCategory("lane", "Fire lane", 20, null, true, AT, LATER));
        assertThat(categories.find("lane")).map(ReportCategory::retired).contains(true);
        assertThat(categories.find("none")).isEmpty();
    }

    @Test
    void anEarlierPointsChangeHandledAgainDoesNotUndoALaterOne() {
        inOneBatch(projection, history);
        inOneBatch(projection, history.get(2), history.get(0));

        assertThat(categories.find("drain")).map(ReportCategory::points).contains(12);
    }

    @Test
    void replayingTheLogAfterAResetGivesTheRowsTheLiveBatchesGave() {
        history.forEach(e -> inOneBatch(projection, e));
        List<Map<String, Object>> live = dump();

        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> new AnnotationEventHandlerAdapter(projection).prepareReset());
        assertThat(dump()).isEmpty();
        inOneBatch(projection, List.<EventMessage<?>>copyOf(history));

        assertThat(dump()).isEqualTo(live).hasSize(2);
    }

    private List<Map<String, Object>> dump() {
        return jdbc.queryForList("SELECT * FROM report_category ORDER BY code");
    }
}
