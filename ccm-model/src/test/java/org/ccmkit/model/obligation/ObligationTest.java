package org.ccmkit.model.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ccmkit.model.convention.ArticleRef;
import org.ccmkit.model.state.InstrumentKind;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;
import org.junit.jupiter.api.Test;

/** Obligations: deadlines computed from the Convention's rules, extensions within its limits, statuses on a date. */
class ObligationTest {

  static final State LAO = State.of("LAO", "Lao People's Democratic Republic");
  static final LocalDate EIF_2010 = LocalDate.of(2010, 8, 1);

  @Test
  void clearanceDeadlineIsTenYearsAfterEntryIntoForce() {
    Clearance c = Clearance.atEntryIntoForce(LAO, EIF_2010);
    assertEquals(ArticleRef.of(4, "1", "a"), c.legalBasis());
    assertEquals(Optional.of(LocalDate.of(2020, 8, 1)), c.originalDeadline());
    assertEquals(ObligationStatus.PENDING, c.statusOn(LocalDate.of(2015, 1, 1)));
    assertEquals(ObligationStatus.OVERDUE, c.statusOn(LocalDate.of(2020, 8, 2)));
    assertEquals(ObligationStatus.NOT_APPLICABLE, c.statusOn(LocalDate.of(2010, 7, 31)));
  }

  @Test
  void withoutTheHistoryOfExtensionsAPassedDeadlineIsUnknownNotOverdue() {
    // The Review Document lists Lao PDR's extension request at the 12MSP (para 83, fn 12) but no decision: the
    // deadline in force after the original one (1 Aug 2020) is unknown.
    Clearance c = Clearance.builder().from(Clearance.atEntryIntoForce(LAO, EIF_2010)).extensionsComplete(false)
        .build();
    assertEquals(ObligationStatus.PENDING, c.statusOn(LocalDate.of(2020, 8, 1)));
    assertEquals(ObligationStatus.DEADLINE_UNKNOWN, c.statusOn(LocalDate.of(2020, 8, 2)));
    assertTrue(ObligationStatus.DEADLINE_UNKNOWN.isOutstanding());
    assertEquals("Article 4 clearance (contamination at entry into force) (Art. 4(1)(a)): DEADLINE_UNKNOWN, last "
        + "deadline known 2020-08-01; extensions granted not recorded",
        ObligationState.of(c, LocalDate.of(2025, 4, 30)).toString());
    Clearance completed = Clearance.builder().from(c).completedOn(LocalDate.of(2023, 1, 1)).build();
    assertEquals(ObligationStatus.COMPLETED_TIMELINESS_UNKNOWN, completed.statusOn(LocalDate.of(2024, 1, 1)));
    assertTrue(ObligationStatus.COMPLETED_TIMELINESS_UNKNOWN.isCompleted());
    // Completed before the original deadline: on time, whatever the extensions.
    assertEquals(ObligationStatus.COMPLETED_ON_TIME, Clearance.builder().from(c).completedOn(LocalDate.of(2019, 1, 1))
        .build().statusOn(LocalDate.of(2024, 1, 1)));
    assertTrue(Clearance.atEntryIntoForce(LAO, EIF_2010).extensionsComplete());
  }

