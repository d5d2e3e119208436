package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.population.BasePopulation;
import org.ccmkit.indicators.population.PlanPeriod;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.Vocabulary;
import org.ccmkit.model.state.PartyBasis;

/**
 * A dataset seen in one cycle, with the plan's period and the evaluator's vocabulary where there are: what every
 * indicator evaluated for the cycle shares, with the figures published in the cycle. Its base populations are computed
 * once per dataset, population rule and cycle ({@link BasePopulation}), so that a whole plan does not compute the
 * affected States Parties thirty times, nor two evaluations of it twice.
 */
final class CycleContext {

  private static final int BASES = PopulationBase.values().length;
  private static final int SLOTS = BASES * PartyBasis.values().length;

  final MonitoringDataset dataset;
  final ReportingCycle cycle;
  final Optional<PlanPeriod> period;
  final Optional<Vocabulary> vocabulary;
  /** The figures published in the cycle, by indicator id. */
  private final ImmutableMap<String, ImmutableList<PublishedValue>> published;
  /** The base populations asked for so far, by basis and base; one context serves one call, on one thread. */
  private final BasePopulation[] populations = new BasePopulation[SLOTS];
  /** The cycle's facts, once asked for (which indexes the dataset's facts, if they are not yet). */
  private CycleFacts facts;

  CycleContext(MonitoringDataset dataset, ReportingCycle cycle, Optional<PlanPeriod> period,
      Optional<Vocabulary> vocabulary) {
    this.dataset = dataset;
    this.cycle = cycle;
    this.period = period;
    this.vocabulary = vocabulary;
    this.published = PublishedFigures.ofCycle(dataset, cycle.meeting());
  }

  /** The figures published for {@code indicator} in the cycle, in a fixed order. */
  ImmutableList<PublishedValue> published(Indicator indicator) {
    ImmutableList<PublishedValue> figures = published.get(indicator.id());
    return figures == null ? ImmutableList.of() : figures;
  }

  /** The facts of the cycle, by data element: one view for every indicator evaluated in the context. */
  CycleFacts facts() {
    if (facts == null) {
      facts = new CycleFacts(dataset.factIndex(), cycle.meeting());
    }
    return facts;
  }

  /** The base population of {@code indicator} in the cycle; the indicator must have one the context can compute. */
  BasePopulation population(Indicator indicator) {
    PopulationBase base = indicator.population().base();
    PartyBasis basis = indicator.population().basis();
    int slot = basis.ordinal() * BASES + base.ordinal();
    BasePopulation p = populations[slot];
    if (p == null) {
      p = BasePopulation.of(base, basis, dataset, cycle, period);
      populations[slot] = p;
    }
    return p;
  }
}
