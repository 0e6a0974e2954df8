/** The benchmark baseline: a credit and a card read behind the plainest controller (benchmark profile only). */
package org.pointsbank.api.bench;
