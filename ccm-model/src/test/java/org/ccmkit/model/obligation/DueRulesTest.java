package org.ccmkit.model.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ccmkit.model.calendar.DueDate;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.MeetingKind;
import org.ccmkit.model.convention.ArticleRef;
import org.ccmkit.model.state.State;
import org.junit.jupiter.api.Test;

/** Each due-date rule, from the Convention's text. */
class DueRulesTest {

  private static final State LAO = State.of("LAO", "Lao People's Democratic Republic");
  private static final Meeting MSP_2025 = Meeting.of(MeetingKind.MSP, 13, 2025);
  private static final Meeting RC_2026 = Meeting.builder().kind(MeetingKind.REVIEW_CONFERENCE).ordinal(3).year(2026)
      .build();
  private static final Meeting RC_2026_DATED = Meeting.builder().kind(MeetingKind.REVIEW_CONFERENCE).ordinal(3)
      .year(2026).date(LocalDate.of(2026, 9, 1)).build();

  @Test
  void art3_5And4_6_aRequestIsDueNineMonthsBeforeTheMeetingWhoseDayIsKnown() {
    DueDate due = DueRules.extensionRequestDue(LocalDate.of(2027, 8, 1), Optional.of(RC_2026_DATED));
    assertEquals(Optional.of(LocalDate.of(2025, 12, 1)), due.day());
  }

  @Test
  void art3_5And4_6_withOnlyTheMeetingsYearKnownTheDayIsABoundNotAGuess() {
    DueDate due = DueRules.extensionRequestDue(LocalDate.of(2027, 8, 1), Optional.of(RC_2026));
    assertFalse(due.isExact());
    assertEquals(Optional.of(LocalDate.of(2025, 4, 1)), due.earliest());
    assertEquals(LocalDate.of(2026, 3, 31), due.latest());
    assertTrue(due.toString().contains("the 3RC's day is not known, only its year 2026"), due.toString());
  }

  @Test
  void art4_6_withoutAMeetingTheRequestIsStillDueBeforeTheDeadlineExpires() {
    DueDate due = DueRules.extensionRequestDue(LocalDate.of(2034, 2, 1), Optional.empty());
    assertEquals(LocalDate.of(2034, 1, 31), due.latest());
    assertEquals(Optional.of(LocalDate.of(2032, 4, 1)), due.earliest());
  }

  @Test
  void theMeetingConsideringARequestIsTheLastBeforeTheDeadlineInItsYearOrTheYearBefore() {
    List<Meeting> meetings = List.of(MSP_2025, RC_2026);
    // Somalia's deadline of 1 March 2026: the 3RC's day is unknown, so only the 13MSP is known to come before it
    assertEquals(Optional.of(MSP_2025), DueRules.meetingConsidering(LocalDate.of(2026, 3, 1), meetings));
    assertEquals(Optional.of(RC_2026), DueRules.meetingConsidering(LocalDate.of(2027, 3, 1), meetings));
    // South Sudan's of 1 February 2034: the meeting before it is not in the data
    assertEquals(Optional.empty(), DueRules.meetingConsidering(LocalDate.of(2034, 2, 1), meetings));
  }

  @Test
  void art4_1c_theDeclarationOfComplianceIsDueToTheNextMeetingAfterCompletion() {
    Clearance done = Clearance.builder().from(Clearance.atEntryIntoForce(LAO, LocalDate.of(2010, 8, 1)))
        .completedOn(LocalDate.of(2025, 3, 1)).build();
    DueItem item = DueRules.declarationOfCompliance(done, List.of(MSP_2025, RC_2026), LocalDate.of(2026, 1, 1)).get();
    assertEquals(ArticleRef.of(4, "1", "c"), item.legalBasis());
    assertEquals(Optional.of("13MSP"), item.meeting());
    assertEquals(LocalDate.of(2025, 3, 2), item.due().earliest().get());
    assertEquals(LocalDate.of(2025, 12, 31), item.due().latest());
    assertEquals(Optional.of(ObligationStatus.UNKNOWN), item.status());
    Meeting dated = Meeting.builder().from(MSP_2025).date(LocalDate.of(2025, 9, 8)).build();
    assertEquals(Optional.of(LocalDate.of(2025, 9, 8)),
        DueRules.declarationDue(LocalDate.of(2025, 3, 1), List.of(dated)).get().day());
  }

  @Test
  void art3_8_aRetentionReportIsDueEachThirtyAprilForEveryYearOfRetention() {
    Retention r = Retention.builder().from(Retention.of(LAO, LocalDate.of(2011, 8, 1)))
        .completedOn(LocalDate.of(2014, 6, 1)).build();
    ImmutableList<DueItem> items = DueRules.retentionReports(r, 2020, LocalDate.of(2026, 1, 1));
    assertEquals(List.of(LocalDate.of(2012, 4, 30), LocalDate.of(2013, 4, 30), LocalDate.of(2014, 4, 30),
        LocalDate.of(2015, 4, 30)), items.stream().map(i -> i.due().latest()).toList());
    assertTrue(items.stream().allMatch(i -> i.legalBasis().equals(ArticleRef.of(3, "8"))));
    assertTrue(items.stream().allMatch(i -> i.status().equals(Optional.of(ObligationStatus.UNKNOWN))));
  }

