package org.ccmkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.Bound;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.reporting.ReportEntry;
import org.ccmkit.indicators.reporting.ReportingRate;
import org.ccmkit.indicators.result.Agreement;
import org.ccmkit.indicators.result.ConsistencyFlag;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.indicators.result.FlagKind;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.PublishedComparison;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.ObligationStatus;
import org.ccmkit.model.obligation.ReportKind;
import org.ccmkit.model.obligation.TransparencyReport;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.state.PartyBasis;
import org.ccmkit.model.state.Standing;
import org.junit.jupiter.api.Test;

/**
 * The embedded record evaluated as the Lausanne Action Plan and the draft VCAP are monitored: values computed from the
 * States the Review Document (RD) and UNIDIR name, set beside the figures they print; values shown from print where
 * nothing can be computed, by the headline rule; Article 7 reporting rates from what RD para 183 says; and unknown
 * kept apart from zero.
 */
class RecomputedRecordTest {

  static final MonitoringDataset DATA = Datasets.publishedRecord().dataset();
  static final ActionPlan LAP = Catalogues.lausanne();
  static final ActionPlan VCAP = Catalogues.vientianeCapital();
  static final IndicatorEvaluator EVALUATOR = IndicatorEvaluator.builder().vocabulary(Catalogues.dataElements())
      .baselineCycle("10MSP").build();

  private static final Map<String, List<Evaluation>> BY_PLAN_AND_CYCLE = new HashMap<>();

  static ReportingCycle cycle(String meeting) {
    return DATA.cycle(meeting).orElseThrow(() -> new AssertionError("no cycle " + meeting));
  }

  /** Every indicator of {@code plan} evaluated at {@code meeting}, with the plan's period (a CHANGE needs it). */
  static synchronized List<Evaluation> evaluations(ActionPlan plan, String meeting) {
    return BY_PLAN_AND_CYCLE.computeIfAbsent(plan.id() + "@" + meeting,
        k -> EVALUATOR.evaluatePlan(plan, DATA, cycle(meeting)));
  }

  static Evaluation evaluation(ActionPlan plan, String indicator, String meeting) {
    return evaluations(plan, meeting).stream().filter(e -> e.indicator().id().equals(indicator)).findFirst()
        .orElseThrow(() -> new AssertionError("no evaluation of " + indicator + " at " + meeting));
  }

  static Evaluation lap(String indicator, String meeting) {
    return evaluation(LAP, indicator, meeting);
  }

  static List<String> codes(List<SubjectEntry> subjects) {
    return subjects.stream().map(SubjectEntry::subject).toList();
  }

  static SourceRef rd(String para) {
    return SourceRef.of("RD", para);
  }

  /** The comparisons with figures printed at {@code source}. */
  static List<PublishedComparison> printedAt(Evaluation e, SourceRef source) {
    return e.published().stream().filter(p -> p.published().source().equals(source)).toList();
  }

