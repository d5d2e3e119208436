package org.ccmkit.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.population.ComputedPopulation;
import org.ccmkit.indicators.population.Populations;
import org.ccmkit.indicators.report.Stratification;
import org.ccmkit.indicators.result.BaselineComparison;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.indicators.result.SubjectOutcome;
import org.ccmkit.indicators.testkit.DomainArbitraries;
import org.ccmkit.indicators.testkit.DomainArbitraries.Scenario;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.state.PartyBasis;
import org.ccmkit.model.state.Standing;

/**
 * What must hold of every evaluation, for generated registers, obligations and facts. Each property fails if the
 * evaluator breaks the rule it states.
 */
class EvaluatorProperties {

  private static final IndicatorEvaluator EVALUATOR = DomainArbitraries.EVALUATOR;

  @Provide
  Arbitrary<Scenario> scenarios() {
    return DomainArbitraries.scenarios();
  }

  @Provide
  Arbitrary<Indicator> indicators() {
    return DomainArbitraries.indicators();
  }

  @Provide
  Arbitrary<Indicator> populationIndicators() {
    return DomainArbitraries.populationIndicators();
  }

  @Provide
  Arbitrary<String> meetings() {
    return DomainArbitraries.meetings();
  }

  private static Evaluation evaluate(Indicator i, MonitoringDataset d, String meeting) {
    return EVALUATOR.evaluate(i, d, Fixtures.cycle(meeting));
  }

  private static boolean computed(Evaluation e) {
    return e.status() == org.ccmkit.indicators.result.EvaluationStatus.COMPUTED;
  }

  @Property(tries = 200)
  void theNumeratorIsBetweenZeroAndTheDenominator(@ForAll("scenarios") Scenario s,
      @ForAll("populationIndicators") Indicator i, @ForAll("meetings") String meeting) {
    Evaluation e = evaluate(i, s.dataset(), meeting);
    Assume.that(computed(e));
    Score score = e.score().get();
    long n = score.count().get();
    long d = score.denominator().get();
    assertTrue(0 <= n && n <= d, e.toString());
    assertEquals(e.numerator().size(), n);
    assertEquals(e.denominator().size(), d);
  }

  @Property(tries = 200)
  void thePercentageIsAHundredTimesNumeratorOverDenominator(@ForAll("scenarios") Scenario s,
      @ForAll("populationIndicators") Indicator i, @ForAll("meetings") String meeting) {
    Evaluation e = evaluate(i, s.dataset(), meeting);
    Assume.that(computed(e) && !e.denominator().isEmpty());
    BigDecimal p = e.score().get().percentage().orElseThrow();
    double expected = 100.0 * e.numerator().size() / e.denominator().size();
    assertTrue(Math.abs(p.doubleValue() - expected) <= 0.005, p + " for " + e);
    assertTrue(p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0, p.toPlainString());
  }

  @Property(tries = 200)
  void theNumeratorIsPartOfThePopulationAndThePopulationsPartitionIt(@ForAll("scenarios") Scenario s,
      @ForAll("indicators") Indicator i, @ForAll("meetings") String meeting) {
    Evaluation e = evaluate(i, s.dataset(), meeting);
    Set<String> initial = codes(e.initialPopulation());
    Set<String> denominator = codes(e.denominator());
    Set<String> numerator = codes(e.numerator());
    assertTrue(initial.containsAll(numerator), e.toString());
    if (i.population().base() != PopulationBase.NONE) {
      Set<String> excluded = codes(e.exclusions());
      assertTrue(initial.containsAll(denominator));
      assertEquals(initial.size(), denominator.size() + excluded.size());
      assertTrue(denominator.containsAll(numerator));
      Set<String> notCounted = codes(e.denominator().stream()
          .filter(x -> x.outcome() == SubjectOutcome.NOT_COUNTED).toList());
      Set<String> noData = codes(e.noData());
      assertEquals(denominator.size(), numerator.size() + notCounted.size() + noData.size());
      e.numerator().forEach(x -> assertEquals(SubjectOutcome.COUNTED, x.outcome()));
    }
  }

