package org.pointsbank.api.projection;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One segment of a tracking processor as {@code token_entry} has it, whichever instance asks: the node id of the
 * instance that holds its claim ({@code null}: nobody holds it now) and when that claim was last refreshed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SegmentClaim(int segment, String owner, String claimedAt) {}
