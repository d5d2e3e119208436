package org.ccmkit.indicators;

import java.util.Optional;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.population.BasePopulation;
import org.ccmkit.indicators.population.PlanPeriod;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.Indicator;

/**
 * A dataset seen in one cycle, with the plan's period where there is one: what every indicator evaluated for the cycle
 * shares. Its base populations are computed once per dataset, population rule and cycle ({@link BasePopulation}), so
 * that a whole plan does not compute the affected States Parties thirty times, nor two evaluations of it twice.
 */
final class CycleContext {

  final MonitoringDataset dataset;
  final ReportingCycle cycle;
  final Optional<PlanPeriod> period;

  CycleContext(MonitoringDataset dataset, ReportingCycle cycle, Optional<PlanPeriod> period) {
    this.dataset = dataset;
    this.cycle = cycle;
    this.period = period;
  }

  /** The base population of {@code indicator} in the cycle; the indicator must have one the context can compute. */
  BasePopulation population(Indicator indicator) {
    return BasePopulation.of(indicator.population().base(), indicator.population().basis(), dataset, cycle, period);
  }
}
