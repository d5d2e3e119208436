package org.ccmkit.model.plan;

/**
 * The unit of a figure, computed or printed: the one unit enum of the library. A computed score's value is a COUNT, a
 * PERCENT, a QUANTITY or a CHANGE (see {@code Score#unit()}); a figure a document printed is a COUNT, a PERCENT, a
 * QUANTITY or an AVERAGE (see {@code PublishedValue#unit()}). An indicator's {@link Measure} says which of them its
 * value is expressed in: a COUNT_AND_PERCENTAGE in both COUNT and PERCENT, the percentage being the headline.
 */
public enum FigureUnit {
  /** A count of subjects (or of cases, for an indicator without a population). */
  COUNT,
  /** A percentage, 0 to 100. */
  PERCENT,
  /** A quantity that is not a count of subjects: money, munitions, square kilometres, people. */
  QUANTITY,
  /** A change in a count, which may be negative: "the increase in the number of States Parties". */
  CHANGE,
  /** A printed average over several cycles, ending with the figure's cycle. */
  AVERAGE
}
