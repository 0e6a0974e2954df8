/** The RewardCard aggregate and the rules that guard its points. */
package org.pointsbank.core.card;
