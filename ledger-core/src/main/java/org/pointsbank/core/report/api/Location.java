package org.pointsbank.core.report.api;

/** Where a problem was seen, in WGS 84 degrees: latitude −90–90, longitude −180–180. */
public record Location(double lat, double lon) {}
