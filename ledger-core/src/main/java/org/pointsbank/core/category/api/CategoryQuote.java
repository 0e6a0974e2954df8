package org.pointsbank.core.category.api;

/** What {@link QuoteReportCategory} answers: the category's name and points now. */
public record CategoryQuote(String code, String name, int points, boolean retired) {}
