package org.ccmkit.indicators;

import static org.ccmkit.indicators.Fixtures.LAP_23_2;
import static org.ccmkit.indicators.Fixtures.cycle;
import static org.ccmkit.indicators.Fixtures.indicator;
import static org.ccmkit.indicators.Fixtures.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.SubjectOutcome;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.state.PartyBasis;
import org.junit.jupiter.api.Test;

/** Populations follow the Convention's state on each cycle's date: withdrawals, entry into force, completion. */
class StandingAndObligationsTest {

  private static final String ELEMENT = "art9.national-legislation";
  private static final Indicator HEADCOUNT = indicator("LAP-47.1", List.of(FigureUnit.COUNT), PopulationBase.STATES_PARTIES,
      PartyBasis.INSTRUMENT_DEPOSITED, ELEMENT);

  /** Lithuania reports in every cycle, as any State Party may. */
  private static MonitoringDataset lithuaniaReportsEveryYear() {
    return Fixtures.dataset().addAllFacts(Fixtures.lapCycles().stream()
        .map(c -> reported("LTU", c.meeting(), ELEMENT, true)).collect(ImmutableList.toImmutableList())).build();
  }

  @Test
  void lithuaniaIsCountedUntilItsWithdrawalTakesEffect() {
    // Withdrawal notified 6 Sep 2024, effective 6 Mar 2025 (Art. 20(3)): a party on 30 Apr 2024, not on 30 Apr 2025.
    MonitoringDataset d = lithuaniaReportsEveryYear();
    Evaluation twelfth = IndicatorEvaluator.of().evaluate(HEADCOUNT, d, cycle("12MSP"));
    Evaluation thirteenth = IndicatorEvaluator.of().evaluate(HEADCOUNT, d, cycle("13MSP"));

    assertEquals(ImmutableList.of("LTU"), twelfth.numeratorCodes());
    assertEquals(112, twelfth.denominator().size());
    assertEquals(ImmutableList.of(), thirteenth.numeratorCodes());
    assertFalse(thirteenth.subject("LTU").isPresent(), "Lithuania is in no population of the 13MSP cycle");
    assertEquals(111, thirteenth.denominator().size());
  }

  @Test
  void lithuaniaIsAStateNotPartyAfterItsWithdrawal() {
    Indicator notParty = indicator("LAP-10.2", List.of(FigureUnit.COUNT), PopulationBase.STATES_NOT_PARTY,
        PartyBasis.INSTRUMENT_DEPOSITED, ELEMENT);
    Evaluation e = IndicatorEvaluator.of().evaluate(notParty, lithuaniaReportsEveryYear(), cycle("13MSP"));

    assertEquals(ImmutableList.of("LTU"), e.numeratorCodes());
    assertEquals("State not party: withdrawal took effect 2025-03-06", e.subject("LTU").get().reasons().get(0).text());
    // 12 signatories that have not ratified, Lithuania, and Vanuatu (deposit 5 Sep 2025, after the cycle date).
    assertEquals(14, e.denominator().size());
    assertTrue(e.denominator().stream().anyMatch(s -> s.subject().equals("VUT")));
  }

  @Test
  void theTwoSensesOfStatesPartiesDifferWhileAnInstrumentAwaitsEntryIntoForce() {
    // Nigeria deposited on 28 Feb 2023 (111th); the Convention entered into force for it on 1 Aug 2023.
    MonitoringDataset d = Fixtures.dataset().build();
    Indicator deposited = indicator("LAP-10.1", List.of(FigureUnit.COUNT), PopulationBase.STATES_PARTIES,
        PartyBasis.INSTRUMENT_DEPOSITED);
    Indicator inForce = indicator("LAP-10.1", List.of(FigureUnit.COUNT), PopulationBase.STATES_PARTIES, PartyBasis.IN_FORCE);

    Evaluation byDeposit = IndicatorEvaluator.of().evaluate(deposited, d, cycle("11MSP"));
    Evaluation byForce = IndicatorEvaluator.of().evaluate(inForce, d, cycle("11MSP"));

    assertEquals(111L, byDeposit.score().get().count().get(), "an indicator without data element counts its population");
    assertEquals(110L, byForce.score().get().count().get());
    assertTrue(byDeposit.numeratorCodes().contains("NGA"));
    assertFalse(byForce.numeratorCodes().contains("NGA"));
    assertEquals("States Parties (instrument deposited and not withdrawn on 2023-04-30)", byDeposit.populationRule());
    assertEquals("States Parties (Convention in force on 2023-04-30)", byForce.populationRule());
  }

