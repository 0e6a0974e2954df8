/** User accounts: creating users with their role and stations, enabling and disabling them, changing passwords. */
package org.pointsbank.api.account;
