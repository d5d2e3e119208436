package org.ccmkit.indicators.reporting;

/** Where one expected Article 7 report stands. */
public enum ReportOutcome {
  /** Received on or before its due date (known from the day, or from a day by which it had been submitted). */
  ON_TIME,
  /** Received after its due date. */
  LATE,
  /** Received, on a day the data do not give, possibly after its due date: timeliness unknown. */
  TIMELINESS_UNKNOWN,
  /** Known not to have been received: still not submitted on a day after its due date. */
  NOT_RECEIVED,
  /** The data say nothing of it: unknown, not "not received". */
  NO_RECORD;

  /** {@return whether the report was received (on time, late, or with its timeliness unknown)} */
  public boolean isReceived() {
    return this == ON_TIME || this == LATE || this == TIMELINESS_UNKNOWN;
  }
}
