package org.ccmkit.model.obligation;

/** The status of an obligation on a date; always computed from the obligation's facts, never stored. */
public enum ObligationStatus {
  /** The obligation does not bind the State on the date: it has not started, or it ceased (withdrawal). */
  NOT_APPLICABLE,
  /** In force, not completed, and the deadline in force (if any) has not passed. Continuing obligations stay here. */
  PENDING,
  /** Like {@link #PENDING}, but the deadline in force is one an extension granted. */
  UNDER_EXTENSION,
  /** Not completed and the deadline in force has passed. */
  OVERDUE,
  /** Completed on or before the deadline in force on the day of completion. */
  COMPLETED_ON_TIME,
  /** Completed after the deadline in force on the day of completion. */
  COMPLETED_LATE;

  /** Whether the obligation has been completed, on time or late. */
  public boolean isCompleted() {
    return this == COMPLETED_ON_TIME || this == COMPLETED_LATE;
  }

  /** Whether the obligation is still to be fulfilled (pending, under extension or overdue). */
  public boolean isOutstanding() {
    return this == PENDING || this == UNDER_EXTENSION || this == OVERDUE;
  }
}