  static boolean is(BigDecimal value, long expected) {
    return value.compareTo(BigDecimal.valueOf(expected)) == 0;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 1. State-level evidence: values computed from the States the documents name

  @Test
  void lap28_1At13MspIsComputedFromTheNineAffectedStatesPartiesRdPara118Names() {
    // RD para 118: "Since the 2RC, five (5) affected States Parties, Afghanistan, Bosnia and Herzegovina, Iraq, Lao PDR,
    // and Lebanon, have reported regularly and annually on progress in implementing risk education activities. A
    // further group of affected States Parties reported at least once during the review period, including Chad,
    // Chile, Mauritania, Somalia, and South Sudan". Of the ten named, Bosnia and Herzegovina is no affected State
    // Party of the record (no outstanding Article 4 obligation at the 13MSP), so nine are counted; Germany, the tenth
    // affected State Party, is named by no document and has no data.
    // "reported at least once during the review period" is a statement of the period: the count from the facts is a
    // bound of the period, and the exact figure RD para 124 prints for the cycle is the value, the bound beside it.
    Evaluation e = lap("LAP-28.1", "13MSP");
    assertEquals(EvaluationStatus.PUBLISHED, e.status(), e.toString());
    assertEquals(List.of("AFG", "CHL", "IRQ", "LAO", "LBN", "MRT", "SOM", "SSD", "TCD"), e.numeratorCodes());
    assertEquals(List.of("DEU"), codes(e.noData()));
    assertEquals(10, e.denominator().size());
    assertFalse(e.population(PopulationCode.DENOMINATOR).get().contains("BIH"));
    assertTrue(DATA.facts().stream().anyMatch(f -> f.subject().equals("BIH") && f.cycle().equals("13MSP")
        && f.element().equals("risk-education.tailored-activities-reported")
        && f.source().equals(rd("para 118"))), "RD para 118 names Bosnia and Herzegovina");
    assertTrue(e.reason().get().startsWith("Computed from the facts: ≥ 9 of 10 (90.00 %) over 10MSP–13MSP (1 "
        + "member(s) have no data), not an exact figure of the cycle"), e.reason().get());
    assertTrue(e.isTrendPoint(), "the value shown is the cycle's printed figure");

    // RD para 124: "followed by a recovery in the 13MSP cycle, with nine (9) States Parties reporting such activities"
    PublishedComparison nine = printedAt(e, rd("para 124")).stream()
        .filter(p -> p.published().isCycleFigure() && is(p.published().value(), 9)).findFirst().orElseThrow();
    // a figure of the period is not the same figure as one of the cycle, however equal: consistent, not agreeing
    assertEquals(Agreement.CONSISTENT, nine.agreement(), nine.toString());
    assertEquals(Optional.of(Bound.AT_LEAST), nine.computedBound());
    assertEquals(Optional.of("10MSP–13MSP"), nine.computedPeriod());
    assertEquals(Optional.of(9L), e.score().get().count());

    Map<String, String> rdNames = Map.of("AFG", "Afghanistan", "CHL", "Chile", "IRQ", "Iraq", "LAO", "Lao PDR",
        "LBN", "Lebanon", "MRT", "Mauritania", "SOM", "Somalia", "SSD", "South Sudan", "TCD", "Chad");
    for (SubjectEntry counted : e.numerator()) {
      assertFalse(counted.facts().isEmpty(), counted.subject());
      for (Fact f : counted.facts()) {
        assertEquals(rd("para 118"), f.source(), counted.subject() + " " + f);
        assertTrue(f.quote().orElse("").contains(rdNames.get(counted.subject())),
            counted.subject() + " is named in the quote: " + f.quote());
      }
    }
  }

  @Test
  void lap33_2At13MspIsTwelveOfTwelveAsRdPara142Says() {
    // RD para 142: "all twelve (12) States Parties identified as having cluster munition victims established a
    // designated national focal point for victim assistance coordination"
    Evaluation e = lap("LAP-33.2", "13MSP");
    assertEquals(EvaluationStatus.COMPUTED, e.status(), e.toString());
    Score score = e.score().get();
    assertEquals(Optional.of(12L), score.count());
    assertEquals(Optional.of(12L), score.denominator());
    // RD para 142 speaks of the review period: a value of the period, not a bound, and no trend point.
    assertEquals(Optional.empty(), score.bound(), score.toString());
    assertEquals(Optional.of("10MSP–13MSP"), score.period(), score.toString());
    assertFalse(e.isTrendPoint());
    assertTrue(e.noData().isEmpty());
    List<PublishedComparison> para142 = printedAt(e, rd("para 142"));
    assertEquals(1, para142.size());
    assertEquals(Agreement.AGREES, para142.get(0).agreement(), para142.get(0).toString());
    e.numerator().forEach(s -> assertTrue(s.facts().stream().allMatch(f -> f.source().equals(rd("para 142"))),
        s.toString()));
  }

  @Test
  void lap49_1At13MspIsZeroBecauseRdPara44SaysNoCaseOfNonComplianceWasDeclared() {
    // RD para 44: "During the period under review, no case of non-compliance with the Convention or need for
    // clarifications pursuant to LAP 39 was formally declared by a Meeting of States Parties."
    Evaluation e = lap("LAP-49.1", "13MSP");
    assertEquals(EvaluationStatus.COMPUTED, e.status(), e.toString());
    Score score = e.score().get();
    assertEquals(Optional.of(0L), score.count());
    assertEquals(Optional.empty(), score.bound(), "every State Party has a fact, so zero is a value, not a bound");
    assertEquals(Optional.of("10MSP–13MSP"), score.period(), "'during the period under review': a figure of the period");
    assertTrue(e.numerator().isEmpty());
    assertTrue(e.noData().isEmpty());
    assertEquals(111, e.denominator().size());
    for (SubjectEntry s : e.denominator()) {
      assertTrue(s.facts().stream().anyMatch(f -> f.element().equals("compliance.found-in-non-compliance")
          && f.value().bool().equals(Optional.of(false)) && f.source().equals(rd("para 44"))), s.toString());
    }
    List<PublishedComparison> para44 = printedAt(e, rd("para 44"));
    assertEquals(1, para44.size());
    assertTrue(para44.get(0).published().value().signum() == 0);
    assertEquals(Agreement.AGREES, para44.get(0).agreement());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 2. A State no document names has no fact

  @Test
  void lap16_1At13MspCountsPeruAndKnowsNothingOfTheOtherStatesParties() {
    // RD para 78: "During the 13MSP period, Peru shared its experiences in stockpile destruction". No document says
    // that any other State Party did not: they have no data, and the count is a lower bound.
    Evaluation e = lap("LAP-16.1", "13MSP");
    assertEquals(EvaluationStatus.COMPUTED, e.status(), e.toString());
    assertEquals(List.of("PER"), e.numeratorCodes());
    List<String> others = e.population(PopulationCode.DENOMINATOR).get().subjectCodes().stream()
        .filter(c -> !c.equals("PER")).toList();
    assertEquals(others, codes(e.noData()));
    assertEquals(110, others.size());
    assertEquals(Optional.of(Bound.AT_LEAST), e.score().get().bound());
    assertEquals(List.of(rd("para 78")), e.numerator().get(0).sources().stream()
        .filter(s -> s.document().equals("RD")).distinct().toList());
    assertTrue(DATA.facts().stream().noneMatch(f -> f.element().equals("art3.destruction-experience-shared")
        && f.value().bool().equals(Optional.of(false))), "no document says a State did not share its experience");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 3. Article 7

  @Test
  void initialReportsAt13MspAre106Of111WithTheFiveRdPara183NamesNotReceived() {
    // RD para 183: "As of August 2025, five (5) States Parties had yet to submit their long-overdue initial
    // transparency reports: Cabo Verde (2011), Comoros (2011), Congo (2015), Guinea (2015), and Rwanda (2016)."
    ReportingRate initial = EVALUATOR.reportingRate(DATA, cycle("13MSP"), ReportKind.INITIAL);
    Map<String, LocalDate> due = Map.of("CPV", LocalDate.of(2011, 9, 28), "COM", LocalDate.of(2011, 6, 30),
        "COG", LocalDate.of(2015, 8, 28), "GIN", LocalDate.of(2015, 9, 28), "RWA", LocalDate.of(2016, 7, 30));
    assertEquals(due.keySet(), initial.notReceived().stream().map(ReportEntry::state).collect(Collectors.toSet()));
    assertEquals(5, initial.notReceived().size());
    for (ReportEntry r : initial.notReceived()) {
      assertEquals(due.get(r.state()), r.due(), r.toString());
      // the due date computed from the register: 180 days after entry into force (Art. 7(1), Art. 17)
      TransparencyReport computed = TransparencyReport.owedBy(DATA.register().standing(r.state()).get(),
          initial.date()).get(0);
      assertEquals(ReportKind.INITIAL, computed.kind());
      assertEquals(computed.due(), r.due(), r.state());
      assertTrue(r.sources().contains(rd("para 183")), r.toString());
    }
    assertEquals(111, initial.expected().size());
    assertEquals(106, initial.received().size());
    assertEquals(Optional.of(new BigDecimal("95.50")), initial.rate());
    assertTrue(initial.noRecord().isEmpty());
    assertEquals(Optional.empty(), initial.onTimeRate(), "the days of submission are not given: timeliness unknown");
  }

  @Test
  void annualReportsAt13MspAreAllUnknownSoTheRateIsARange() {
    // The documents name no State's annual report: RD para 181 prints only how many were on time.
    ReportingRate annual = EVALUATOR.reportingRate(DATA, cycle("13MSP"), ReportKind.ANNUAL);
    assertEquals(111, annual.expected().size());
    assertEquals(annual.expected(), annual.noRecord());
    assertEquals(Optional.empty(), annual.rate());
    assertEquals(Optional.of(new BigDecimal("0.00")), annual.rateAtLeast());
    assertEquals(Optional.of(new BigDecimal("100.00")), annual.rateAtMost());
  }

  @Test
  void germanysInitialReportWasSubmittedOnADayNotGivenAndIsNeverOverdue() {
    // RD para 183's "only" reading: every State Party but the five had submitted its initial report by August 2025.
    LocalDate september = LocalDate.of(2025, 9, 1);
    List<TransparencyReport> reports = DATA.transparencyReports("DEU", september);
    TransparencyReport initial = reports.stream().filter(r -> r.kind() == ReportKind.INITIAL).findFirst().get();
    assertEquals(ObligationStatus.COMPLETED_TIMELINESS_UNKNOWN, initial.statusOn(september));
    for (LocalDate d = initial.start(); !d.isAfter(LocalDate.of(2026, 12, 31)); d = d.plusDays(1)) {
      assertNotEquals(ObligationStatus.OVERDUE, initial.statusOn(d), d.toString());
    }
    List<TransparencyReport> annual = reports.stream().filter(r -> r.kind() == ReportKind.ANNUAL).toList();
    assertFalse(annual.isEmpty());
    annual.forEach(r -> assertEquals(ObligationStatus.UNKNOWN, r.statusOn(september), r.description()));

    LocalDate august = LocalDate.of(2025, 8, 1);
    TransparencyReport caboVerde = DATA.transparencyReports("CPV", august).get(0);
    assertEquals(ReportKind.INITIAL, caboVerde.kind());
    assertEquals(ObligationStatus.OVERDUE, caboVerde.statusOn(august));
  }

  @Test
  void onlyTheFiveInitialReportsAreOverdueOn1August2025() {
    LocalDate august = LocalDate.of(2025, 8, 1);
    List<String> overdue = new ArrayList<>();
    for (Standing s : DATA.register().standings()) {
      DATA.transparencyReports(s.state().code(), august).stream()
          .filter(r -> r.kind() == ReportKind.INITIAL && r.statusOn(august) == ObligationStatus.OVERDUE)
          .forEach(r -> overdue.add(s.state().code()));
    }
    assertEquals(Set.of("CPV", "COM", "COG", "GIN", "RWA"), Set.copyOf(overdue));
    assertEquals(5, overdue.size());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 4. A CHANGE from the plan's start

  @Test
  void lap10_1At13MspIsPlusOneWithNigeriaAndSouthSudanInAndLithuaniaOut() {
    // RD para 29: "During the period under review (2021-2025), three (3) States joined the CCM, with one ratification
    // (Nigeria) and two accessions (South Sudan in 2023 and Vanuatu in 2025)." Lithuania's withdrawal took effect on
    // 6 March 2025; Vanuatu joined after the 13MSP cycle's date.
    Evaluation e = lap("LAP-10.1", "13MSP");
    assertEquals(List.of(FigureUnit.CHANGE), e.indicator().units());
    assertEquals(EvaluationStatus.COMPUTED, e.status(), e.toString());
    Score score = e.score().get();
    assertEquals(Optional.of(1L), score.change());
    assertEquals(Optional.of(2L), score.count());
    assertEquals(List.of("NGA", "SSD"), e.numeratorCodes());
    assertEquals(List.of("LTU"), e.population(PopulationCode.LEFT).map(PopulationResult::subjectCodes).get());

    PublishedComparison para29 = printedAt(e, rd("para 29")).get(0);
    assertEquals(Optional.of("10MSP–13MSP"), para29.published().period());
    assertTrue(is(para29.published().value(), 3));
    assertEquals(Agreement.AGREES, para29.agreement(), para29.toString());
    assertTrue(para29.computedOver().isPresent(), "computed over the printed figure's period");
    assertTrue(para29.computedOver().get().contains("VUT"), para29.computedOver().get());

    // the same value in the plan's series
    Evaluation inSeries = EVALUATOR.seriesOfPlan(LAP, DATA).stream()
        .filter(s -> s.indicator().id().equals("LAP-10.1")).findFirst().get().in("13MSP").get();
    assertEquals(e.score(), inSeries.score());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 5. Unknown is not zero

  @Test
  void lap13_1IsNotEvaluableSinceTheDocumentsPrint41ButNameOnly4() {
    // RD paras 64, 75: 41 States Parties completed Article 3; para 65 names four.
    Evaluation e = lap("LAP-13.1", "13MSP");
    assertEquals(EvaluationStatus.NOT_EVALUABLE, e.status(), e.toString());
    assertTrue(e.score().isEmpty());
    String reason = e.reason().get();
    assertTrue(reason.startsWith("population unknown:"), reason);
    assertTrue(reason.contains("41"), reason);
  }

  @Test
  void statesNotPartyAreComputedFromTheUnList() {
    // 197 States in the record; 111 States Parties on 30 April 2025; the rest are States not party.
    Evaluation e = lap("LAP-11.2", "13MSP");
    List<String> initial = codes(e.initialPopulation());
    assertEquals(86, initial.size());
    assertEquals(DATA.register().standings().size()
        - DATA.register().statesParties(cycle("13MSP").date(), PartyBasis.INSTRUMENT_DEPOSITED).size(),
        initial.size());
    assertTrue(initial.contains("USA"));
    assertTrue(initial.contains("LTU"), "Lithuania's withdrawal took effect on 6 March 2025");
    assertFalse(initial.contains("HND"), "Honduras is a State Party");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 6. The headline rule

  @Test
  void lap43_1At12MspShowsRdPara181sBoundOverThePeriod() {
    // RD para 181: "From the 10MSP to 12MSP, the number of reports submitted on time did not exceed fifty-one (51)."
    Evaluation e = lap("LAP-43.1", "12MSP");
    assertEquals(EvaluationStatus.PUBLISHED, e.status(), e.toString());
    Score score = e.score().get();
    assertEquals(Optional.of(Bound.AT_MOST), score.bound());
    assertEquals(Optional.of("10MSP–12MSP"), score.period());
    assertEquals(Optional.of(51L), score.count());
    assertFalse(e.isTrendPoint());
    assertTrue(e.reason().get().contains("by the headline rule"), e.reason().get());
  }

  @Test
  void lap18_1At13MspShowsRdPara92sAtLeastEight() {
    // RD para 92: "Throughout the review period, at least eight (8) of the ten (10) States Parties with clearance
    // obligations reported the completion of evidence-based and inclusive baseline surveys"
    Evaluation e = lap("LAP-18.1", "13MSP");
    assertEquals(EvaluationStatus.PUBLISHED, e.status(), e.toString());
    assertEquals(Optional.of(Bound.AT_LEAST), e.score().get().bound());
    assertEquals(Optional.of(8L), e.score().get().count());
    assertFalse(e.isTrendPoint());
    assertTrue(e.reason().get().contains("by the headline rule"), e.reason().get());
  }

  @Test
  void exactCycleFiguresThatDisagreeAreFlaggedWithBothSources() {
    // RD para 146: "During the reporting cycles of the 10MSP, six (6) States Parties provided such information, with
    // this number rising to nine (9) for the remainder of the review period"; UNIDIR's box 'ACTION 36. INDICATOR 1':
    // "2023: 6 (of 11 States Parties with obligations under Article 5)".
    List<String> differing = new ArrayList<>();
    for (String meeting : Datasets.LAP_CYCLES) {
      for (Evaluation e : evaluations(LAP, meeting)) {
        if (!e.flags(FlagKind.SOURCES_DIFFER).isEmpty()) {
          differing.add(e.indicator().id() + " " + meeting);
        }
        assertNotEquals(EvaluationStatus.SOURCES_DIFFER, e.status(), "a headline rule chose: " + e);
      }
    }
    assertEquals(List.of("LAP-36.1 11MSP"), differing);
    Evaluation e = lap("LAP-36.1", "11MSP");
    ConsistencyFlag flag = e.flags(FlagKind.SOURCES_DIFFER).get(0);
    assertTrue(flag.sources().contains(rd("para 146")), flag.toString());
    assertTrue(flag.sources().contains(SourceRef.of("UNIDIR", "section 3.4, box 'ACTION 36. INDICATOR 1', line 539")),
        flag.toString());
    List<PublishedValue> exact = e.published().stream().map(PublishedComparison::published)
        .filter(p -> p.isCycleFigure() && p.isExact()).toList();
    assertEquals(Set.of(new BigDecimal("6"), new BigDecimal("9")),
        exact.stream().map(p -> p.value().stripTrailingZeros()).collect(Collectors.toSet()));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 7. Consistency flags

  @Test
  void lap44_1At13MspPrintsMoreThanItsPopulation() {
    // RD para 186: "the number of States Parties submitting at least one Article-7 report over the past two years
    // fluctuated but remained above twenty-two (22) throughout the review period" — of a population of 19.
    Evaluation e = lap("LAP-44.1", "13MSP");
    assertEquals(19, e.denominator().size());
    ConsistencyFlag flag = e.flags(FlagKind.PUBLISHED_EXCEEDS_POPULATION).get(0);
    assertTrue(flag.sources().contains(rd("para 186")), flag.toString());
    assertTrue(flag.message().contains("19"), flag.message());
  }

  @Test
  void lap23_2At10MspIsShownFromPrintSinceTheAffectedStatesPartiesBeforeThe13MspAreNotKnown() {
    // UNIDIR box 'ACTION 23. INDICATOR 2': "2022: 3 (of 10 States Parties with obligations under Article 4)". The
    // record's ten are those of the 13MSP (RD para 86); Bosnia and Herzegovina requested an Article 4 extension at
    // the 10MSP (RD para 83, fn 12) and South Sudan deposited only on 3 August 2023: who the ten of 2022 were is not
    // known, so the population is unknown, not nine.
    Evaluation e = lap("LAP-23.2", "10MSP");
    assertEquals(EvaluationStatus.PUBLISHED, e.status(), e.toString());
    assertTrue(e.reason().get().startsWith("No value computed (not evaluable: population unknown: the record holds "
        + "the ten States Parties with Article 4 obligations at the 13MSP"), e.reason().get());
    assertTrue(e.reason().get().contains("Bosnia and Herzegovina requested an Article 4 extension at the 10MSP"));
    assertTrue(e.initialPopulation().isEmpty());
    assertEquals(Optional.of(3L), e.score().get().count());
    assertEquals(EvaluationStatus.COMPUTED, lap("LAP-30.1", "13MSP").status(), "known again at the 13MSP");
  }

  @Test
  void lap11_2At13MspDiffersFromRdPara36WhichCountsHondurasAmongStatesNotParty() {
    // RD para 36: "Throughout the review period, 20 States not party to the Convention have regularly supported the
    // resolution ... including, Algeria, ..., Honduras, ..."; Honduras is a State Party, and the "occasional"
    // supporters Kiribati and Yemen are counted.
    Evaluation e = lap("LAP-11.2", "13MSP");
    ConsistencyFlag flag = e.flags(FlagKind.COMPUTED_DIFFERS_FROM_PUBLISHED).get(0);
    assertTrue(flag.states().contains("HND"), flag.toString());
    assertTrue(flag.sources().contains(rd("para 36")), flag.toString());
    assertTrue(DATA.register().standing("HND").get().isPartyOn(cycle("13MSP").date(), PartyBasis.IN_FORCE));
    assertTrue(e.hasPublishedDifference());
  }

  @Test
  void lap4_2IsPrintedForItsComponentsOnly() {
    // UNIDIR box 'ACTION 4. INDICATOR 2': women delegates, women presiding, delegations headed by women — never the
    // indicator as a whole.
    for (String meeting : Datasets.LAP_CYCLES) {
      Evaluation e = lap("LAP-4.2", meeting);
      assertEquals(EvaluationStatus.PUBLISHED, e.status(), e.toString());
      assertFalse(e.flags(FlagKind.COMPONENT_FOR_WHOLE).isEmpty(), e.toString());
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 8. Say what was done

  @Test
  void the308IndicatorCyclesOfTheLausanneActionPlan() {
    // "308 indicator-cycles (77 indicators × 4 cycles): 14 computed from facts, 115 shown from print (7 of them beside
    // a bound computed from facts), 0 where the documents disagree and no rule picks one, 114 with no data, 65 not
    // evaluable."
    Map<EvaluationStatus, Integer> counts = new EnumMap<>(EvaluationStatus.class);
    int all = 0;
    for (String meeting : Datasets.LAP_CYCLES) {
      for (Evaluation e : evaluations(LAP, meeting)) {
        all++;
        counts.merge(e.status(), 1, Integer::sum);
        if (e.status() == EvaluationStatus.PUBLISHED) {
          // Compared with nothing, unless a bound or a figure of the period was computed from the facts.
          boolean computedBeside = e.published().stream().anyMatch(p -> p.computed().isPresent());
          assertTrue(computedBeside || e.published().stream().allMatch(p -> p.agreement() == Agreement.NOT_COMPARED),
              e.toString());
          assertTrue(computedBeside || !e.hasPublishedDifference(), e.toString());
          assertTrue(e.reason().get().contains("by the headline rule"), e.toString());
        }
        if (e.status() == EvaluationStatus.COMPUTED && e.indicator().headlineUnit() != FigureUnit.CHANGE) {
          assertEquals(Optional.of((long) e.numerator().size()), e.score().get().count(), e.toString());
        }
      }
    }
    assertEquals(77, LAP.indicators().size());
    assertEquals(308, all);
    assertEquals(14, counts.getOrDefault(EvaluationStatus.COMPUTED, 0));
    assertEquals(115, counts.getOrDefault(EvaluationStatus.PUBLISHED, 0));
    assertEquals(0, counts.getOrDefault(EvaluationStatus.SOURCES_DIFFER, 0));
    assertEquals(114, counts.getOrDefault(EvaluationStatus.NO_DATA, 0));
    assertEquals(65, counts.getOrDefault(EvaluationStatus.NOT_EVALUABLE, 0));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 9. VCAP status figures at the 3RC

  @Test
  void vcap12_aAt3RcIs112AsTheVcapAndUnidirPrint() {
    // VCAP line 177: "one hundred and twelve (112) States Parties"; UNIDIR line 181: "as of February 2026, it has 112
    // States Parties"
    Evaluation e = evaluation(VCAP, "VCAP-12.a", "3RC");
    assertEquals(EvaluationStatus.COMPUTED, e.status(), e.toString());
    assertEquals(Optional.of(112L), e.score().get().count());
    assertTrue(e.numeratorCodes().contains("VUT"));
    assertEquals(Set.of(SourceRef.of("VCAP", "line 177"), SourceRef.of("UNIDIR", "section 1, line 181")),
        e.published().stream().map(p -> p.published().source()).collect(Collectors.toSet()));
    e.published().forEach(p -> assertEquals(Agreement.AGREES, p.agreement(), p.toString()));
  }

  @Test
  void vcap28_eAt3RcShowsFiveOfTen() {
    // VCAP line 401: "In addition, five (5), or 50%, report assessing the impact of risk education, including
    // behavioural change."
    Evaluation e = evaluation(VCAP, "VCAP-28.e", "3RC");
    assertTrue(e.published().stream().map(PublishedComparison::published)
        .anyMatch(p -> p.source().equals(SourceRef.of("VCAP", "line 401")) && p.unit() == FigureUnit.COUNT
            && is(p.value(), 5) && p.denominator().map(d -> is(d, 10)).orElse(false)), e.published().toString());
  }

  @Test
  void vcap28_bAt3RcIsComputedFromTheVcapsAllTenAndFlagsItsTenPercent() {
    // VCAP line 401: "All ten (10), or 10%, of affected States Parties with obligations under Article 4 report on
    // risk education activities": "all" gives each of the ten the fact; ten of ten is 100 %, not the 10 % printed.
    Evaluation e = evaluation(VCAP, "VCAP-28.b", "3RC");
    assertEquals(EvaluationStatus.COMPUTED, e.status());
    assertEquals(Optional.of(new BigDecimal("100.00")), e.score().get().percentage());
    assertTrue(e.score().get().isExact());
    List<Agreement> agreements = e.published().stream().map(PublishedComparison::agreement).toList();
    assertEquals(List.of(Agreement.AGREES, Agreement.DIFFERS), agreements);
    assertEquals(1, e.flags(FlagKind.COMPUTED_DIFFERS_FROM_PUBLISHED).size());
  }

  @Test
  void lap24_1At13MspIsFlaggedForCountingFactsThatEvidenceItOnlyLoosely() {
    // RD para 93: "States Parties that have regularly submitted updates on survey and clearance operations during the
    // review period include Afghanistan, Chad, Chile, Germany, Iraq, Lao PDR, and Lebanon": updates, not the
    // disaggregated information LAP-24.1 counts; the facts say so, and the evaluation flags it.
    Evaluation e = lap("LAP-24.1", "13MSP");
    assertEquals(EvaluationStatus.COMPUTED, e.status(), e.toString());
    List<ConsistencyFlag> loose = e.flags(FlagKind.LOOSE_ATTRIBUTION);
    assertEquals(1, loose.size(), e.flags().toString());
    assertTrue(loose.get(0).sources().contains(rd("para 93")), loose.toString());
    assertEquals(e.numeratorCodes().size(), loose.get(0).states().size());
  }
}
