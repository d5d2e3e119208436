package org.ccmkit.indicators.result;

/** The unit of a figure: a count of subjects, a percentage of a population, or a quantity (money, munitions, area). */
public enum ScoreUnit {
  /** A count. */
  COUNT,
  /** A percentage, 0 to 100. */
  PERCENT,
  /** A quantity. */
  QUANTITY,
  /** A change in a count, which may be negative: "the increase in the number of States Parties". */
  CHANGE
}
