package org.pointsbank.projections.support;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes some of a batch's queued writes, in the order they were queued, summing them as it likes. */
@FunctionalInterface
public interface BatchWriter<T> {

    void write(JdbcTemplate jdbc, List<T> writes);
}
