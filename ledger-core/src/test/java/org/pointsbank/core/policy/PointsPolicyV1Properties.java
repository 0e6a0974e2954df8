package org.pointsbank.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.pointsbank.core.shared.EntryType;

/** Policy v1 against the formulas of docs/api.md, for every valid duration. */
class PointsPolicyV1Properties {

    private final PointsPolicy policy = new PointsPolicyV1();
    private final CreditTerms volunteer = policy.termsFor(EntryType.VOLUNTEER_HOURS);
    private final CreditTerms study = policy.termsFor(EntryType.STUDY_SESSION);

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void volunteerPointsAreFloorOfMinutesTimesTenOverSixty(@ForAll @IntRange(min = 1, max = 720) int minutes) {
        assertThat(volunteer.pointsFor(minutes)).isEqualTo((int) Math.floor(minutes * 10 / 60.0));
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void studyPointsAreFiveTimesFloorOfMinutesOverThirty(@ForAll @IntRange(min = 30, max = 240) int minutes) {
        assertThat(study.pointsFor(minutes)).isEqualTo(5 * (int) Math.floor(minutes / 30.0));
    }

    @Property
    void volunteerPointsNeverDecreaseAsMinutesGrow(
            @ForAll @IntRange(min = 1, max = 720) int a, @ForAll @IntRange(min = 1, max = 720) int b) {
        int shorter = Math.min(a, b);
        int longer = Math.max(a, b);
        assertThat(volunteer.pointsFor(shorter)).isLessThanOrEqualTo(volunteer.pointsFor(longer));
    }

    @Property
    void studyPointsNeverDecreaseAsMinutesGrow(
            @ForAll @IntRange(min = 30, max = 240) int a, @ForAll @IntRange(min = 30, max = 240) int b) {
        int shorter = Math.min(a, b);
        int longer = Math.max(a, b);
        assertThat(study.pointsFor(shorter)).isLessThanOrEqualTo(study.pointsFor(longer));
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void oneMoreMinuteNeverCostsAPoint(@ForAll @IntRange(min = 1, max = 719) int minutes) {
        assertThat(volunteer.pointsFor(minutes + 1)).isGreaterThanOrEqualTo(volunteer.pointsFor(minutes));
        if (minutes >= 30 && minutes < 240) {
            assertThat(study.pointsFor(minutes + 1)).isGreaterThanOrEqualTo(study.pointsFor(minutes));
        }
    }

    @Property
    void refusesEveryDurationOutsideTheValidRange(@ForAll int minutes) {
        if (minutes < 1 || minutes > 720) {
            assertThatThrownBy(() -> volunteer.pointsFor(minutes)).isInstanceOf(MinutesOutOfRange.class);
        } else {
            assertThat(volunteer.pointsFor(minutes)).isNotNegative();
        }
        if (minutes < 30 || minutes > 240) {
            assertThatThrownBy(() -> study.pointsFor(minutes)).isInstanceOf(MinutesOutOfRange.class);
        } else {
            assertThat(study.pointsFor(minutes)).isPositive();
        }
    }
}
