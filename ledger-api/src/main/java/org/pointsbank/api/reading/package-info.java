/**
 * Self-service reading rooms: a volunteer starts a reading session on their card with the code on a station's
 * reading-room door and ends it with the code again; the end credits a study session of its minutes. The card keeps
 * the one-open-session rule; the codes are the station's rotating check-in codes.
 */
package org.pointsbank.api.reading;
