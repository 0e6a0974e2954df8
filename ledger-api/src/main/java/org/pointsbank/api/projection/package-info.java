/** Read-model maintenance for admins: the status of every projection, and rebuilding one from the event log. */
package org.pointsbank.api.projection;
