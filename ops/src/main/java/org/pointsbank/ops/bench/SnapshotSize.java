package org.pointsbank.ops.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.pointsbank.ops.OpsFailure;

/**
 * A card's latest snapshot as the event store keeps it, read straight from {@code snapshot_event_entry} (the
 * service has no endpoint for it): the sequence number it was taken at and its serialized size in bytes.
 */
record SnapshotSize(long sequenceNumber, long bytes) {

    static final String QUERY = "SELECT sequence_number, length(payload) FROM snapshot_event_entry "
            + "WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1";

    /** The card's latest snapshot; empty when it has none. */
    static Optional<SnapshotSize> of(String url, String user, String password, String cardId) {
        try (Connection connection = DriverManager.getConnection(url, user, password == null ? "" : password);
                PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setString(1, cardId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new SnapshotSize(row.getLong(1), row.getLong(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new OpsFailure("reading the snapshot of card " + cardId + " at " + url + ": " + e.getMessage(), e);
        }
    }
}
