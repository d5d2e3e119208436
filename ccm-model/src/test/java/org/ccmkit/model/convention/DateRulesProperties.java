package org.ccmkit.model.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The Convention's date rules hold for every date. */
class DateRulesProperties {

  @Provide
  Arbitrary<LocalDate> laterDeposits() {
    return Arbitraries.integers().between(1, 365 * 40)
        .map(d -> ConventionDates.THIRTIETH_INSTRUMENT.plusDays(d));
  }

  @Provide
  Arbitrary<LocalDate> anyDeposit() {
    return Arbitraries.integers().between(0, 365 * 40).map(d -> ConventionDates.OPENED_FOR_SIGNATURE.plusDays(d));
  }

  @Property
  void entryIntoForceIsTheFirstOfAMonth(@ForAll("anyDeposit") LocalDate deposit) {
    assertEquals(1, ConventionDates.entryIntoForce(deposit).getDayOfMonth());
  }

  @Property
  void laterDepositsEnterIntoForceAfterTheDepositAndAtMostSixMonthsLater(@ForAll("laterDeposits") LocalDate deposit) {
    LocalDate eif = ConventionDates.entryIntoForce(deposit);
    assertTrue(eif.isAfter(deposit), () -> eif + " after " + deposit);
    assertFalse(eif.isAfter(deposit.plusMonths(6)), () -> eif + " at most six months after " + deposit);
    // and in the sixth calendar month after the deposit's
    assertEquals(deposit.withDayOfMonth(1).plusMonths(6), eif);
  }

  @Property
  void noStateIsBoundBeforeTheConventionItself(@ForAll("anyDeposit") LocalDate deposit) {
    assertFalse(ConventionDates.entryIntoForce(deposit).isBefore(ConventionDates.CONVENTION_ENTRY_INTO_FORCE));
  }

  @Property
  void entryIntoForceNeverMovesBackAsTheDepositMovesForward(@ForAll("anyDeposit") LocalDate a,
      @ForAll("anyDeposit") LocalDate b) {
    LocalDate first = a.isBefore(b) ? a : b;
    LocalDate second = a.isBefore(b) ? b : a;
    assertFalse(ConventionDates.entryIntoForce(first).isAfter(ConventionDates.entryIntoForce(second)));
  }

  @Property
  void initialReportIsDue180DaysAfterEntryIntoForce(@ForAll("anyDeposit") LocalDate deposit) {
    LocalDate eif = ConventionDates.entryIntoForce(deposit);
    assertEquals(180, java.time.temporal.ChronoUnit.DAYS.between(eif, ConventionDates.initialReportDue(eif)));
  }
}