  @Test
  void art7_initialReportDue180DaysAfterEntryIntoForceAndAnnualReportsEachThirtyApril() {
    TransparencyReport initial = TransparencyReport.initial(LAO, LocalDate.of(2011, 4, 1));
    TransparencyReport annual = TransparencyReport.annual(LAO, 2025);
    ImmutableList<DueItem> items = DueRules.reports(List.of(initial, annual), LocalDate.of(2026, 1, 1));
    assertEquals(LocalDate.of(2011, 9, 28), items.get(0).due().latest());
    assertEquals(ArticleRef.of(7, "1"), items.get(0).legalBasis());
    assertEquals(LocalDate.of(2026, 4, 30), items.get(1).due().latest());
    assertEquals(ArticleRef.of(7, "2"), items.get(1).legalBasis());
  }

  @Test
  void art4_5_anExtendedDeadlineHasItsOwnBasisAndTheOriginalSaysItWasExtended() {
    Clearance c = Clearance.builder().from(Clearance.atEntryIntoForce(LAO, LocalDate.of(2011, 3, 1)))
        .addExtensions(Extension.of("10MSP", LocalDate.of(2020, 9, 1), LocalDate.of(2026, 3, 1))).build();
    ImmutableList<DueItem> items = DueRules.deadlines(c, LocalDate.of(2025, 4, 30));
    assertEquals(2, items.size());
    assertEquals(LocalDate.of(2021, 3, 1), items.get(0).due().latest());
    assertEquals(ArticleRef.of(4, "1", "a"), items.get(0).legalBasis());
    assertEquals(Optional.empty(), items.get(0).status());
    assertTrue(items.get(0).notes().get(0).startsWith("extended to 2026-03-01 by the 10MSP"));
    assertEquals(ArticleRef.of(4, "5"), items.get(1).legalBasis());
    assertEquals(Optional.of(ObligationStatus.UNDER_EXTENSION), items.get(1).status());
    // Art. 4(6): the request for the extended deadline, to the last meeting before it
    DueItem request = DueRules.extensionRequests(c, List.of(MSP_2025, RC_2026), LocalDate.of(2025, 4, 30)).get(1);
    assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), request.deadline());
    assertEquals(Optional.of("13MSP"), request.meeting());
    assertEquals(LocalDate.of(2025, 3, 31), request.due().latest());
  }

  @Test
  void art3_2_stockpilesDestroyedEightYearsAfterEntryIntoForceAndArt3_5TheRequestForIt() {
    StockpileDestruction d = StockpileDestruction.of(LAO, LocalDate.of(2019, 3, 1));
    DueItem deadline = DueRules.deadlines(d, LocalDate.of(2026, 1, 1)).get(0);
    assertEquals(DueKind.STOCKPILE_DESTRUCTION_DEADLINE, deadline.kind());
    assertEquals(Optional.of(LocalDate.of(2027, 3, 1)), deadline.due().day());
    assertEquals(ArticleRef.of(3, "2"), deadline.legalBasis());
    assertEquals(Optional.of(ObligationStatus.PENDING), deadline.status());
    DueItem request = DueRules.extensionRequests(d, List.of(MSP_2025, RC_2026_DATED), LocalDate.of(2026, 1, 1)).get(0);
    assertEquals(DueKind.ARTICLE_3_EXTENSION_REQUEST, request.kind());
    assertEquals(ArticleRef.of(3, "5"), request.legalBasis());
    // the 3RC opening on 1 September 2026 is the last meeting before 1 March 2027: nine months before it
    assertEquals(Optional.of(LocalDate.of(2025, 12, 1)), request.due().day());
  }

  @Test
  void nothingFallsDueOnceAWithdrawalHasTakenEffect() {
    // Lithuania: withdrawal notified 6 September 2024, effective 6 March 2025 (Art. 20(3))
    State ltu = State.of("LTU", "Lithuania");
    Retention r = Retention.builder().from(Retention.of(ltu, LocalDate.of(2011, 8, 1)))
        .ceasedOn(LocalDate.of(2025, 3, 6)).build();
    List<LocalDate> due = DueRules.retentionReports(r, 2026, LocalDate.of(2026, 1, 1)).stream()
        .map(i -> i.due().latest()).toList();
    assertEquals(LocalDate.of(2024, 4, 30), due.get(due.size() - 1));
    StockpileDestruction s = StockpileDestruction.builder().from(StockpileDestruction.of(ltu, LocalDate.of(2018, 1, 1)))
        .ceasedOn(LocalDate.of(2025, 3, 6)).build();
    assertTrue(DueRules.deadlines(s, LocalDate.of(2026, 1, 1)).isEmpty());
  }

  @Test
  void aDeclarationMadeToAMeetingIsCompleted() {
    Clearance declared = Clearance.builder().from(Clearance.atEntryIntoForce(LAO, LocalDate.of(2010, 8, 1)))
        .completedOn(LocalDate.of(2025, 3, 1)).declarationOfCompliance("13MSP").build();
    DueItem item = DueRules.declarationOfCompliance(declared, List.of(MSP_2025), LocalDate.of(2026, 1, 1)).get();
    assertEquals(Optional.of(ObligationStatus.COMPLETED_TIMELINESS_UNKNOWN), item.status());
    assertEquals(List.of("declared to the 13MSP"), item.notes());
  }
}