  @Property(tries = 200)
  void evaluationIsInvariantUnderReorderingAndDuplicationOfFacts(@ForAll("scenarios") Scenario s,
      @ForAll("indicators") Indicator i, @ForAll("meetings") String meeting, @ForAll long seed) {
    MonitoringDataset d = s.dataset();
    List<Fact> shuffled = new ArrayList<>(d.facts());
    Random random = new Random(seed);
    for (Fact f : d.facts()) {
      if (random.nextInt(3) == 0) {
        shuffled.add(f);
      }
    }
    Collections.shuffle(shuffled, random);
    MonitoringDataset reordered = s.builder().facts(shuffled).build();
    assertEquals(evaluate(i, d, meeting), evaluate(i, reordered, meeting));
  }

  @Property(tries = 200)
  void aFactAboutASubjectOutsideThePopulationChangesNothing(@ForAll("scenarios") Scenario s,
      @ForAll("populationIndicators") Indicator i, @ForAll("meetings") String meeting, @ForAll boolean value,
      @ForAll int pick) {
    MonitoringDataset d = s.dataset();
    Evaluation before = evaluate(i, d, meeting);
    Set<String> initial = codes(before.initialPopulation());
    List<String> outside = DomainArbitraries.subjects(d.register()).stream().filter(c -> !initial.contains(c)).toList();
    Assume.that(before.status() != org.ccmkit.indicators.result.EvaluationStatus.NOT_EVALUABLE
        && !outside.isEmpty());
    String subject = outside.get(Math.floorMod(pick, outside.size()));
    List<Fact> added = new ArrayList<>(d.facts());
    for (String element : List.of(DomainArbitraries.GENDER, DomainArbitraries.STRATEGY, DomainArbitraries.DONOR)) {
      added.add(Fact.of(subject, meeting, element, FactValue.of(value), SourceRef.of("NEW", "fact")));
    }
    Evaluation after = evaluate(i, s.builder().facts(added).build(), meeting);
    assertEquals(before.score(), after.score());
    assertEquals(before.status(), after.status());
    assertEquals(codes(before.denominator()), codes(after.denominator()));
    assertEquals(before.numeratorCodes(), after.numeratorCodes());
  }

  // Most tries are discarded (an indicator with no data element or qualifier, or no computed value): about one in
  // six is checked, so jqwik's default ratio of five discards to a check can exhaust the property on a valid run.
  @Property(tries = 200, maxDiscardRatio = 20)
  void addingAQualifyingFactNeverLowersTheCount(@ForAll("scenarios") Scenario s, @ForAll("indicators") Indicator i,
      @ForAll("meetings") String meeting, @ForAll int pickSubject, @ForAll int pickElement) {
    MonitoringDataset d = s.dataset();
    Evaluation before = evaluate(i, d, meeting);
    List<String> subjects = DomainArbitraries.subjects(d.register());
    List<String> keys = new ArrayList<>(i.dataElements());
    i.population().qualifier().ifPresent(keys::add);
    Assume.that(!keys.isEmpty() && computed(before));
    String subject = subjects.get(Math.floorMod(pickSubject, subjects.size()));
    String element = keys.get(Math.floorMod(pickElement, keys.size()));
    List<Fact> added = new ArrayList<>(d.facts());
    added.add(Fact.of(subject, meeting, element, FactValue.of(true), SourceRef.of("NEW", "fact")));
    Evaluation after = evaluate(i, s.builder().facts(added).build(), meeting);
    assertTrue(computed(after), after.toString());
    assertTrue(after.score().get().count().get() >= before.score().get().count().get(), before + " then " + after);
    assertTrue(after.numeratorCodes().containsAll(before.numeratorCodes()));
  }

