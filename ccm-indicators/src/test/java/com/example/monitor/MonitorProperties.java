package com.example.monitor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.indicators.testkit.DomainArbitraries;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.plan.Indicator;

/**
 * A user's properties, written only against the published jqwik kit and the library's public API, as the README's
 * section "Property tests with the jqwik kit" shows them.
 */
class MonitorProperties {

  @Property
  void everyStateCountedIsInTheDenominator(@ForAll("datasets") MonitoringDataset dataset,
      @ForAll("indicators") Indicator indicator, @ForAll("cycles") ReportingCycle cycle) {
    Evaluation e = DomainArbitraries.EVALUATOR.evaluate(indicator, dataset, cycle);
    Set<String> denominator = e.denominator().stream().map(SubjectEntry::subject).collect(Collectors.toSet());
    assertTrue(denominator.containsAll(e.numeratorCodes()), e::toString);
  }

  @Property
  void anArticle4DeadlineOnlyMovesForward(@ForAll("clearances") Clearance clearance,
      @ForAll @IntRange(max = 12_000) int day, @ForAll @IntRange(max = 3_000) int later) {
    LocalDate date = clearance.start().plusDays(day);
    LocalDate deadline = clearance.deadlineOn(date).orElseThrow();
    assertFalse(deadline.isBefore(clearance.originalDeadline().orElseThrow()));
    assertFalse(clearance.deadlineOn(date.plusDays(later)).orElseThrow().isBefore(deadline));
  }

  @Provide
  Arbitrary<MonitoringDataset> datasets() {
    return DomainArbitraries.datasets();
  }

  @Provide
  Arbitrary<Indicator> indicators() {
    return DomainArbitraries.populationIndicators();
  }

  @Provide
  Arbitrary<ReportingCycle> cycles() {
    return DomainArbitraries.cycles();
  }

  @Provide
  Arbitrary<Clearance> clearances() {
    return DomainArbitraries.clearances();
  }
}
