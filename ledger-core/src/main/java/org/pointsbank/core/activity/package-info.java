/** Activities: a planned session of volunteer work or study at a station, its roster, attendance and close. */
package org.pointsbank.core.activity;
