/**
 * What several instances on one PostgreSQL share: scheduled work that runs once across them ({@code ClusterOnce}),
 * and the processors' token claims, owned by each instance's own {@code NodeId}.
 */
package org.pointsbank.api.cluster;
