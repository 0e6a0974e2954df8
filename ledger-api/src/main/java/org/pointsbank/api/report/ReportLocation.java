package org.pointsbank.api.report;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.pointsbank.core.report.api.Location;

/** Where a problem was seen, in WGS 84 degrees. */
public record ReportLocation(
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {

    Location toCore() {
        return new Location(lat, lon);
    }

    static ReportLocation of(Location location) {
        return location == null ? null : new ReportLocation(location.lat(), location.lon());
    }
}
