/** What several projections share: batched writes per processor batch. */
package org.pointsbank.projections.support;
