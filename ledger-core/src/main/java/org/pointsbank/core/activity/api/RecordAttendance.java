package org.pointsbank.core.activity.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Attendance taken on paper: minutes per card, 0 to the planned minutes. They win over scanned minutes at the close;
 * a card not on the roster joins it if capacity allows.
 */
public record RecordAttendance(@TargetAggregateIdentifier String activityId, List<AttendanceEntry> entries) {}
