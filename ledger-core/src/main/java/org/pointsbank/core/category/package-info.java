/** The catalogue of report categories (Open311's "services"): each one's name, points and retirement. */
package org.pointsbank.core.category;
