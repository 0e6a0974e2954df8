package org.pointsbank.core.grid.api;

/** The five levels of the city's grid, from the top: a cell's parent is exactly one level up. */
public enum GridLevel {
    COUNTY,
    STREET,
    COMMUNITY,
    GRID,
    UNIT;

    /** The level a parent of a cell at this level must have, or {@code null} for {@link #COUNTY}, which has none. */
    public GridLevel parentLevel() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }
}
