package org.ccmkit.indicators.result;

/** Where the value of an evaluation comes from. */
public enum ValueOrigin {
  /** Computed by ccmkit from the facts the subjects reported. */
  COMPUTED,
  /**
   * Taken from a figure a document printed (a progress report, the Review Document, UNIDIR), because the facts give
   * no value for the cycle.
   */
  PUBLISHED,
  /** There is no value ({@link EvaluationStatus#NO_DATA} or {@link EvaluationStatus#NOT_EVALUABLE}). */
  NONE
}
