/** The reward card's public surface: its commands, events and command results. */
package org.pointsbank.core.card.api;
