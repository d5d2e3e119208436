package org.ccmkit.indicators.result;

/** How a subject of an indicator's population fared in a cycle. */
public enum SubjectOutcome {
  /** In the numerator: it reported an affirmative fact for every data element of the indicator. */
  COUNTED,
  /** In the denominator, not the numerator: it reported, but not affirmatively for every data element. */
  NOT_COUNTED,
  /** In the denominator, not the numerator: it reported no fact for the indicator's data elements in the cycle. */
  NO_DATA,
  /** In the initial population, left out of the denominator by the indicator's qualifier. */
  EXCLUDED
}
