package org.ccmkit.model.convention;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Period;

/**
 * The date rules of the Convention, each next to the article and paragraph it implements. Every deadline the library
 * reports is computed here from a date the depositary or a meeting recorded; none is typed in.
 */
public final class ConventionDates {

  /** The Convention was adopted in Dublin on 30 May 2008 and opened for signature in Oslo on 3 December 2008. */
  public static final LocalDate OPENED_FOR_SIGNATURE = LocalDate.of(2008, 12, 3);

  /** The thirtieth instrument of ratification was deposited on 16 February 2010 (Burkina Faso, Republic of Moldova). */
  public static final LocalDate THIRTIETH_INSTRUMENT = LocalDate.of(2010, 2, 16);

  /** Art. 17(1): the first day of the sixth month after the month of the thirtieth deposit: 1 August 2010. */
  public static final LocalDate CONVENTION_ENTRY_INTO_FORCE = firstDayOfSixthMonthAfter(THIRTIETH_INSTRUMENT);

  /** Art. 3(2): stockpiles are destroyed not later than eight years after entry into force for the State. */
  public static final Period STOCKPILE_DESTRUCTION_PERIOD = Period.ofYears(8);

  /** Art. 3(3) and 3(4): an extension, and each further extension, is of up to four years. */
  public static final Period MAX_ARTICLE_3_EXTENSION = Period.ofYears(4);

  /** Art. 4(1)(a) and (b): clearance not later than ten years after entry into force or the end of hostilities. */
  public static final Period CLEARANCE_PERIOD = Period.ofYears(10);

  /** Art. 4(5) and 4(8): an extension, and each further extension, is of up to five years. */
  public static final Period MAX_ARTICLE_4_EXTENSION = Period.ofYears(5);

  /** Art. 3(5) and 4(6): an extension request is submitted at least nine months before the meeting considering it. */
  public static final Period EXTENSION_REQUEST_LEAD_TIME = Period.ofMonths(9);

  /** Art. 7(1): the initial report is due not later than 180 days after entry into force for the State. */
  public static final int INITIAL_REPORT_DAYS = 180;

  /** Art. 20(3): withdrawal takes effect six months after the depositary receives the instrument of withdrawal. */
  public static final Period WITHDRAWAL_NOTICE = Period.ofMonths(6);

  /** Art. 8(2): a request for clarification is answered within 28 days. */
  public static final int CLARIFICATION_REPLY_DAYS = 28;

  private ConventionDates() {}

  /**
   * The date the Convention enters into force for a State that deposited its instrument of ratification, acceptance,
   * approval or accession on {@code deposit}.
   *
   * <p>Art. 17(1): for the first thirty instruments (deposited on or before 16 February 2010), 1 August 2010. Art.
   * 17(2): for a later deposit, the first day of the sixth month after the date of deposit (19 Oct 2010 → 1 Apr 2011).
   *
   * @param deposit the date the instrument was deposited
   * @return the date the Convention enters into force for a State that deposited its instrument of ratification,
   *     acceptance, approval or accession on {@code deposit}
   */
  public static LocalDate entryIntoForce(LocalDate deposit) {
    checkDate(deposit, "deposit");
    if (!deposit.isAfter(THIRTIETH_INSTRUMENT)) {
      return CONVENTION_ENTRY_INTO_FORCE;
    }
    return firstDayOfSixthMonthAfter(deposit);
  }

  private static LocalDate firstDayOfSixthMonthAfter(LocalDate date) {
    return date.withDayOfMonth(1).plusMonths(6);
  }

  /**
   * Art. 20(3): withdrawal notified on {@code notified} takes effect six months later.
   *
   * @param notified the date the withdrawal was notified to the depositary
   * @return Art. 20(3): withdrawal notified on {@code notified} takes effect six months later
   */
  public static LocalDate withdrawalEffective(LocalDate notified) {
    checkDate(notified, "withdrawal notified");
    return notified.plus(WITHDRAWAL_NOTICE);
  }

