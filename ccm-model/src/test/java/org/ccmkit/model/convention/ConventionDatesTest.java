package org.ccmkit.model.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Convention's date rules, checked against the dates the documents and the depositary give. */
class ConventionDatesTest {

  @Test
  void theConventionEnteredIntoForceOnFirstAugust2010() {
    assertEquals(LocalDate.of(2010, 8, 1), ConventionDates.CONVENTION_ENTRY_INTO_FORCE);
  }

  @ParameterizedTest(name = "deposit {0} -> entry into force {1}")
  @CsvSource({
      // Art. 17(1): the first thirty instruments, up to Burkina Faso and Moldova on 16 Feb 2010
      "2008-12-03, 2010-08-01",
      "2010-02-16, 2010-08-01",
      // Art. 17(2): the first day of the sixth month after the deposit
      "2010-10-19, 2011-04-01",
      "2011-03-24, 2011-09-01",
      "2010-07-28, 2011-01-01",
      "2014-09-02, 2015-03-01",
      "2023-08-03, 2024-02-01",
      "2025-09-05, 2026-03-01"
  })
  void entryIntoForceFollowsArticle17(LocalDate deposit, LocalDate expected) {
    assertEquals(expected, ConventionDates.entryIntoForce(deposit));
  }

  @Test
  void initialReportIsDue180DaysAfterEntryIntoForce() {
    // Deposit 19 Oct 2010 -> in force 1 Apr 2011 -> initial Article 7 report due 28 Sep 2011.
    LocalDate eif = ConventionDates.entryIntoForce(LocalDate.of(2010, 10, 19));
    assertEquals(LocalDate.of(2011, 9, 28), ConventionDates.initialReportDue(eif));
  }

  @Test
  void annualReportCoveringAYearIsDueOnThirtyAprilOfTheNext() {
    assertEquals(LocalDate.of(2025, 4, 30), ConventionDates.annualReportDue(2024));
    assertEquals(LocalDate.of(2025, 4, 30), ConventionDates.retentionReportDue(2024));
  }

  @Test
  void lithuaniasWithdrawalTakesEffectSixMonthsAfterNotification() {
    assertEquals(LocalDate.of(2025, 3, 6), ConventionDates.withdrawalEffective(LocalDate.of(2024, 9, 6)));
  }

  @Test
  void withdrawalWaitsForTheEndOfAnArmedConflict() {
    LocalDate end = LocalDate.of(2026, 1, 15);
    assertEquals(end, ConventionDates.withdrawalEffective(LocalDate.of(2024, 9, 6), end));
    assertEquals(LocalDate.of(2025, 3, 6),
        ConventionDates.withdrawalEffective(LocalDate.of(2024, 9, 6), LocalDate.of(2024, 12, 1)));
  }

  @Test
  void stockpileAndClearanceDeadlines() {
    LocalDate eif = LocalDate.of(2010, 8, 1);
    assertEquals(LocalDate.of(2018, 8, 1), ConventionDates.stockpileDestructionDeadline(eif));
    assertEquals(LocalDate.of(2020, 8, 1), ConventionDates.clearanceDeadline(eif));
  }

  @Test
  void extensionRequestsAreDueNineMonthsBeforeTheMeeting() {
    assertEquals(LocalDate.of(2024, 12, 10), ConventionDates.latestExtensionRequest(LocalDate.of(2025, 9, 10)));
  }

  @Test
  void aDateBeforeTheConventionExistedIsRefusedWithTheDate() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConventionDates.entryIntoForce(LocalDate.of(2007, 5, 1)));
    assertTrue(e.getMessage().contains("deposit") && e.getMessage().contains("2007-05-01"), e.getMessage());
  }

  @Test
  void aNullDateIsRefusedWithTheFieldName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConventionDates.initialReportDue(null));
    assertTrue(e.getMessage().contains("entry into force"), e.getMessage());
  }
}
