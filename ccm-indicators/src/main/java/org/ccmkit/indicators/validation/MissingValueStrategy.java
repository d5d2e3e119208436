package org.ccmkit.indicators.validation;

/**
 * What a side of a rule does when a data element it sums has no fact for the subject and cycle (DHIS2's missing value
 * strategies). Unlike DHIS2, a missing value is never read as zero: {@link #NEVER_SKIP} makes it a failure.
 */
public enum MissingValueStrategy {
  /** Skip the check when any element of the side is missing. */
  SKIP_IF_ANY_VALUE_MISSING,
  /** Skip the check when every element of the side is missing; with some present, sum those present. */
  SKIP_IF_ALL_VALUES_MISSING,
  /** Never skip: a missing element is a failure of the rule ("the rule needs it"). */
  NEVER_SKIP
}
