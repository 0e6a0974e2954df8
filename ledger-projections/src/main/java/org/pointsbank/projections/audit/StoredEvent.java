package org.pointsbank.projections.audit;

/** An event row exactly as {@code domain_event_entry} stores it: what the hash chain covers. */
public record StoredEvent(
        long globalIndex,
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String type,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        byte[] metaData,
        String timeStamp) {

    static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type, "
            + "payload_type, payload_revision, payload, meta_data, time_stamp";

    static final org.springframework.jdbc.core.RowMapper<StoredEvent> ROW = (rs, n) -> new StoredEvent(
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            rs.getLong(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7),
            rs.getBytes(8),
            rs.getBytes(9),
            rs.getString(10));
}
