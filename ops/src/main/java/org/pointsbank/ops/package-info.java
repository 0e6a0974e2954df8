/**
 * {@code points-bank-ops}: the command line operators and auditors run against a running
 * Points Bank service over HTTP. {@link org.pointsbank.ops.PointsBankOps} is the entry point;
 * one class per subcommand, {@link org.pointsbank.ops.OpsClient} for HTTP, and
 * {@link org.pointsbank.ops.ProgressBar} as a pure function for the rebuild progress line.
 * No Spring here: a plain jar, {@code java -jar ops/target/points-bank-ops.jar}.
 */
package org.pointsbank.ops;
