package org.ccmkit.indicators;

import org.ccmkit.indicators.testkit.DomainArbitraries;
import net.jqwik.api.statistics.StatisticsReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.validation.Importance;
import org.ccmkit.indicators.validation.MissingValueStrategy;
import org.ccmkit.indicators.validation.Operator;
import org.ccmkit.indicators.validation.Side;
import org.ccmkit.indicators.validation.ValidationFailure;
import org.ccmkit.indicators.validation.ValidationResult;
import org.ccmkit.indicators.validation.ValidationRule;
import org.ccmkit.indicators.validation.Validator;
import org.ccmkit.model.SourceRef;
import org.junit.jupiter.api.Test;

/** User-written validation rules over a dataset's facts, in the manner of DHIS2's. */
@StatisticsReport(onFailureOnly = true)
class ValidationRulesTest {

  private static final SourceRef A = SourceRef.of("ART7", "annual report");
  private static final SourceRef B = SourceRef.of("UNIDIR", "line 300");
  private static final String WOMEN = "meeting.delegation-women";
  private static final String SIZE = "meeting.delegation-size";
  private static final String COMPLETED = "art4.clearance-completed";
  private static final String REMAINING = "art4.area-remaining";

  private static final ValidationRule WOMEN_AT_MOST_DELEGATES = ValidationRule.builder().id("W1")
      .description("women delegates are at most the delegates").importance(Importance.HIGH)
      .left(Side.sum(WOMEN)).operator(Operator.LESS_OR_EQUAL).right(Side.sum(SIZE)).build();
  private static final ValidationRule COMPLETED_HAS_NO_AREA = ValidationRule.builder().id("C1")
      .description("a State reporting completed clearance has no outstanding clearance area")
      .importance(Importance.MEDIUM).when(COMPLETED).left(Side.sum(REMAINING)).operator(Operator.EQUAL)
      .right(Side.constant(0)).build();

  private static Fact count(String state, String element, long n, SourceRef source) {
    return Fact.of(state, "13MSP", element, FactValue.count(n), source);
  }

  private static MonitoringDataset dataset(List<Fact> facts) {
    return MonitoringDataset.builder().register(Fixtures.REGISTER).meetings(Fixtures.MEETINGS)
        .cycles(Fixtures.lapCycles()).facts(facts).build();
  }

  private static final MonitoringDataset DATA = dataset(List.of(
      count("LAO", WOMEN, 3, A), count("LAO", SIZE, 8, A),
      count("DEU", WOMEN, 5, A), count("DEU", SIZE, 4, B),
      count("CHL", WOMEN, 2, A),
      count("IRQ", WOMEN, 3, A), count("IRQ", WOMEN, 4, B), count("IRQ", SIZE, 10, A),
      Fact.of("MRT", "13MSP", COMPLETED, FactValue.of(true), A),
      Fact.of("MRT", "13MSP", REMAINING, FactValue.of(org.ccmkit.model.plan.ValueType.QUANTITY, new BigDecimal("2.5")), B),
      Fact.of("TCD", "13MSP", COMPLETED, FactValue.of(false), A), count("TCD", REMAINING, 10, A),
      Fact.of("CHL", "13MSP", COMPLETED, FactValue.of(true), A), count("CHL", REMAINING, 0, A)));

