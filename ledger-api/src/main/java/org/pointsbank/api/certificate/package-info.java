/**
 * Certificates of volunteer service: issuing one (the card describes its service, the station's register numbers
 * it, the certificate records it, in one unit of work), reading it as JSON or a PDF with a QR code, its public
 * verification (a masked holder, valid or not and why), and the pages of a volunteer and of a station's desk.
 */
package org.pointsbank.api.certificate;
