/**
 * The report category catalogue read model (Open311's services): code, name, points, description, retirement.
 * Streaming, rebuilt by replay.
 */
package org.pointsbank.projections.category;
