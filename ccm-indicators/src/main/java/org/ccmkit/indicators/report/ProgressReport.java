package org.ccmkit.indicators.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.ccmkit.model.calendar.ReportingCycle;
import org.immutables.value.Value;

/**
 * The progress report of an action plan for a reporting cycle, as the ISU presents it to the meeting: the plan's
 * indicators grouped by thematic area, each with its value, previous value, baseline and trend.
 */
@Value.Immutable
public abstract class ProgressReport {

  /** Implemented in this package only (by the generated immutable class). */
  ProgressReport() {}

  /** {@return the plan's id, e.g. {@code LAP}} */
  public abstract String planId();

  /** {@return the plan's title} */
  public abstract String planTitle();

  /** {@return the cycle reported on} */
  public abstract ReportingCycle cycle();

  /** {@return the cycle before it in the dataset, if any} */
  public abstract Optional<ReportingCycle> previousCycle();

  /** {@return one section per thematic area, in document order} */
  public abstract ImmutableList<ProgressSection> sections();

  /** {@return a builder} */
  public static ImmutableProgressReport.Builder builder() {
    return ImmutableProgressReport.builder();
  }

  /** {@return every entry, in document order} */
  public ImmutableList<ProgressEntry> entries() {
    return sections().stream().flatMap(s -> s.entries().stream()).collect(ImmutableList.toImmutableList());
  }

  /** {@return how many indicators improved, held, regressed, changed or have no data} */
  public ImmutableSortedMap<Trend, Integer> trendCounts() {
    Map<Trend, Integer> counts = new EnumMap<>(Trend.class);
    for (Trend t : Trend.values()) {
      counts.put(t, 0);
    }
    entries().forEach(e -> counts.merge(e.trend(), 1, Integer::sum));
    return ImmutableSortedMap.copyOf(counts);
  }

  /** {@return the plan, the cycles compared and how many indicators each trend has} */
  @Override
  public String toString() {
    return "ProgressReport " + planId() + " at " + cycle().meeting() + previousCycle().map(c -> " against " + c.meeting())
        .orElse("") + ": " + sections().size() + " thematic areas, " + entries().size() + " indicators, trends "
        + trendCounts();
  }
}
