package org.pointsbank.api.category;

import org.pointsbank.projections.category.ReportCategory;

/**
 * A report category: the points a verified report accepted now earns, and whether it is retired (a retired
 * category takes no new reports; those submitted go on).
 */
public record CategoryResponse(String code, String name, int points, String description, boolean retired) {

    static CategoryResponse of(ReportCategory row) {
        return new CategoryResponse(row.code(), row.name(), row.points(), row.description(), row.retired());
    }
}
