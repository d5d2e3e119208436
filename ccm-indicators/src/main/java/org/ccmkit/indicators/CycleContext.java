package org.ccmkit.indicators;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.population.PlanPeriod;
import org.ccmkit.indicators.population.Populations;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.state.PartyBasis;

/**
 * A dataset seen in one cycle: the base populations the indicators to evaluate need, each computed once on the cycle's
 * date as a set of the dataset's subjects, so that a whole plan does not compute the affected States Parties thirty times. Immutable once built.
 */
final class CycleContext {

  /** A base population in one sense of "States Parties". */
  record Key(PopulationBase base, PartyBasis basis) {}

  final MonitoringDataset dataset;
  final ReportingCycle cycle;
  final Optional<PlanPeriod> period;
  private final ImmutableMap<Key, MemberSet> populations;

  private CycleContext(MonitoringDataset dataset, ReportingCycle cycle, Optional<PlanPeriod> period,
      ImmutableMap<Key, MemberSet> populations) {
    this.dataset = dataset;
    this.cycle = cycle;
    this.period = period;
    this.populations = populations;
  }

  /** The context of {@code cycle} with the populations {@code indicators} need. */
  static CycleContext of(MonitoringDataset dataset, ReportingCycle cycle, Optional<PlanPeriod> period,
      List<Indicator> indicators) {
    Map<Key, MemberSet> populations = new HashMap<>();
    for (Indicator i : indicators) {
      PopulationBase base = i.population().base();
      if (base == PopulationBase.NONE || base == PopulationBase.NEW_STATES_PARTIES && period.isEmpty()) {
        continue;
      }
      populations.computeIfAbsent(new Key(base, i.population().basis()),
          k -> MemberSet.of(Populations.compute(k.base(), k.basis(), dataset, cycle, period), dataset.factIndex()));
    }
    return new CycleContext(dataset, cycle, period, ImmutableMap.copyOf(populations));
  }

  /** The computed base population of {@code indicator}; it must be one the context was built for. */
  MemberSet population(Indicator indicator) {
    MemberSet p = populations.get(new Key(indicator.population().base(), indicator.population().basis()));
    if (p == null) {
      throw new IllegalStateException("no population computed for " + indicator.id());
    }
    return p;
  }
}
