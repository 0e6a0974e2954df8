/**
 * {@code points-bank-ops drill}: drills against a running deployment. {@code drill cluster}
 * ({@link org.pointsbank.ops.drill.ClusterDrillCommand}) loads two or more instances (directly, or through the
 * nginx of {@code ops/deploy}) with keyed credits, some sent again to another instance as a client whose answer was
 * lost would, and redemptions placed on one instance and finished on another; then it checks the ledger: nothing
 * lost, nothing doubled, every hold released or redeemed, reconciliation zero, the chain intact
 * ({@link org.pointsbank.ops.drill.ClusterChecks}). The HTTP client is the load tool's
 * ({@link org.pointsbank.ops.bench.BenchHttp}).
 */
package org.pointsbank.ops.drill;
