package org.ccmkit.model.plan;

/**
 * How an indicator's value is expressed, in {@link FigureUnit}s: a COUNT in COUNT, a PERCENTAGE in PERCENT, a
 * COUNT_AND_PERCENTAGE in both (the percentage the headline), a QUANTITY in QUANTITY, a CHANGE in CHANGE.
 */
public enum Measure {
  /** "The number of …": a count of the subjects that meet the criterion. */
  COUNT,
  /** "Percentage of …": the count as a percentage of the population. */
  PERCENTAGE,
  /** "Number and percentage of …": both. */
  COUNT_AND_PERCENTAGE,
  /** A quantity that is not a count of population members: money, munitions, square kilometres, people. */
  QUANTITY,
  /**
   * "The increase in the number of …": the change in a count between the start of the plan's period and the cycle,
   * with the subjects that entered and those that left; its value may be negative.
   */
  CHANGE
}
