/** What several projections share: batched writes per processor batch, consistent read snapshots. */
package org.pointsbank.projections.support;
