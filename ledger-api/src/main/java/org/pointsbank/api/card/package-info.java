/**
 * Reward cards: issuing one (with its holder's erasable data), closing it, reading it and its balance at any
 * instant.
 */
package org.pointsbank.api.card;
