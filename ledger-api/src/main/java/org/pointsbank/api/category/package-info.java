/**
 * The report category catalogue (Open311's "services"): adding, repricing and retiring categories, listing them,
 * and {@link org.pointsbank.api.category.CategoryQuotes}, which asks a category for its terms through the aggregate.
 */
package org.pointsbank.api.category;
