package org.ccmkit.model.plan;

/** How an indicator's value is expressed. */
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
