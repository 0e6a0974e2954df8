/**
 * The rankings read model: points earned per month, card and station, net of reversals ({@code ranking_total}),
 * and the standings published when a month was closed ({@code ranking_published}); queries rank them.
 */
package org.pointsbank.projections.ranking;
