/** Credits and their corrections: volunteer hours and study sessions turned into points, and reversals of entries. */
package org.pointsbank.api.credit;
