package org.pointsbank.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pointsbank.core.report.ReportHistory.REPORT;
import static org.pointsbank.core.report.ReportHistory.RESOLVER;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.report.api.AttachPhoto;
import org.pointsbank.core.report.api.DuplicateLinked;
import org.pointsbank.core.report.api.ErasePhoto;
import org.pointsbank.core.report.api.LinkDuplicate;
import org.pointsbank.core.report.api.RecordRewardRefused;
import org.pointsbank.core.report.api.ResolutionOutcome;
import org.pointsbank.core.report.api.RewardRefused;
import org.pointsbank.core.shared.RuleViolation;

/** A report written to a Jackson snapshot and read back is the same report, and keeps enforcing its rules. */
class ProblemReportSnapshotTest {

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();

    /** A verified report with three photos (one erased), a linked duplicate and a refused reward. */
    private ProblemReport busyReport() {
        AtomicReference<ProblemReport> report = new AtomicReference<>();
        ReportHistory.fixture()
                .given(ReportHistory.resolved(ResolutionOutcome.FIXED)
                        .photo("p-1")
                        .photo("p-2")
                        .photo("p-3")
                        .erased("p-2")
                        .add(new DuplicateLinked(REPORT, "r-2", RESOLVER, ReportHistory.EARLIER))
                        .verify(ReportHistory.POINTS)
                        .events())
                .when(new RecordRewardRefused(REPORT, "PERIOD_CLOSED", "month closed"))
                .expectEvents(new RewardRefused(
                        REPORT, ReportHistory.CARD, "PERIOD_CLOSED", "month closed", ReportHistory.NOW))
                .expectState(report::set);
        return report.get();
    }

    @Test
    void restoresEveryField() {
        ProblemReport report = busyReport();

        SerializedObject<String> snapshot = serializer.serialize(report, String.class);
        ProblemReport restored = serializer.deserialize(snapshot);

        assertThat(snapshot.getType().getName()).isEqualTo(ProblemReport.class.getName());
        assertThat(snapshot.getType().getRevision()).isEqualTo("1");
        assertThat(snapshot.getData()).contains("\"VERIFIED\"", "\"p-2\":true", "\"r-2\"", "\"rewardRefused\":true");
        assertThat(restored).isNotSameAs(report).usingRecursiveComparison().isEqualTo(report);
    }

    @Test
    void aRestoredReportKeepsItsPhotoCountItsErasureAndItsRefusal() {
        ProblemReport restored = serializer.deserialize(serializer.serialize(busyReport(), String.class));

        assertThatRefused(() -> restored.handle(new ErasePhoto(REPORT, "p-2", null, "admin"), null), "PHOTO_ERASED");
        assertThatRefused(
                () -> restored.handle(new RecordRewardRefused(REPORT, "PERIOD_CLOSED", "again"), null),
                "REPORT_STATE_CONFLICT");
        assertThatRefused(
                () -> restored.handle(new AttachPhoto(REPORT, "p-4", "00", "image/png", 1, "admin"), null),
                "REPORT_STATE_CONFLICT");
        assertThat(restored)
                .extracting("photos")
                .extracting("erasedById")
                .asString()
                .contains("p-1", "p-3");
        assertThat(restored).extracting("duplicates").asString().contains("r-2");
        restored.handle(new LinkDuplicate(REPORT, "r-2", RESOLVER), null); // linked already: records nothing
    }

    private static void assertThatRefused(Runnable command, String code) {
        assertThatThrownBy(command::run)
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo(code));
    }
}
