/** Points policies: pure functions from a credit's duration to points, each with a version id. */
package org.pointsbank.core.policy;
