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
  /**
   * Not completed, past the last deadline the data know, and the data do not give the complete history of extensions
   * ({@link Obligation#extensionsComplete()} is false): the deadline in force is unknown, so the obligation is neither
   * known to be overdue nor known to be within its deadline.
   */
  DEADLINE_UNKNOWN,
  /** Completed on or before the deadline in force on the day of completion. */
  COMPLETED_ON_TIME,
  /** Completed after the deadline in force on the day of completion. */
  COMPLETED_LATE,
  /**
   * Completed after the last deadline the data know, without the complete history of extensions: whether it was
   * completed on time is unknown.
   */
  COMPLETED_TIMELINESS_UNKNOWN,
  /**
   * The data do not say whether the obligation was fulfilled on the date: a transparency report for which the data
   * record no submission and do not claim to record every submission ({@link TransparencyReport#submissionsComplete()}
   * is false), or one known to have been submitted only by a later date. Neither outstanding nor completed.
   */
  UNKNOWN;

  /** {@return whether the obligation has been completed, on time, late or with its timeliness unknown} */
  public boolean isCompleted() {
    return this == COMPLETED_ON_TIME || this == COMPLETED_LATE || this == COMPLETED_TIMELINESS_UNKNOWN;
  }

  /** {@return whether the status is known: anything but {@link #UNKNOWN}} */
  public boolean isKnown() {
    return this != UNKNOWN;
  }

  /**
   * {@return whether the obligation is still to be fulfilled (pending, under extension, overdue or with its deadline unknown)}
   */
  public boolean isOutstanding() {
    return this == PENDING || this == UNDER_EXTENSION || this == OVERDUE || this == DEADLINE_UNKNOWN;
  }
}
