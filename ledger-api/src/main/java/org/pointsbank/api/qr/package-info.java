/**
 * QR codes of short texts (a check-in URL, a card's name), drawn by ZXing as PNG or as an SVG of one path, and the
 * choice between them by {@code Accept}.
 */
package org.pointsbank.api.qr;