  @Property(tries = 200)
  void aMemberIsCountedExactlyWhenOneOfItsSourcesAffirmsEachDataElement(@ForAll("scenarios") Scenario s,
      @ForAll("populationIndicators") Indicator i, @ForAll("meetings") String meeting) {
    MonitoringDataset d = s.dataset();
    Evaluation e = evaluate(i, d, meeting);
    for (SubjectEntry x : e.denominator()) {
      Set<Fact> reported = d.facts().stream()
          .filter(f -> f.subject().equals(x.subject()) && f.cycle().equals(meeting)
              && (i.dataElements().contains(f.element()) || i.population().qualifier().orElse("").equals(f.element())))
          .collect(Collectors.toSet());
      assertEquals(reported, new HashSet<>(x.facts()), "the entry cites every fact behind it: " + x.subject());
      assertEquals(reported.size(), x.facts().size(), "each fact once: " + x.subject());
      boolean affirmsAll = i.dataElements().stream().allMatch(k -> reported.stream()
          .anyMatch(f -> f.element().equals(k) && f.value().isAffirmative()));
      boolean reportedAny = reported.stream().anyMatch(f -> i.dataElements().contains(f.element()));
      SubjectOutcome expected = affirmsAll ? SubjectOutcome.COUNTED
          : reportedAny ? SubjectOutcome.NOT_COUNTED : SubjectOutcome.NO_DATA;
      assertEquals(expected, x.outcome(), x.toString());
    }
  }

  @Property(tries = 200)
  void statesNotPartyOnTheDateAreNeverCountedAsStatesParties(@ForAll("scenarios") Scenario s,
      @ForAll("populationIndicators") Indicator i, @ForAll("meetings") String meeting) {
    PopulationBase base = i.population().base();
    Assume.that(base.isStates() && base != PopulationBase.STATES_NOT_PARTY
        && base != PopulationBase.SIGNATORIES);
    MonitoringDataset d = s.dataset();
    Evaluation e = evaluate(i, d, meeting);
    LocalDate date = Fixtures.cycle(meeting).date();
    for (SubjectEntry x : e.initialPopulation()) {
      Standing standing = d.register().standing(x.subject()).orElseThrow();
      assertTrue(standing.isPartyOn(date, i.population().basis()), x.subject() + " is not a party on " + date);
    }
  }

  @Property(tries = 200)
  void strataSumToTheWhole(@ForAll("scenarios") Scenario s, @ForAll("indicators") Indicator i,
      @ForAll("meetings") String meeting) {
    MonitoringDataset d = s.dataset();
    Evaluation e = evaluate(i, d, meeting);
    Stratification st = EVALUATOR.stratify(e, d, "region");
    for (var p : e.populations()) {
      assertEquals(p.count(), st.strata().stream().mapToInt(x -> x.count(p.code())).sum(), p.code().code());
    }
    if (computed(e)) {
      Score whole = e.score().get();
      assertEquals(whole.count().get().longValue(),
          st.strata().stream().mapToLong(x -> x.score().get().count().orElse(0L)).sum());
      whole.denominator().ifPresent(w -> assertEquals(w.longValue(),
          st.strata().stream().mapToLong(x -> x.score().get().denominator().orElse(0L)).sum()));
    }
  }

  @Property(tries = 100)
  void equalInputsGiveEqualResultsOnAnyThread(@ForAll("scenarios") Scenario s, @ForAll("indicators") Indicator i,
      @ForAll("meetings") String meeting) {
    Evaluation once = evaluate(i, s.dataset(), meeting);
    Evaluation again = evaluate(i, s.dataset(), meeting);
    assertEquals(once, again);
    assertEquals(once.hashCode(), again.hashCode());
    MonitoringDataset shared = s.dataset();
    List<Evaluation> parallel = java.util.stream.IntStream.range(0, 8).parallel()
        .mapToObj(n -> evaluate(i, shared, meeting)).toList();
    parallel.forEach(p -> assertEquals(once, p));
  }

