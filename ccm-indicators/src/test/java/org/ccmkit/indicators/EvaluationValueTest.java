package org.ccmkit.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.state.PartyBasis;
import org.junit.jupiter.api.Test;

/**
 * {@link Evaluation} as a value: given its populations deferred (as the evaluator gives them) or already made (as a
 * builder does), it is checked when made by the populations' codes and counts, and it equals, hashes and reads the same.
 */
class EvaluationValueTest {

  private static final Indicator INDICATOR = Fixtures.indicator("LAP-23.2", List.of(FigureUnit.COUNT),
      PopulationBase.STATES_PARTIES, PartyBasis.IN_FORCE, "art4.national-strategy");
  private static final ReportingCycle CYCLE = Fixtures.cycle("12MSP");

  /** Deferred populations that count as told and build no subject, and say how often their results were made. */
  private static final class Counts implements PopulationResult.Deferred {
    private final ImmutableList<PopulationCode> codes;
    private final int[] counts;
    int made;

    Counts(List<PopulationCode> codes, int... counts) {
      this.codes = ImmutableList.copyOf(codes);
      this.counts = counts;
    }

    @Override
    public ImmutableList<PopulationCode> codes() {
      return codes;
    }

    @Override
    public int count(PopulationCode code) {
      return counts[codes.indexOf(code)];
    }

    @Override
    public ImmutableList<PopulationResult> results() {
      made++;
      return PopulationResult.Deferred.super.results();
    }

    @Override
    public ImmutableList<String> subjectCodes(PopulationCode code) {
      return ImmutableList.of();
    }

    @Override
    public ImmutableList<SubjectEntry> subjects(PopulationCode code) {
      return ImmutableList.of();
    }
  }

  private static Evaluation computed(PopulationResult.Deferred populations, long count) {
    return Evaluation.of(INDICATOR, CYCLE, EvaluationStatus.COMPUTED, Optional.empty(), "rule", populations,
        Optional.of(Score.of(INDICATOR.units(), count, 3)), Optional.empty(), List.of(), List.of());
  }

  @Test
  void deferredPopulationsAreCheckedByTheirCountsAndMadeOnceWhenFirstRead() {
    Counts counts = new Counts(List.of(PopulationCode.INITIAL_POPULATION, PopulationCode.DENOMINATOR,
        PopulationCode.NUMERATOR, PopulationCode.NO_DATA), 3, 3, 2, 0);
    Evaluation e = computed(counts, 2);
    assertEquals(0, counts.made, "made before they were read");
    ImmutableList<PopulationResult> first = e.populations();
    assertSame(first, e.populations());
    assertEquals(1, counts.made);
    assertEquals(List.of(3, 3, 2, 0), first.stream().map(PopulationResult::count).toList());
    assertSame(PopulationResult.of(PopulationCode.NO_DATA, List.of()), first.get(3), "an empty one is shared");
  }

  @Test
  void aCountThatIsNotTheNumeratorsOrPopulationsOutOfOrderAreRefusedWithoutMakingThem() {
    Counts counts = new Counts(List.of(PopulationCode.INITIAL_POPULATION, PopulationCode.NUMERATOR), 3, 2);
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> computed(counts, 1));
    assertEquals("Evaluation LAP-23.2 12MSP: the computed count 1 must be the numerator's size 2", wrong.getMessage());
    Counts backwards = new Counts(List.of(PopulationCode.NUMERATOR, PopulationCode.INITIAL_POPULATION), 2, 3);
    IllegalArgumentException order = assertThrows(IllegalArgumentException.class, () -> computed(backwards, 2));
    assertEquals("Evaluation LAP-23.2 12MSP lists populations out of order: INITIAL_POPULATION after NUMERATOR",
        order.getMessage());
    assertEquals(0, counts.made + backwards.made);
  }

  @Test
  void anEvaluationWithDeferredPopulationsEqualsItsCopyWithThemMade() {
    String gender = Fixtures.LAP_23_2.dataElements().get(0);
    MonitoringDataset d = Fixtures.dataset().addAllObligations(Fixtures.affectedClearances())
        .addFacts(Fixtures.reported("LAO", "13MSP", gender, true), Fixtures.reported("IRQ", "13MSP", gender, false))
        .build();
    Evaluation deferred = IndicatorEvaluator.of().evaluate(Fixtures.LAP_23_2, d, Fixtures.cycle("13MSP"));
    assertEquals(List.of("LAO"), deferred.numeratorCodes());
    Evaluation copy = Evaluation.builder().from(deferred).build();
    assertNotSame(deferred, copy);
    assertEquals(copy, deferred);
    assertEquals(deferred, copy);
    assertEquals(deferred.hashCode(), copy.hashCode());
    assertEquals(deferred.toString(), copy.toString());
  }

  @Test
  void aBuilderNamesWhatIsMissingAndANullArgumentIsNamed() {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> Evaluation.builder().indicator(INDICATOR).build());
    assertEquals("Evaluation.Builder: [cycle, status, populationRule] must be set before build()",
        missing.getMessage());
    IllegalArgumentException score = assertThrows(IllegalArgumentException.class,
        () -> Evaluation.of(INDICATOR, CYCLE, EvaluationStatus.COMPUTED, Optional.empty(), "rule",
            PopulationResult.listed(List.of()), null, Optional.empty(), List.of(), List.of()));
    assertEquals("Evaluation LAP-23.2 12MSP: score must not be null; use Optional.empty()", score.getMessage());
    IllegalArgumentException element = assertThrows(IllegalArgumentException.class,
        () -> Evaluation.builder().addPopulations((PopulationResult) null));
    assertEquals("Evaluation.populations' element must not be null", element.getMessage());
  }
}
