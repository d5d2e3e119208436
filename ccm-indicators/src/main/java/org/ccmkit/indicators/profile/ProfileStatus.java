package org.ccmkit.indicators.profile;

/**
 * Where a State stands on one indicator in a cycle. Whether being counted is progress depends on the indicator's
 * direction: for "the number of States Parties found in non-compliance" it is not.
 */
public enum ProfileStatus {
  /** In the numerator: the gap is closed. */
  COUNTED,
  /** In the denominator, reported, but not for every data element: the gap is open. */
  NOT_COUNTED,
  /**
   * In the denominator with no fact for the indicator: not counted where the data record every fact, unknown where
   * they do not (the published record).
   */
  NO_DATA,
  /** Outside the indicator's population, or left out by its qualifier; the reason says which. */
  NOT_APPLICABLE,
  /** The indicator cannot be evaluated in the cycle (its population unknown, say): whether the State is in it is unknown. */
  NOT_EVALUABLE;
}
