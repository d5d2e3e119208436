package org.ccmkit.model.plan;

/** Which way an indicator's value should move for progress. */
public enum Direction {
  /** More is better (most indicators). */
  INCREASE,
  /** Fewer is better: use, non-compliance, overdue reports. */
  DECREASE,
  /** Neither is better in itself, e.g. the number of extension requests. */
  NEUTRAL
}
