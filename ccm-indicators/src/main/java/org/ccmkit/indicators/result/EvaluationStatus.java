package org.ccmkit.indicators.result;

/**
 * What an evaluation of an indicator for a cycle could say. A computed value, a value taken from print and no value
 * are different statuses; "agrees" or "differs" is said only of a computed value.
 */
public enum EvaluationStatus {
  /** The value was computed by ccmkit from the facts of the subjects (it may be a bound: see {@link Score#bound()}). */
  COMPUTED,
  /**
   * Nothing was computed, and the value is a figure a document printed for the cycle (the reason says why nothing was
   * computed and which figure was taken, by the headline rule).
   */
  PUBLISHED,
  /**
   * Nothing was computed, and documents printed different exact figures for the cycle that no rule separates: both are
   * shown, none is the value, and no trend is drawn through the cycle.
   */
  SOURCES_DIFFER,
  /**
   * The indicator could be computed, but no member of its population is known to meet its criterion or to fail it
   * in the cycle (or the population is empty), and no document printed a figure: there is no value, which is not zero.
   */
  NO_DATA,
  /**
   * The indicator cannot be computed as modelled: an unknown data element, a measure its population cannot give (a
   * percentage with no population), a population the dataset cannot supply. The evaluation says why.
   */
  NOT_EVALUABLE;

  /** {@return whether the status carries a value: {@link #COMPUTED} or {@link #PUBLISHED}} */
  public boolean hasValue() {
    return this == COMPUTED || this == PUBLISHED;
  }
}
