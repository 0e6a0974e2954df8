package org.pointsbank.api.grid;

/** Grid cell ids are slugs chosen by the admin, as station ids are (e.g. {@code xihu-lingyin}). */
final class GridCellIds {

    static final String SLUG = "[a-z0-9][a-z0-9-]{1,63}";
    static final String SLUG_MESSAGE = "must be a slug: 2 to 64 lowercase letters, digits and dashes";

    private GridCellIds() {}
}
