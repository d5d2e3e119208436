package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmkit.indicators.report.ProgressEntry;
import org.ccmkit.indicators.report.ProgressReport;
import org.ccmkit.indicators.report.ProgressSection;
import org.ccmkit.indicators.report.Trend;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.ThematicArea;

/** Assembles a plan's progress report from its evaluations in a cycle and the cycle before. */
final class ProgressReports {

  private ProgressReports() {}

  static ProgressReport of(ActionPlan plan, ReportingCycle cycle, Optional<ReportingCycle> previousCycle,
      List<Evaluation> now, Optional<? extends List<Evaluation>> before) {
    Map<String, Evaluation> current = byId(now);
    Map<String, Evaluation> previous = before.map(ProgressReports::byId).orElse(Map.of());
    ImmutableList.Builder<ProgressSection> sections = ImmutableList.builder();
    for (ThematicArea area : plan.areas()) {
      ImmutableList.Builder<ProgressEntry> entries = ImmutableList.builder();
      for (Indicator i : plan.indicatorsByArea().get(area)) {
        Evaluation e = current.get(i.id());
        Optional<Evaluation> p = Optional.ofNullable(previous.get(i.id()));
        entries.add(ProgressEntry.builder().evaluation(e).previous(p).trend(trend(e, p)).build());
      }
      sections.add(ProgressSection.of(area, entries.build()));
    }
    return ProgressReport.builder().planId(plan.id()).planTitle(plan.title()).cycle(cycle)
        .previousCycle(previousCycle).sections(sections.build()).build();
  }

  /**
   * The trend of an evaluation: against the previous cycle's value where both are trend points in one unit, else
   * against the baseline, else NO_DATA. A bound or a figure of a period is never a trend point.
   */
  static Trend trend(Evaluation now, Optional<Evaluation> previous) {
    if (!now.isTrendPoint()) {
      return Trend.NO_DATA;
    }
    Score score = now.score().get();
    Optional<Score> before = previous.filter(Evaluation::isTrendPoint).flatMap(Evaluation::score)
        .filter(s -> s.unit() == score.unit());
    if (before.isPresent()) {
      return Trend.of(now.indicator().direction(), before.get().value(), score.value());
    }
    return now.baseline().map(b -> Trend.of(now.indicator().direction(), b.baselineValue(), b.value()))
        .orElse(Trend.NO_DATA);
  }

  private static Map<String, Evaluation> byId(List<Evaluation> evaluations) {
    Map<String, Evaluation> byId = new HashMap<>();
    evaluations.forEach(e -> byId.put(e.indicator().id(), e));
    return byId;
  }
}
