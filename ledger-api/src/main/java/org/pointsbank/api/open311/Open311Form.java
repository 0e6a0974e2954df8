package org.pointsbank.api.open311;

/**
 * The fields of GeoReport v2's {@code POST requests} this service reads: {@code service_code}, {@code lat} and
 * {@code long} or {@code address_string}, {@code description}, {@code account_id} (the card; a volunteer's own when
 * absent), and the extension {@code grid_cell_id}. Every other field of the specification (jurisdiction, email,
 * device, names, phone, media, attributes) is ignored: nothing personal is taken in.
 */
record Open311Form(
        String serviceCode,
        String lat,
        String lon,
        String addressString,
        String description,
        String accountId,
        String gridCellId) {}
