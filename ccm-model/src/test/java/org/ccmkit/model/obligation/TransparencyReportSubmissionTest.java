package org.ccmkit.model.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.model.state.State;
import org.junit.jupiter.api.Test;

/**
 * What the data know of an Article 7 report's submission, and the status that follows: known submitted (on a day, or
 * by a day), known not yet submitted, or unknown. Unknown is never overdue.
 */
class TransparencyReportSubmissionTest {

  static final State CPV = State.of("CPV", "Cabo Verde");
  static final State DEU = State.of("DEU", "Germany");
  // Cabo Verde: deposit 19 October 2010, in force 1 April 2011, initial report due 28 September 2011 (Art. 7(1)).
  static final TransparencyReport CPV_INITIAL = TransparencyReport.initial(CPV, LocalDate.of(2011, 4, 1));
  // Germany: in force 1 August 2010, initial report due 28 January 2011.
  static final TransparencyReport DEU_INITIAL = TransparencyReport.initial(DEU, LocalDate.of(2010, 8, 1));

  @Test
  void rdPara183sFiveAreOverdueWhileKnownNotSubmitted() {
    // RD para 183: "As of August 2025, five (5) States Parties had yet to submit ... Cabo Verde (2011)"
    TransparencyReport r = CPV_INITIAL.withSubmission(Optional.empty(), Optional.empty(),
        Optional.of(LocalDate.of(2025, 8, 1)), false);
    assertEquals(LocalDate.of(2011, 9, 28), r.due());
    assertEquals(ObligationStatus.OVERDUE, r.statusOn(LocalDate.of(2025, 8, 1)));
    assertEquals(ObligationStatus.OVERDUE, r.statusOn(LocalDate.of(2011, 9, 29)));
    assertEquals(ObligationStatus.PENDING, r.statusOn(LocalDate.of(2011, 9, 28)));
    // after the day the source speaks as of, nothing is known
    assertEquals(ObligationStatus.UNKNOWN, r.statusOn(LocalDate.of(2025, 9, 1)));
    assertEquals(Optional.of(false), r.submittedOnTime());
  }

  @Test
  void aReportSubmittedOnADayNotGivenIsCompletedWithItsTimelinessUnknownNeverOverdue() {
    // Germany is not among the five: its initial report was submitted by August 2025, the day not given.
    TransparencyReport r = DEU_INITIAL.withSubmission(Optional.empty(), Optional.of(LocalDate.of(2025, 8, 31)),
        Optional.empty(), false);
    assertEquals(ObligationStatus.COMPLETED_TIMELINESS_UNKNOWN, r.statusOn(LocalDate.of(2025, 9, 1)));
    assertEquals(ObligationStatus.UNKNOWN, r.statusOn(LocalDate.of(2025, 4, 30)),
        "before the day by which it is known submitted, whether it was is unknown");
    assertEquals(Optional.empty(), r.submittedOnTime());
    assertFalse(r.statusOn(LocalDate.of(2025, 4, 30)).isOutstanding());
    assertFalse(r.statusOn(LocalDate.of(2025, 4, 30)).isKnown());
  }

  @Test
  void aReportKnownSubmittedByADayBeforeItsDueDateWasOnTime() {
    TransparencyReport r = TransparencyReport.annual(DEU, 2024).withSubmission(Optional.empty(),
        Optional.of(LocalDate.of(2025, 4, 1)), Optional.empty(), false);
    assertEquals(Optional.of(true), r.submittedOnTime());
    assertEquals(ObligationStatus.COMPLETED_ON_TIME, r.statusOn(LocalDate.of(2025, 4, 1)));
  }

  @Test
  void withNoSubmissionRecordedAReportIsUnknownUnlessTheDataRecordEverySubmission() {
    TransparencyReport annual = TransparencyReport.annual(DEU, 2024);
    assertTrue(annual.submissionsComplete(), "complete by default: nothing recorded means not submitted");
    assertEquals(ObligationStatus.OVERDUE, annual.statusOn(LocalDate.of(2025, 5, 1)));
    TransparencyReport partial = annual.withSubmission(Optional.empty(), Optional.empty(), Optional.empty(), false);
    assertEquals(ObligationStatus.UNKNOWN, partial.statusOn(LocalDate.of(2025, 5, 1)));
    assertEquals(ObligationStatus.UNKNOWN, partial.statusOn(LocalDate.of(2025, 4, 1)));
    assertEquals(Optional.empty(), partial.submittedOnTime());
  }

  @Test
  void aDayOfSubmissionGivesExactTimeliness() {
    TransparencyReport late = TransparencyReport.annual(DEU, 2024).withSubmission(
        Optional.of(LocalDate.of(2025, 5, 2)), Optional.empty(), Optional.empty(), true);
    assertEquals(Optional.of(false), late.submittedOnTime());
    assertEquals(ObligationStatus.OVERDUE, late.statusOn(LocalDate.of(2025, 5, 1)));
    assertEquals(ObligationStatus.COMPLETED_LATE, late.statusOn(LocalDate.of(2025, 5, 2)));
  }

  @Test
  void contradictoryKnowledgeIsRefusedWithTheState() {
    IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> DEU_INITIAL.withSubmission(
        Optional.of(LocalDate.of(2011, 1, 1)), Optional.of(LocalDate.of(2011, 2, 1)), Optional.empty(), true));
    assertTrue(both.getMessage().contains("DEU") && both.getMessage().contains("not both"), both.getMessage());
    IllegalArgumentException after = assertThrows(IllegalArgumentException.class, () -> DEU_INITIAL.withSubmission(
        Optional.of(LocalDate.of(2011, 1, 1)), Optional.empty(), Optional.of(LocalDate.of(2012, 1, 1)), true));
    assertTrue(after.getMessage().contains("notSubmittedOn 2012-01-01 must be before submittedOn 2011-01-01"),
        after.getMessage());
  }
}
