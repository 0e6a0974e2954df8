/**
 * Rotating check-in codes: the short-lived code an activity's sign-in table or a reading room's door shows (as
 * digits and as a QR code), derived from a key that is never stored in an event, and the check that a code a
 * volunteer sends is still current.
 */
package org.pointsbank.api.checkin;
