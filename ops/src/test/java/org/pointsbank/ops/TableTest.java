package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void alignsColumnsAndRightAlignsNumbers() {
        Table table =
                new Table("NAME", "COUNT").alignRight(1).row("card_balance", 7).row("ranking", 1234);

        assertThat(table.lines()).containsExactly("NAME          COUNT", "card_balance      7", "ranking        1234");
    }

    @Test
    void showsMissingValuesAsDashAndLeavesNoTrailingBlanks() {
        Table table = new Table("A", "B").row("long value", null).row("x", "y");

        assertThat(table.lines()).containsExactly("A           B", "long value  -", "x           y");
    }

    @Test
    void rejectsRowsOfTheWrongWidth() {
        assertThatThrownBy(() -> new Table("A", "B").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
