/**
 * Open311 GeoReport v2 (JSON, no jurisdictions): the report categories as services, problem reports as service
 * requests read with the specification's field names and formats, and filed by its form POST through the reports'
 * own submission. Deviations from the specification are documented in {@code docs/api.md}: errors are the API's
 * problem+json, a filed request names its grid cell ({@code grid_cell_id}), and nothing personal is answered.
 */
package org.pointsbank.api.open311;