  @Test
  void aRuleThatDoesNotHoldIsALocatedFailureWithItsValuesAndSources() {
    ValidationResult r = Validator.validate(DATA, List.of(WOMEN_AT_MOST_DELEGATES, COMPLETED_HAS_NO_AREA));
    assertEquals(List.of("W1 DEU", "C1 MRT"), r.failures().stream().map(f -> f.rule().id() + " " + f.subject()).toList());
    ValidationFailure deu = r.failures().get(0);
    assertEquals("13MSP", deu.cycle());
    assertEquals(Importance.HIGH, deu.importance());
    assertEquals(Optional.of(BigDecimal.valueOf(5)), deu.left());
    assertEquals(Optional.of(BigDecimal.valueOf(4)), deu.right());
    assertEquals(List.of(A, B), deu.sources());
    assertEquals("'women delegates are at most the delegates' does not hold: meeting.delegation-women = 5 is not ≤ "
        + "meeting.delegation-size = 4", deu.message());
    assertTrue(deu.violated());
    // LAO passes W1, CHL passes C1; the others are skipped, each saying why
    assertEquals(2, r.passed());
    assertEquals(4, r.checks());
    Set<String> skipped = Set.copyOf(r.skipped());
    assertTrue(skipped.contains("rule W1, CHL 13MSP: skipped: no value for meeting.delegation-size"), skipped::toString);
    assertTrue(skipped.contains("rule W1, IRQ 13MSP: the sources give different values for meeting.delegation-women: "
        + "3, 4 [ART7 annual report, UNIDIR line 300]"), skipped::toString);
    assertTrue(skipped.contains("rule C1, TCD 13MSP: does not apply: no affirmative fact for art4.clearance-completed"),
        skipped::toString);
  }

  @Test
  void neverSkipMakesAMissingValueAFailureNotAZero() {
    ValidationRule strict = ValidationRule.builder().from(WOMEN_AT_MOST_DELEGATES)
        .right(Side.sum(SIZE).withMissing(MissingValueStrategy.NEVER_SKIP)).build();
    ValidationResult r = Validator.validate(DATA, List.of(strict));
    ValidationFailure chl = r.failures().stream().filter(f -> f.subject().equals("CHL")).findFirst().get();
    assertFalse(chl.violated());
    assertEquals(Optional.empty(), chl.right());
    assertTrue(chl.message().startsWith("no value for meeting.delegation-size"), chl.message());
  }

  @Test
  void aRuleOfTwoConstantsOrWithABadKeyIsRefusedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValidationRule.builder().id("K")
        .description("nothing").importance(Importance.LOW).left(Side.constant(1)).operator(Operator.EQUAL)
        .right(Side.constant(1)).build());
    assertTrue(e.getMessage().contains("ValidationRule K compares two constants"), e.getMessage());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Side.sum("Women Delegates"));
    assertTrue(bad.getMessage().contains("'Women Delegates' is not a data element key"), bad.getMessage());
  }

  @Provide
  net.jqwik.api.Arbitrary<DomainArbitraries.Scenario> scenarios() {
    return DomainArbitraries.scenarios();
  }

  @Property(tries = 200)
  void everySubjectAndCycleWithAFactIsCheckedOrSkippedOnceAndNoneIsDropped(
      @ForAll("scenarios") DomainArbitraries.Scenario s) {
    MonitoringDataset dataset = s.dataset();
    ValidationRule rule = ValidationRule.builder().id("P").description("at most 2 women in a delegation")
        .importance(Importance.LOW).left(Side.sum(DomainArbitraries.WOMEN)).operator(Operator.LESS_OR_EQUAL)
        .right(Side.constant(2)).build();
    ValidationResult r = Validator.validate(dataset, List.of(rule));
    Set<String> pairs = dataset.facts().stream().filter(f -> f.element().equals(DomainArbitraries.WOMEN))
        .map(f -> f.subject() + " " + f.cycle()).collect(Collectors.toSet());
    Statistics.label("failures").collect(r.failures().isEmpty() ? "none" : "some");
    Statistics.label("checks").collect(r.checks() == 0 ? "none" : "some");
    assertEquals(pairs.size(), r.checks() + r.skipped().size());
    assertEquals(r.checks(), r.passed() + r.failures().size());
    for (ValidationFailure f : r.failures()) {
      assertTrue(f.violated() && f.left().get().compareTo(BigDecimal.valueOf(2)) > 0, f::toString);
      assertFalse(f.sources().isEmpty());
    }
  }
}
