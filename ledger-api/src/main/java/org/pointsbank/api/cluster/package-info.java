/** What several instances on one PostgreSQL share: scheduled work that runs once across them. */
package org.pointsbank.api.cluster;
