package org.ccmkit.indicators.validation;

/** How much a failed rule matters (DHIS2's validation rule importance). */
public enum Importance {
  /** The data cannot all be true. */
  HIGH,
  /** The data are doubtful. */
  MEDIUM,
  /** Worth a look. */
  LOW
}
