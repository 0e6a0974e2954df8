/** Value types and the rule-violation base shared by every aggregate. */
package org.pointsbank.core.shared;
