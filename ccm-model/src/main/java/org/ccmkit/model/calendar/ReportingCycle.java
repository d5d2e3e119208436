package org.ccmkit.model.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.ccmkit.model.convention.ConventionDates;
import org.immutables.value.Value;

/**
 * A reporting cycle, named after the meeting whose progress report counts it: the nMSP held in year Y counts the
 * Article 7 reports due 30 April Y, which cover calendar year Y−1. The 13MSP cycle counts reports due 30 April 2025.
 *
 * <p>Populations of a cycle (for example the affected States Parties) are computed on its {@link #date()}, the day the
 * reports it counts fall due.
 */
@Value.Immutable
public abstract class ReportingCycle implements Comparable<ReportingCycle> {

  /** Implemented in this package only (by the generated immutable class). */
  ReportingCycle() {}

  /** {@return the meeting's short name, e.g. {@code 13MSP}} */
  public abstract String meeting();

  /** {@return the year the meeting is held; the reports it counts are due 30 April of this year} */
  public abstract int year();

  /**
   * The cycle of the meeting {@code meeting} held in {@code year}.
   *
   * @param meeting the meeting's id, e.g. {@code 13MSP}
   * @param year the year
   * @return the cycle of the meeting {@code meeting} held in {@code year}
   */
  public static ReportingCycle of(String meeting, int year) {
    return ImmutableReportingCycle.builder().meeting(meeting).year(year).build();
  }

  /**
   * The cycle of a meeting.
   *
   * @param meeting the meeting's id, e.g. {@code 13MSP}
   * @return the cycle of a meeting
   */
  public static ReportingCycle of(Meeting meeting) {
    return of(meeting.id(), meeting.year());
  }

  /** {@return Art. 7(2): the due date of the annual reports the cycle counts, 30 April of its year} */
  public LocalDate reportsDue() {
    return ConventionDates.annualReportDue(coveredYear());
  }

  /** {@return the calendar year the annual reports of the cycle cover} */
  public int coveredYear() {
    return year() - 1;
  }

  /** {@return the date on which the cycle's populations are computed: {@link #reportsDue()}} */
  public LocalDate date() {
    return reportsDue();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    Meeting.ordinalOf(meeting());
    checkArgument(year() >= 2010, "ReportingCycle.year must be 2010 or later (the year of the first meeting), was %s (%s)",
        year(), meeting());
  }

  @Override
  public int compareTo(ReportingCycle o) {
    int c = Integer.compare(year(), o.year());
    return c != 0 ? c : meeting().compareTo(o.meeting());
  }

  @Override
  public String toString() {
    return meeting() + " cycle (reports due " + reportsDue() + ")";
  }
}
