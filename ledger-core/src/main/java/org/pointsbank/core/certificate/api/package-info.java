/** Commands and events of certificates of volunteer service and of the stations' certificate registers. */
package org.pointsbank.core.certificate.api;
