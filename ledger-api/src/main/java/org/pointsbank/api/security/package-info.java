/**
 * Who may do what: authentication (Basic, bearer), the one AccessPolicy, sign-in throttling, rate limits, refusals
 * that leak nothing.
 */
package org.pointsbank.api.security;