  /**
   * Art. 20(3): withdrawal takes effect six months after notification, but not before the end of an armed conflict in
   * which the withdrawing State is engaged when the six months expire.
   *
   * @param notified the date the withdrawal was notified to the depositary
   * @param endOfArmedConflict the date the armed conflict ended
   * @return Art. 20(3): withdrawal takes effect six months after notification, but not before the end of an armed
   *     conflict in which the withdrawing State is engaged when the six months expire
   */
  public static LocalDate withdrawalEffective(LocalDate notified, LocalDate endOfArmedConflict) {
    LocalDate sixMonths = withdrawalEffective(notified);
    checkDate(endOfArmedConflict, "end of armed conflict");
    return endOfArmedConflict.isAfter(sixMonths) ? endOfArmedConflict : sixMonths;
  }

  /**
   * Art. 7(1): the initial transparency report is due 180 days after entry into force for the State.
   *
   * @param entryIntoForce the date the Convention entered into force for the State
   * @return Art. 7(1): the initial transparency report is due 180 days after entry into force for the State
   */
  public static LocalDate initialReportDue(LocalDate entryIntoForce) {
    checkDate(entryIntoForce, "entry into force");
    return entryIntoForce.plusDays(INITIAL_REPORT_DAYS);
  }

  /**
   * Art. 7(2): the annual update covering calendar year {@code coveredYear} is due 30 April of the following year.
   *
   * @param coveredYear the calendar year the report covers
   * @return Art. 7(2): the annual update covering calendar year {@code coveredYear} is due 30 April of the following
   *     year
   */
  public static LocalDate annualReportDue(int coveredYear) {
    checkYear(coveredYear);
    return LocalDate.of(coveredYear + 1, 4, 30);
  }

  /**
   * Art. 3(8): a State retaining cluster munitions reports each year's retention by 30 April of the following year.
   *
   * @param retentionYear the year of the retention report
   * @return Art. 3(8): a State retaining cluster munitions reports each year's retention by 30 April of the following
   *     year
   */
  public static LocalDate retentionReportDue(int retentionYear) {
    return annualReportDue(retentionYear);
  }

  /**
   * Art. 3(2): the original stockpile destruction deadline, eight years after entry into force for the State.
   *
   * @param entryIntoForce the date the Convention entered into force for the State
   * @return Art. 3(2): the original stockpile destruction deadline, eight years after entry into force for the State
   */
  public static LocalDate stockpileDestructionDeadline(LocalDate entryIntoForce) {
    checkDate(entryIntoForce, "entry into force");
    return entryIntoForce.plus(STOCKPILE_DESTRUCTION_PERIOD);
  }

  /**
   * Art. 4(1)(a) and (b): the original clearance deadline, ten years after {@code start}: entry into force for the
   * State for contamination present then, or the end of the active hostilities for remnants that arose later.
   *
   * @param start the date the obligation starts
   * @return Art. 4(1)(a) and (b): the original clearance deadline, ten years after {@code start}: entry into force for
   *     the State for contamination present then, or the end of the active hostilities for remnants that arose later
   */
  public static LocalDate clearanceDeadline(LocalDate start) {
    checkDate(start, "clearance start");
    return start.plus(CLEARANCE_PERIOD);
  }

  /**
   * Art. 3(5), 4(6): the latest date an extension request can be submitted for consideration at a meeting.
   *
   * @param meetingDate the date of the meeting
   * @return Art. 3(5), 4(6): the latest date an extension request can be submitted for consideration at a meeting
   */
  public static LocalDate latestExtensionRequest(LocalDate meetingDate) {
    checkDate(meetingDate, "meeting date");
    return meetingDate.minus(EXTENSION_REQUEST_LEAD_TIME);
  }

  private static void checkDate(LocalDate date, String field) {
    checkArgument(date != null, "%s date must not be null", field);
    checkArgument(!date.isBefore(OPENED_FOR_SIGNATURE),
        "%s date must not be before the Convention was opened for signature (%s), was %s", field, OPENED_FOR_SIGNATURE,
        date);
  }

  private static void checkYear(int year) {
    checkArgument(year >= OPENED_FOR_SIGNATURE.getYear(),
        "covered year must not be before the Convention existed (%s), was %s", OPENED_FOR_SIGNATURE.getYear(), year);
  }
}
