/**
 * Certificates of volunteer service: a station's register per year gives gap-free numbers, a certificate records
 * the figures a card described.
 */
package org.pointsbank.core.certificate;
