package org.pointsbank.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.core.shared.RuleKind;

class PointsPolicyV1Test {

    private final PointsPolicy policy = new PointsPolicyV1();

    @Test
    void isVersionV1() {
        assertThat(policy.version()).isEqualTo("v1").isEqualTo(PointsPolicyV1.VERSION);
    }

    @Test
    void hasNoTermsForAReversal() {
        assertThatThrownBy(() -> policy.termsFor(EntryType.REVERSAL)).isInstanceOf(IllegalArgumentException.class);
    }

    /** What an activity of each kind may last: from the first minute that earns a point to the daily cap. */
    @ParameterizedTest(name = "{0}: {1} to {2} minutes")
    @CsvSource({"VOLUNTEER_HOURS, 6, 720", "STUDY_SESSION, 30, 240"})
    void creditableDurationsRunFromTheFirstPointToTheDailyCap(EntryType type, int shortest, int longest) {
        CreditTerms terms = policy.termsFor(type);
        assertThat(terms.minutesForFirstPoint()).isEqualTo(shortest);
        assertThat(terms.longestCreditableMinutes()).isEqualTo(longest);
    }

    @Test
    void termsThatNeverEarnAPointHaveNoFirstPointAndTheCapBoundsTheLongest() {
        CreditTerms nothing = new CreditTerms(1, 100, 50, minutes -> 0);
        assertThat(nothing.minutesForFirstPoint()).isEqualTo(-1);
        assertThat(nothing.longestCreditableMinutes()).isEqualTo(50);
    }

    @Nested
    class VolunteerHours {

        private final CreditTerms terms = policy.termsFor(EntryType.VOLUNTEER_HOURS);

        @ParameterizedTest(name = "{0} minutes earn {1} points")
        @CsvSource({
            "1, 0",
            "5, 0",
            "6, 1",
            "29, 4",
            "30, 5",
            "59, 9",
            "60, 10",
            "61, 10",
            "90, 15",
            "719, 119",
            "720, 120"
        })
        void earnsTenPointsAnHourRoundedDown(int minutes, int points) {
            assertThat(terms.accepts(minutes)).isTrue();
            assertThat(terms.pointsFor(minutes)).isEqualTo(points);
        }

        @ParameterizedTest(name = "{0} minutes")
        @ValueSource(ints = {0, 721, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
        void refusesDurationsOutsideOneToSevenHundredTwentyMinutes(int minutes) {
            assertThat(terms.accepts(minutes)).isFalse();
            assertThatThrownBy(() -> terms.pointsFor(minutes))
                    .isInstanceOfSatisfying(MinutesOutOfRange.class, refusal -> {
                        assertThat(refusal.code()).isEqualTo("VALIDATION_FAILED");
                        assertThat(refusal.kind()).isEqualTo(RuleKind.INVALID_INPUT);
                        assertThat(refusal.field()).isEqualTo("minutes");
                    })
                    .hasMessage("minutes must be between 1 and 720, was " + minutes);
        }

        @Test
        void allowsSevenHundredTwentyMinutesPerDay() {
            assertThat(terms.minMinutes()).isEqualTo(1);
            assertThat(terms.maxMinutes()).isEqualTo(720);
            assertThat(terms.dailyCapMinutes()).isEqualTo(720);
        }

        @ParameterizedTest(name = "{0} already credited, {1} more: within cap = {2}")
        @CsvSource({
            "0, 720, true",
            "0, 1, true",
            "600, 120, true",
            "719, 1, true",
            "600, 121, false",
            "720, 1, false",
            "1, 720, false"
        })
        void keepsTheDailyVolunteerCap(int alreadyCredited, int minutes, boolean within) {
            assertThat(terms.withinDailyCap(alreadyCredited, minutes)).isEqualTo(within);
        }
    }

    @Nested
    class StudySession {

        private final CreditTerms terms = policy.termsFor(EntryType.STUDY_SESSION);

        @ParameterizedTest(name = "{0} minutes earn {1} points")
        @CsvSource({"30, 5", "59, 5", "60, 10", "89, 10", "90, 15", "239, 35", "240, 40"})
        void earnsFivePointsPerFullHalfHour(int minutes, int points) {
            assertThat(terms.accepts(minutes)).isTrue();
            assertThat(terms.pointsFor(minutes)).isEqualTo(points);
        }

        @ParameterizedTest(name = "{0} minutes")
        @ValueSource(ints = {0, 1, 29, 241, 720, 721, -30, Integer.MAX_VALUE})
        void refusesDurationsOutsideThirtyToTwoHundredFortyMinutes(int minutes) {
            assertThat(terms.accepts(minutes)).isFalse();
            assertThatThrownBy(() -> terms.pointsFor(minutes))
                    .isInstanceOfSatisfying(MinutesOutOfRange.class, refusal -> {
                        assertThat(refusal.code()).isEqualTo("VALIDATION_FAILED");
                        assertThat(refusal.kind()).isEqualTo(RuleKind.INVALID_INPUT);
                        assertThat(refusal.field()).isEqualTo("minutes");
                    })
                    .hasMessage("minutes must be between 30 and 240, was " + minutes);
        }

        @Test
        void allowsTwoHundredFortyMinutesPerDay() {
            assertThat(terms.minMinutes()).isEqualTo(30);
            assertThat(terms.maxMinutes()).isEqualTo(240);
            assertThat(terms.dailyCapMinutes()).isEqualTo(240);
        }

        @ParameterizedTest(name = "{0} already credited, {1} more: within cap = {2}")
        @CsvSource({
            "0, 240, true",
            "210, 30, true",
            "180, 60, true",
            "211, 30, false",
            "240, 30, false",
            "1, 240, false"
        })
        void keepsTheDailyStudyCap(int alreadyCredited, int minutes, boolean within) {
            assertThat(terms.withinDailyCap(alreadyCredited, minutes)).isEqualTo(within);
        }
    }

    @Nested
    class EdgesOfBothKinds {

        @ParameterizedTest(name = "{0}: {1} minutes -> {2}")
        @CsvSource({
            "VOLUNTEER_HOURS, 0, refused",
            "VOLUNTEER_HOURS, 1, 0",
            "VOLUNTEER_HOURS, 29, 4",
            "VOLUNTEER_HOURS, 30, 5",
            "VOLUNTEER_HOURS, 59, 9",
            "VOLUNTEER_HOURS, 60, 10",
            "VOLUNTEER_HOURS, 720, 120",
            "VOLUNTEER_HOURS, 721, refused",
            "STUDY_SESSION, 0, refused",
            "STUDY_SESSION, 1, refused",
            "STUDY_SESSION, 29, refused",
            "STUDY_SESSION, 30, 5",
            "STUDY_SESSION, 59, 5",
            "STUDY_SESSION, 60, 10",
            "STUDY_SESSION, 720, refused",
            "STUDY_SESSION, 721, refused"
        })
        void answersTheContractTable(EntryType type, int minutes, String expected) {
            CreditTerms terms = policy.termsFor(type);
            if (expected.equals("refused")) {
                assertThatThrownBy(() -> terms.pointsFor(minutes)).isInstanceOf(MinutesOutOfRange.class);
            } else {
                assertThat(terms.pointsFor(minutes)).isEqualTo(Integer.parseInt(expected));
            }
        }
    }
}