  @Property(tries = 200)
  void theChangeFromTheBaselineHasTheSignTheValuesGive(@ForAll("scenarios") Scenario s,
      @ForAll("indicators") Indicator i, @ForAll("meetings") String meeting) {
    MonitoringDataset d = s.dataset();
    IndicatorEvaluator withBaseline = IndicatorEvaluator.builder().from(EVALUATOR).baselineCycle("10MSP").build();
    Evaluation now = withBaseline.evaluate(i, d, Fixtures.cycle(meeting));
    Evaluation base = EVALUATOR.evaluate(i, d, Fixtures.cycle("10MSP"));
    boolean comparable = now.isTrendPoint() && base.isTrendPoint()
        && base.score().get().unit() == now.score().get().unit();
    assertTrue(now.baseline().isEmpty() || now.score().isPresent());
    Assume.that(comparable);
    BaselineComparison b = now.baseline().orElseThrow(() -> new AssertionError("no baseline comparison: " + now));
    BigDecimal valueNow = now.value().get();
    BigDecimal valueThen = base.value().get();
    assertEquals(valueThen, b.baselineValue());
    assertEquals(valueNow.compareTo(valueThen), b.change().signum(), b.toString());
    assertEquals(0, valueNow.subtract(valueThen).compareTo(b.change()));
  }

  @Property(tries = 200)
  void theAffectedStatesPartiesAreThoseWithAnArticle4ObligationStillToFulfil(@ForAll("scenarios") Scenario s,
      @ForAll("meetings") String meeting) {
    MonitoringDataset d = s.dataset();
    ReportingCycle cycle = Fixtures.cycle(meeting);
    LocalDate date = cycle.date();
    ComputedPopulation affected = Populations.compute(PopulationBase.AFFECTED_STATES_PARTIES, PartyBasis.IN_FORCE, d,
        cycle, java.util.Optional.empty());
    Set<String> expected = new TreeSet<>();
    for (Obligation o : d.obligations()) {
      Standing st = d.register().standing(o.state().code()).get();
      boolean inForce = st.entryIntoForce().map(eif -> !date.isBefore(eif)).orElse(false)
          && st.withdrawalEffective().map(w -> date.isBefore(w)).orElse(true);
      boolean open = !date.isBefore(o.start()) && o.completedOn().map(c -> date.isBefore(c)).orElse(true)
          && o.ceasedOn().map(c -> date.isBefore(c)).orElse(true);
      if (o instanceof Clearance && inForce && open) {
        expected.add(o.state().code());
      }
    }
    assertEquals(ImmutableList.copyOf(expected), affected.subjects());
  }

  @Property(tries = 200)
  void statesPartiesInForceAreStatesPartiesByDeposit(@ForAll("scenarios") Scenario s,
      @ForAll("meetings") String meeting) {
    MonitoringDataset d = s.dataset();
    ReportingCycle cycle = Fixtures.cycle(meeting);
    List<String> inForce = Populations.compute(PopulationBase.STATES_PARTIES, PartyBasis.IN_FORCE, d, cycle,
        java.util.Optional.empty()).subjects();
    List<String> deposited = Populations.compute(PopulationBase.STATES_PARTIES, PartyBasis.INSTRUMENT_DEPOSITED, d,
        cycle, java.util.Optional.empty()).subjects();
    List<String> notParty = Populations.compute(PopulationBase.STATES_NOT_PARTY, PartyBasis.INSTRUMENT_DEPOSITED, d,
        cycle, java.util.Optional.empty()).subjects();
    assertTrue(deposited.containsAll(inForce));
    Set<String> all = new HashSet<>(deposited);
    notParty.forEach(c -> assertFalse(all.contains(c), c + " is both party and not party"));
    assertEquals(d.register().standings().size(), deposited.size() + notParty.size());
  }

  private static Set<String> codes(List<SubjectEntry> entries) {
    return entries.stream().map(SubjectEntry::subject).collect(Collectors.toCollection(TreeSet::new));
  }
}
