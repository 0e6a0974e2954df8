/** Events a read model could not handle: parked per sequence, listed, counted and retried by admins. */
package org.pointsbank.api.deadletter;