  @Test
  void clearanceOfRemnantsAfterEntryIntoForceRunsFromTheEndOfHostilities() {
    Clearance c = Clearance.afterHostilities(LAO, LocalDate.of(2016, 3, 15));
    assertEquals(ArticleRef.of(4, "1", "b"), c.legalBasis());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 15)), c.originalDeadline());
  }

  @Test
  void aFiveYearArticle4ExtensionPutsTheObligationUnderExtension() {
    Clearance c = Clearance.builder().from(Clearance.atEntryIntoForce(LAO, EIF_2010))
        .addExtensions(Extension.of("9MSP", LocalDate.of(2019, 9, 4), LocalDate.of(2025, 8, 1))).build();
    assertEquals(Optional.of(LocalDate.of(2025, 8, 1)), c.currentDeadline());
    assertEquals(Optional.of(LocalDate.of(2020, 8, 1)), c.deadlineOn(LocalDate.of(2019, 1, 1)));
    assertEquals(ObligationStatus.PENDING, c.statusOn(LocalDate.of(2019, 1, 1)));
    assertEquals(ObligationStatus.UNDER_EXTENSION, c.statusOn(LocalDate.of(2021, 1, 1)));
    assertEquals(ObligationStatus.OVERDUE, c.statusOn(LocalDate.of(2025, 8, 2)));
  }

  @Test
  void aSixYearArticle4ExtensionIsRefusedWithAClearMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Clearance.builder().from(Clearance.atEntryIntoForce(LAO, EIF_2010))
            .addExtensions(Extension.of("9MSP", LocalDate.of(2019, 9, 4), LocalDate.of(2026, 8, 1))).build());
    String m = e.getMessage();
    assertTrue(m.contains("maximum of 5 years") && m.contains("Art. 4(5)") && m.contains("2026-08-01")
        && m.contains("2025-08-01") && m.contains("LAO"), m);
  }

  @Test
  void aFiveYearArticle3ExtensionIsRefusedButFourIsGranted() {
    StockpileDestruction base = StockpileDestruction.of(LAO, EIF_2010);
    assertEquals(Optional.of(LocalDate.of(2018, 8, 1)), base.originalDeadline());
    StockpileDestruction ok = StockpileDestruction.builder().from(base)
        .addExtensions(Extension.of("7MSP", LocalDate.of(2017, 9, 6), LocalDate.of(2022, 8, 1))).build();
    assertEquals(Optional.of(LocalDate.of(2022, 8, 1)), ok.currentDeadline());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StockpileDestruction.builder()
        .from(base).addExtensions(Extension.of("7MSP", LocalDate.of(2017, 9, 6), LocalDate.of(2023, 8, 1))).build());
    assertTrue(e.getMessage().contains("maximum of 4 years") && e.getMessage().contains("Art. 3(3)"), e.getMessage());
  }

  @Test
  void aMeetingMayGrantLessThanRequestedButNotMore() {
    Extension shorter = Extension.builder().grantedBy("11MSP").grantedOn(LocalDate.of(2023, 9, 1))
        .requestedOn(LocalDate.of(2022, 11, 1)).requestedDeadline(LocalDate.of(2028, 8, 1))
        .newDeadline(LocalDate.of(2026, 8, 1)).build();
    assertEquals(Optional.of(true), shorter.shorterThanRequested());
    assertEquals(Optional.of(true), shorter.requestedInTime());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Extension.builder()
        .grantedBy("11MSP").grantedOn(LocalDate.of(2023, 9, 1)).requestedDeadline(LocalDate.of(2025, 8, 1))
        .newDeadline(LocalDate.of(2026, 8, 1)).build());
    assertTrue(e.getMessage().contains("requestedDeadline") && e.getMessage().contains("2025-08-01"), e.getMessage());
  }

  @Test
  void aRequestLessThanNineMonthsBeforeTheMeetingIsLate() {
    Extension late = Extension.builder().grantedBy("13MSP").grantedOn(LocalDate.of(2025, 9, 10))
        .requestedOn(LocalDate.of(2025, 3, 1)).newDeadline(LocalDate.of(2027, 8, 1)).build();
    assertEquals(Optional.of(false), late.requestedInTime());
  }

  @Test
  void anExtensionGrantedAfterTheDeadlineExpiredIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Clearance.builder().from(Clearance.atEntryIntoForce(LAO, EIF_2010))
            .addExtensions(Extension.of("11MSP", LocalDate.of(2020, 9, 1), LocalDate.of(2025, 8, 1))).build());
    assertTrue(e.getMessage().contains("expired") && e.getMessage().contains("2020-08-01"), e.getMessage());
  }

  @Test
  void completionIsOnTimeOrLateAgainstTheDeadlineInForce() {
    Clearance onTime = Clearance.builder().from(Clearance.atEntryIntoForce(LAO, EIF_2010))
        .completedOn(LocalDate.of(2020, 7, 1)).declarationOfCompliance("10MSP").build();
    assertEquals(ObligationStatus.COMPLETED_ON_TIME, onTime.statusOn(LocalDate.of(2030, 1, 1)));
    assertEquals(ObligationStatus.PENDING, onTime.statusOn(LocalDate.of(2020, 6, 30)));
    Clearance late = Clearance.builder().from(Clearance.atEntryIntoForce(LAO, EIF_2010))
        .completedOn(LocalDate.of(2021, 7, 1)).build();
    assertEquals(ObligationStatus.OVERDUE, late.statusOn(LocalDate.of(2021, 6, 30)));
    assertEquals(ObligationStatus.COMPLETED_LATE, late.statusOn(LocalDate.of(2021, 7, 1)));
  }

  @Test
  void aCompletionBeforeTheObligationStartsIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Clearance.builder().from(Clearance.atEntryIntoForce(LAO, EIF_2010))
            .completedOn(LocalDate.of(2009, 7, 1)).build());
    assertTrue(e.getMessage().contains("completedOn=2009-07-01"), e.getMessage());
  }

  @Test
  void initialReportOfAStateDepositingOn19October2010IsDue28September2011() {
    Standing s = Standing.deposited(State.of("XYZ", "Example"), null, LocalDate.of(2010, 10, 19),
        InstrumentKind.ACCESSION);
    List<TransparencyReport> owed = TransparencyReport.owedBy(s, LocalDate.of(2013, 12, 31));
    assertEquals(LocalDate.of(2011, 9, 28), owed.get(0).due());
    assertEquals(ReportKind.INITIAL, owed.get(0).kind());
    // annual updates for 2011 and 2012, due 30 April 2012 and 2013
    assertEquals(List.of(LocalDate.of(2012, 4, 30), LocalDate.of(2013, 4, 30)),
        owed.subList(1, owed.size()).stream().map(TransparencyReport::due).toList());
  }

  @Test
  void anUnsubmittedReportBecomesOverdueTheDayAfterItIsDue() {
    TransparencyReport r = TransparencyReport.annual(LAO, 2024);
    assertEquals(ObligationStatus.PENDING, r.statusOn(LocalDate.of(2025, 4, 30)));
    assertEquals(ObligationStatus.OVERDUE, r.statusOn(LocalDate.of(2025, 5, 1)));
    TransparencyReport submitted = TransparencyReport.builder().from(r).submittedOn(LocalDate.of(2025, 4, 28)).build();
    assertEquals(ObligationStatus.COMPLETED_ON_TIME, submitted.statusOn(LocalDate.of(2025, 5, 1)));
    assertEquals(Optional.of(true), submitted.submittedOnTime());
  }

  @Test
  void aWithdrawnStateOwesNoReportDueAfterItsWithdrawal() {
    Standing lithuania = Standing.builder().state(State.of("LTU", "Lithuania")).deposit(LocalDate.of(2011, 3, 24))
        .instrumentKind(InstrumentKind.RATIFICATION).withdrawalNotified(LocalDate.of(2024, 9, 6)).build();
    List<TransparencyReport> owed = TransparencyReport.owedBy(lithuania, LocalDate.of(2026, 12, 31));
    TransparencyReport last = owed.get(owed.size() - 1);
    assertEquals(Optional.of(2023), last.coveredYear());
  }

  @Test
  void retentionAndVictimAssistanceAreContinuing() {
    Retention r = Retention.builder().from(Retention.of(State.of("DEU", "Germany"), EIF_2010))
        .submunitionsRetained(1000L).build();
    assertEquals(ObligationStatus.PENDING, r.statusOn(LocalDate.of(2025, 4, 30)));
    assertEquals(LocalDate.of(2025, 4, 30), r.reportDue(2024));
    VictimAssistance va = VictimAssistance.builder().from(VictimAssistance.of(LAO, EIF_2010))
        .addMeasuresInPlace(VictimAssistanceMeasure.GOVERNMENT_FOCAL_POINT).build();
    assertEquals(7, va.measuresMissing().size());
    assertEquals(ArticleRef.of(5, "2", "g"), VictimAssistanceMeasure.GOVERNMENT_FOCAL_POINT.legalBasis());
    assertEquals(ObligationStatus.PENDING, va.statusOn(LocalDate.of(2025, 4, 30)));
  }

  @Test
  void aStatePartyListsAllItsObligationsWithStatusesOnADate() {
    Standing lao = Standing.deposited(LAO, LocalDate.of(2008, 12, 3), LocalDate.of(2009, 3, 18),
        InstrumentKind.RATIFICATION);
    StateParty party = StateParty.of(lao, List.of(
        Clearance.builder().from(Clearance.atEntryIntoForce(LAO, EIF_2010))
            .addExtensions(Extension.of("9MSP", LocalDate.of(2019, 9, 4), LocalDate.of(2025, 8, 1))).build(),
        VictimAssistance.of(LAO, EIF_2010),
        TransparencyReport.annual(LAO, 2024)));
    List<ObligationState> states = party.obligationsOn(LocalDate.of(2025, 5, 1));
    assertEquals(List.of(ObligationStatus.UNDER_EXTENSION, ObligationStatus.PENDING, ObligationStatus.OVERDUE),
        states.stream().map(ObligationState::status).toList());
    assertEquals(Optional.of(LocalDate.of(2025, 8, 1)), states.get(0).deadline());
    assertEquals(1, party.obligations(Clearance.class).size());
  }

  @Test
  void aStatePartyRefusesAnotherStatesObligation() {
    Standing lao = Standing.deposited(LAO, LocalDate.of(2008, 12, 3), LocalDate.of(2009, 3, 18),
        InstrumentKind.RATIFICATION);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StateParty.of(lao, List.of(VictimAssistance.of(State.of("KHM", "Cambodia"), EIF_2010))));
    assertTrue(e.getMessage().contains("KHM") && e.getMessage().contains("LAO"), e.getMessage());
  }

  @Test
  void aDeadlineBeforeEntryIntoForceIsRefused() {
    Standing late = Standing.deposited(LAO, LocalDate.of(2008, 12, 3), LocalDate.of(2015, 3, 18),
        InstrumentKind.RATIFICATION);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StateParty.of(late, List.of(TransparencyReport.annual(LAO, 2011))));
    assertTrue(e.getMessage().contains("before entry into force") && e.getMessage().contains("2012-04-30"),
        e.getMessage());
  }
}
