package org.pointsbank.core.report;

import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.report.ReportHistory.NOW;
import static org.pointsbank.core.report.ReportHistory.REPORT;
import static org.pointsbank.core.report.ReportHistory.REPORTER;
import static org.pointsbank.core.report.ReportHistory.submitted;
import static org.pointsbank.core.report.ReportHistory.verified;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasField;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.report.api.AttachPhoto;
import org.pointsbank.core.report.api.ErasePhoto;
import org.pointsbank.core.report.api.PhotoAttached;
import org.pointsbank.core.shared.RuleKind;

/** At most three photos ever attached to a report, until it ends; an admin erases one once, in any state. */
@DisplayName("AttachPhoto, ErasePhoto")
class ReportPhotosTest {

    private static final String SHA = "0f".repeat(32);

    private AggregateTestFixture<ProblemReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = ReportHistory.fixture();
    }

    private static AttachPhoto attach(String photoId) {
        return new AttachPhoto(REPORT, photoId, SHA, "image/png", 2_048, REPORTER);
    }

    @Test
    void attachesAPhotoByItsIdAndHash() {
        fixture.given(submitted().photo("p-1").photo("p-2").events())
                .when(attach("p-3"))
                .expectEvents(new PhotoAttached(REPORT, "p-3", SHA, "image/png", 2_048, REPORTER, NOW));
    }

    @Test
    void refusesAFourthPhoto() {
        fixture.given(submitted().photo("p-1").photo("p-2").photo("p-3").events())
                .when(attach("p-4"))
                .expectException(allOf(hasCode("TOO_MANY_PHOTOS"), hasKind(RuleKind.STATE_CONFLICT)))
                .expectNoEvents();
    }

    @Test
    void anErasedPhotoStillCountsTowardTheThree() {
        fixture.given(submitted()
                        .photo("p-1")
                        .photo("p-2")
                        .photo("p-3")
                        .erased("p-2")
                        .events())
                .when(attach("p-4"))
                .expectException(TooManyPhotos.class)
                .expectNoEvents();
    }

    @Test
    void thePhotoAttachedAlreadyIsNotAttachedAgain() {
        fixture.given(submitted().photo("p-1").photo("p-2").photo("p-3").events())
                .when(attach("p-3"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void erasesAPhotoAlsoOnceTheReportEnded() {
        fixture.given(verified().photo("p-1").events())
                .when(new ErasePhoto(REPORT, "p-1", "shows a face", "admin"))
                .expectEvents(
                        new org.pointsbank.core.report.api.PhotoErased(REPORT, "p-1", "shows a face", "admin", NOW));
    }

    @Test
    void refusesToEraseAPhotoTheReportNeverHad() {
        fixture.given(submitted().photo("p-1").events())
                .when(new ErasePhoto(REPORT, "p-9", null, "admin"))
                .expectException(allOf(hasCode("PHOTO_NOT_FOUND"), hasKind(RuleKind.NOT_FOUND), hasField("photoId")))
                .expectNoEvents();
    }

    @Test
    void refusesToEraseAPhotoTwice() {
        fixture.given(submitted().photo("p-1").erased("p-1").events())
                .when(new ErasePhoto(REPORT, "p-1", null, "admin"))
                .expectException(allOf(hasCode("PHOTO_ERASED"), hasKind(RuleKind.GONE), hasField("photoId")))
                .expectNoEvents();
    }
}
