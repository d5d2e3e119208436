package org.ccmkit.indicators.result;

/** What an evaluation of an indicator for a cycle could say. */
public enum EvaluationStatus {
  /** The indicator has a value for the cycle, computed from the facts or, failing those, as a document published it. */
  EVALUATED,
  /**
   * The indicator could be computed, but no subject of its population reported any fact for its data elements in the
   * cycle (or the population is empty), and no document published a value: there is no value, which is not zero.
   */
  NO_DATA,
  /**
   * The indicator cannot be computed as modelled: an unknown data element, a measure its population cannot give (a
   * percentage with no population), a population the dataset cannot supply. The evaluation says why.
   */
  NOT_EVALUABLE
}
