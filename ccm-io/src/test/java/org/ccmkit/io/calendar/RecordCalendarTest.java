package org.ccmkit.io.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmkit.indicators.calendar.ObligationCalendar;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.Datasets;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.convention.ArticleRef;
import org.ccmkit.model.convention.ConventionDates;
import org.ccmkit.model.obligation.DueItem;
import org.ccmkit.model.obligation.DueKind;
import org.ccmkit.model.obligation.ObligationStatus;
import org.ccmkit.model.state.PartyBasis;
import org.ccmkit.model.state.Standing;
import org.junit.jupiter.api.Test;

/** The calendar of the published record over 2026–2027, seen on 1 December 2026. */
class RecordCalendarTest {

  private static final MonitoringDataset RECORD = Datasets.publishedRecord().dataset();
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
  private static final ObligationCalendar CALENDAR =
      ObligationCalendar.of(RECORD, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), AS_OF);

  /** The States Parties (Convention in force) on {@code due} whose first annual report falls due by then. */
  private static Set<String> owingAnnualReport(LocalDate due) {
    return RECORD.register().statesParties(due, PartyBasis.IN_FORCE).stream()
        .map(s -> RECORD.register().standing(s.code()).get())
        .filter(s -> ConventionDates.initialReportDue(s.entryIntoForce().get()).getYear() < due.getYear())
        .map(s -> s.state().code()).collect(Collectors.toSet());
  }

  private static Set<String> annualReportsDue(LocalDate due) {
    return CALENDAR.items(DueKind.ANNUAL_REPORT).stream().filter(i -> i.due().day().equals(Optional.of(due)))
        .map(i -> i.state().code()).collect(Collectors.toSet());
  }

  @Test
  void everyArticle7AnnualReportDueOn30April2026And2027ForTheStatesPartiesOfThoseDates() {
    for (int year : List.of(2026, 2027)) {
      LocalDate due = LocalDate.of(year, 4, 30);
      assertEquals(owingAnnualReport(due), annualReportsDue(due), "annual reports due " + due);
    }
    // 112 States Parties by deposit: Vanuatu (deposit 5 September 2025, in force 1 March 2026) owes its initial
    // report on 28 August 2026 and its first annual report in 2027; Lithuania, withdrawn 6 March 2025, owes none
    assertEquals(111, annualReportsDue(LocalDate.of(2026, 4, 30)).size());
    assertEquals(112, annualReportsDue(LocalDate.of(2027, 4, 30)).size());
    assertFalse(annualReportsDue(LocalDate.of(2026, 4, 30)).contains("VUT"));
    assertTrue(annualReportsDue(LocalDate.of(2027, 4, 30)).contains("VUT"));
    assertTrue(CALENDAR.items("LTU").isEmpty());
    DueItem initial = CALENDAR.items(DueKind.INITIAL_REPORT).get(0);
    assertEquals("VUT", initial.state().code());
    assertEquals(Optional.of(LocalDate.of(2026, 8, 28)), initial.due().day());
    assertEquals(ArticleRef.of(7, "1"), initial.legalBasis());
    assertTrue(CALENDAR.items(DueKind.ANNUAL_REPORT).stream().allMatch(i -> i.legalBasis().equals(ArticleRef.of(7, "2"))));
  }

  @Test
  void pastItemsAreUnknownNotOverdueWhereTheRecordDoesNotKnow() {
    // the record knows no annual report's submission: those due 30 April 2026 are unknown on 1 December 2026
    assertEquals(List.of(), CALENDAR.overdue());
    assertTrue(CALENDAR.items(DueKind.ANNUAL_REPORT).stream().filter(i -> i.due().hasPassedOn(AS_OF))
        .allMatch(i -> i.status().equals(Optional.of(ObligationStatus.UNKNOWN))));
    assertEquals(111 + 1 + 1 + 10, CALENDAR.pastAndUnknown().size(), () -> CALENDAR.pastAndUnknown().toString());
  }

  @Test
  void theArticle4DeadlineTheRecordKnowsWithItsBasisAndTheRequestOnRecord() {
    List<DueItem> deadlines = CALENDAR.items(DueKind.CLEARANCE_DEADLINE);
    assertEquals(1, deadlines.size());
    DueItem somalia = deadlines.get(0);
    // Somalia: in force 1 March 2016, ten years under Art. 4(1)(a); it requested an extension at the 13MSP, whose
    // granted deadline no document prints: on 1 December 2026 the deadline in force is unknown, not passed
    assertEquals("SOM", somalia.state().code());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), somalia.due().day());
    assertEquals(ArticleRef.of(4, "1", "a"), somalia.legalBasis());
    assertEquals(Optional.of(ObligationStatus.DEADLINE_UNKNOWN), somalia.status());
    assertTrue(somalia.notes().stream().anyMatch(n -> n.contains("extension requests on record, considered at the "
        + "13MSP")), somalia::toString);
    assertTrue(somalia.sources().contains(SourceRef.of("RD", "para 83, fn 12")), somalia::toString);
  }

  @Test
  void extensionRequestsFallDueOnlyWhereAMeetingCanConsiderThem() {
    // Somalia's request for 1 March 2026 was due nine months before the 13MSP (2025, day unknown): before the window;
    // South Sudan's deadline of 1 February 2034 needs a request between 1 April 2032 and 31 January 2034
    assertEquals(List.of(), CALENDAR.items(DueKind.ARTICLE_4_EXTENSION_REQUEST));
    ObligationCalendar later = ObligationCalendar.of(RECORD, LocalDate.of(2032, 1, 1), LocalDate.of(2034, 12, 31),
        AS_OF);
    DueItem ssd = later.items(DueKind.ARTICLE_4_EXTENSION_REQUEST).get(0);
    assertEquals("SSD", ssd.state().code());
    assertEquals(Optional.of(LocalDate.of(2032, 4, 1)), ssd.due().earliest());
    assertEquals(LocalDate.of(2034, 1, 31), ssd.due().latest());
    assertFalse(ssd.due().isExact());
    assertEquals(Optional.of(LocalDate.of(2034, 2, 1)), ssd.deadline());
  }

  @Test
  void onlyTheSecondReviewConferenceHasADayFromADocument() {
    List<Meeting> dated = RECORD.meetings().stream().filter(m -> m.date().isPresent()).toList();
    assertEquals(List.of("2RC"), dated.stream().map(Meeting::id).toList());
    assertEquals(Optional.of(LocalDate.of(2020, 11, 23)), dated.get(0).date());
    Standing som = RECORD.register().standing("SOM").get();
    assertEquals(LocalDate.of(2016, 3, 1), som.entryIntoForce().get());
  }
}
