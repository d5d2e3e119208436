package org.ccmkit.indicators.data;

/** The unit of a figure a document printed. */
public enum PublishedUnit {
  /** A count of subjects. */
  COUNT,
  /** A percentage. */
  PERCENT,
  /** A quantity (money, munitions, area) in the published value's quantity unit. */
  QUANTITY,
  /** An average over several cycles, ending with the published value's cycle. */
  AVERAGE
}
