package org.ccmkit.model.plan;

/** The type of value a data element carries. */
public enum ValueType {
  /** Yes or no. */
  BOOLEAN,
  /** A whole number of things. */
  COUNT,
  /** An amount (money, munitions, area). */
  QUANTITY,
  /** A percentage, 0 to 100. */
  PERCENT,
  /** A date. */
  DATE,
  /** Free text. */
  TEXT
}
