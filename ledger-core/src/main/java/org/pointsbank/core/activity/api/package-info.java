/** Commands and events of activities: planning, the roster, attendance, the close and its outcomes. */
package org.pointsbank.core.activity.api;