  @Test
  void aStateThatCompletesClearanceLeavesTheAffectedPopulationFromThatCycleOn() {
    // Hypothetical: Chile completes clearance on 1 Dec 2024, between the 12MSP and 13MSP cycle dates.
    LocalDate completed = LocalDate.of(2024, 12, 1);
    Clearance chile = Clearance.builder().from(Fixtures.clearance("CHL")).completedOn(completed).build();
    MonitoringDataset d = Fixtures.dataset()
        .addAllObligations(Fixtures.affectedClearances().stream().map(c -> c.state().code().equals("CHL") ? chile : c)
            .collect(ImmutableList.toImmutableList()))
        .addAllFacts(Fixtures.lapCycles().stream()
            .map(c -> reported("CHL", c.meeting(), "gender.integrated-in-clearance-planning", true))
            .collect(ImmutableList.toImmutableList()))
        .build();
    IndicatorEvaluator evaluator = IndicatorEvaluator.of();

    Evaluation twelfth = evaluator.evaluate(LAP_23_2, d, cycle("12MSP"));
    Evaluation thirteenth = evaluator.evaluate(LAP_23_2, d, cycle("13MSP"));
    assertEquals(ImmutableList.of("CHL"), twelfth.numeratorCodes());
    // South Sudan is not yet in force on 30 Apr 2023, so only nine at the 11MSP; here at the 12MSP all ten.
    assertEquals(10, twelfth.denominator().size());
    assertEquals(ImmutableList.of(), thirteenth.numeratorCodes());
    assertEquals(9, thirteenth.denominator().size());
    assertFalse(thirteenth.subject("CHL").isPresent());

    Indicator completedArticle4 = indicator("LAP-27.1", List.of(FigureUnit.COUNT), PopulationBase.STATES_PARTIES_COMPLETED_ARTICLE_4,
        PartyBasis.IN_FORCE);
    assertEquals(0L, evaluator.evaluate(completedArticle4, d, cycle("12MSP")).score().get().count().get());
    Evaluation done = evaluator.evaluate(completedArticle4, d, cycle("13MSP"));
    assertEquals(ImmutableList.of("CHL"), done.numeratorCodes());
    assertEquals("Article 4 clearance (contamination at entry into force) (Art. 4(1)(a)): COMPLETED_LATE on 2024-12-01",
        done.subject("CHL").get().reasons().get(1).text());
  }

  @Test
  void southSudanJoinsTheAffectedPopulationOnlyOnceTheConventionIsInForceForIt() {
    // Deposit 3 Aug 2023, in force 1 Feb 2024: not affected on 30 Apr 2023 (11MSP), affected on 30 Apr 2024 (12MSP).
    MonitoringDataset d = Fixtures.dataset().addAllObligations(Fixtures.affectedClearances())
        .addFacts(reported("SSD", "11MSP", "gender.integrated-in-clearance-planning", true))
        .addFacts(reported("SSD", "12MSP", "gender.integrated-in-clearance-planning", true)).build();

    Evaluation eleventh = IndicatorEvaluator.of().evaluate(LAP_23_2, d, cycle("11MSP"));
    Evaluation twelfth = IndicatorEvaluator.of().evaluate(LAP_23_2, d, cycle("12MSP"));
    assertEquals(9, eleventh.denominator().size());
    assertEquals(ImmutableList.of(), eleventh.numeratorCodes());
    assertEquals(ImmutableList.of("SSD"), twelfth.numeratorCodes());
    assertEquals(SubjectOutcome.COUNTED, twelfth.subject("SSD").get().outcome());
  }
}
