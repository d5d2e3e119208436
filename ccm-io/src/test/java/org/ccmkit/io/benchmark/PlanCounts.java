package org.ccmkit.io.benchmark;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.population.ComputedPopulation;
import org.ccmkit.indicators.population.PlanPeriod;
import org.ccmkit.indicators.population.Populations;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PopulationBase;

/**
 * What the three ways of counting a plan in the benchmark are given and must agree on. The input, for one cycle: each
 * counted indicator's base population (its members, as ccmkit computes them from the register and the obligations:
 * the populations are data to the other two ways), its qualifier, the extension requests' articles, its data
 * elements, and the affirmative facts of the cycle. The output: for each indicator, the size of its denominator (the
 * members that meet the qualifier) and of its numerator (those that also affirm every data element).
 *
 * <p>The indicators counted are those of the plan over a population that are evaluated in the cycle, but the changes
 * (a CHANGE compares two dates, not a cycle's facts): on the real-sized dataset, 108 of the VCAP's 113.
 */
final class PlanCounts {

  private static final Pattern REQUEST_QUALIFIER = Pattern.compile("art(\\d+)\\.extension-request");

  /** One indicator to count: the index of its population, its qualifier, the request article, its elements. */
  record Counted(String id, int population, Optional<String> qualifier, Optional<Integer> requestArticle,
      ImmutableList<String> elements) {}

  final ImmutableList<Counted> indicators;
  /** The members of each population, by the index {@link Counted#population()} gives. */
  final ImmutableList<ImmutableList<String>> populations;
  /** The facts of the cycle that are affirmative. */
  final ImmutableList<Fact> affirmative;
  final ImmutableList<ExtensionRequest> requests;
  final String meeting;

  private PlanCounts(ImmutableList<Counted> indicators, ImmutableList<ImmutableList<String>> populations,
      ImmutableList<Fact> affirmative, ImmutableList<ExtensionRequest> requests, String meeting) {
    this.indicators = indicators;
    this.populations = populations;
    this.affirmative = affirmative;
    this.requests = requests;
    this.meeting = meeting;
  }

  /**
   * The input of {@code plan} in {@code cycle}: the indicators {@code evaluations} (ccmkit's, of the same plan and
   * cycle) evaluated over a population, but the changes.
   */
  static PlanCounts of(ActionPlan plan, MonitoringDataset dataset, ReportingCycle cycle, List<Evaluation> evaluations) {
    List<Counted> indicators = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<ImmutableList<String>> populations = new ArrayList<>();
    for (Evaluation e : evaluations) {
      Indicator i = e.indicator();
      if (i.population().base() == PopulationBase.NONE || i.headlineUnit() == FigureUnit.CHANGE
          || e.status() == EvaluationStatus.NOT_EVALUABLE) {
        continue;
      }
      if (!i.counting().isAllOf(i.dataElements())) {
        throw new IllegalArgumentException(i.id() + " counts by " + i.counting() + ": the bitset loop and the SQL "
            + "count every data element (all-of), as the VCAP's indicators do");
      }
      String key = i.population().base() + " " + i.population().basis();
      if (!keys.contains(key)) {
        ComputedPopulation p = Populations.compute(i.population().base(), i.population().basis(), dataset, cycle,
            Optional.of(PlanPeriod.of(plan)));
        keys.add(key);
        populations.add(p.subjects());
      }
      Optional<Integer> article = i.population().qualifier().map(REQUEST_QUALIFIER::matcher).filter(Matcher::matches)
          .filter(m -> i.population().base() == PopulationBase.EXTENSION_REQUESTS)
          .map(m -> Integer.parseInt(m.group(1)));
      indicators.add(new Counted(i.id(), keys.indexOf(key), i.population().qualifier(), article, i.dataElements()));
    }
    ImmutableList<Fact> affirmative = dataset.factIndex().elements().stream()
        .flatMap(k -> dataset.factIndex().facts(cycle.meeting(), k).values().stream())
        .flatMap(List::stream).filter(f -> f.value().isAffirmative()).collect(ImmutableList.toImmutableList());
    return new PlanCounts(ImmutableList.copyOf(indicators), ImmutableList.copyOf(populations), affirmative,
        dataset.extensionRequests(), cycle.meeting());
  }

  /** ccmkit's counts, from its evaluations: denominator and numerator size of each counted indicator, in order. */
  int[] ofEvaluations(List<Evaluation> evaluations) {
    int[] counts = new int[2 * indicators.size()];
    int k = 0;
    for (Evaluation e : evaluations) {
      if (k < indicators.size() && e.indicator().id().equals(indicators.get(k).id())) {
        counts[2 * k] = e.denominator().size();
        counts[2 * k + 1] = e.numerator().size();
        k++;
      }
    }
    return counts;
  }

  /** Fails, naming the first indicator that differs, unless {@code actual} (by {@code way}) equals {@code expected}. */
  void checkEqual(String way, int[] expected, int[] actual) {
    for (int k = 0; k < indicators.size(); k++) {
      if (expected[2 * k] != actual[2 * k] || expected[2 * k + 1] != actual[2 * k + 1]) {
        throw new IllegalStateException(way + " counts " + indicators.get(k).id() + " in the " + meeting
            + " cycle as " + actual[2 * k + 1] + " of " + actual[2 * k] + ", ccmkit as " + expected[2 * k + 1]
            + " of " + expected[2 * k]);
      }
    }
  }
}
