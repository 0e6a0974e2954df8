/**
 * Business figures for operators: entries, points, redemptions, reports and activities, read from the read models
 * and exported as gauges ({@code pointsbank.entries}, {@code pointsbank.points.*}, ...). See docs/operations.md,
 * "Monitoring", for why they are read from the read models rather than counted.
 */
package org.pointsbank.api.monitoring;
