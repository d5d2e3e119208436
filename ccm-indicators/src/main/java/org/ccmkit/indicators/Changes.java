package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.population.ComputedPopulation;
import org.ccmkit.indicators.population.Member;
import org.ccmkit.indicators.population.PlanPeriod;
import org.ccmkit.indicators.population.Populations;
import org.ccmkit.indicators.result.ImmutableSubjectEntry;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.Reason;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.indicators.result.SubjectOutcome;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.state.Standing;

/**
 * Counts an indicator of change ({@link FigureUnit#CHANGE}, "The increase in the number of States Parties"): the
 * indicator's population on the day before the plan's period starts, against the same population on the end date
 * (the cycle's date, or the end of a printed figure's period).
 *
 * <p>The date rule: a subject <em>entered</em> when it is in the population on the end date and was not on the day
 * before the period starts (for States Parties in the deposit sense, it deposited its instrument on or after 1 January
 * of the plan's first year and on or before the end date); it <em>left</em> when it was in the population then and is
 * not on the end date (a withdrawal took effect). The value is the number that entered less the number that left,
 * which may be negative; the count is the number that entered. The numerator lists those that entered, the {@code left}
 * population those that left, each with the dated reason.
 */
final class Changes {

  private Changes() {}

  /** The change of {@code indicator}'s population from the start of {@code period} to {@code end}. */
  static Counting.Counted between(Indicator indicator, MonitoringDataset dataset, PlanPeriod period, LocalDate end) {
    LocalDate before = period.start().minusDays(1);
    if (end.isBefore(period.start())) {
      return new Counting.Counted("Change in " + indicator.population().base() + " over the plan period " + period,
          Counting.NO_POPULATIONS, Optional.empty(),
          Optional.of("the end date " + end + " is before the plan period " + period + " starts"), ImmutableList.of());
    }
    ComputedPopulation then = Populations.onDate(indicator.population().base(), indicator.population().basis(),
        dataset, before);
    ComputedPopulation now = Populations.onDate(indicator.population().base(), indicator.population().basis(),
        dataset, end);
    Map<String, Member> thenMembers = byCode(then);
    Map<String, Member> nowMembers = byCode(now);
    ImmutableList.Builder<SubjectEntry> entered = ImmutableList.builder();
    ImmutableList.Builder<SubjectEntry> left = ImmutableList.builder();
    ImmutableList.Builder<SubjectEntry> initial = ImmutableList.builder();
    int in = 0;
    int out = 0;
    for (Member m : now.members()) {
      boolean isNew = !thenMembers.containsKey(m.subject());
      SubjectEntry e = entry(m, isNew ? SubjectOutcome.COUNTED : SubjectOutcome.NOT_COUNTED,
          isNew ? Optional.of(Reason.of("Entered the population between " + period.start() + " and " + end))
              : Optional.of(Reason.of("Already in the population on " + before)));
      initial.add(e);
      if (isNew) {
        entered.add(e);
        in++;
      }
    }
    for (Member m : then.members()) {
      if (!nowMembers.containsKey(m.subject())) {
        Optional<Standing> s = dataset.register().standing(m.subject());
        String why = s.flatMap(Standing::withdrawalEffective)
            .map(w -> "Left the population: withdrawal took effect " + w)
            .orElse("Left the population between " + period.start() + " and " + end);
        left.add(ImmutableSubjectEntry.of(m.subject(), m.name(), SubjectOutcome.NOT_COUNTED,
            ImmutableList.<Reason>builder().addAll(m.reasons())
                .add(Reason.of(why, s.flatMap(Standing::source))).build(),
            ImmutableList.of(), ImmutableList.of(), Optional.empty()));
        out++;
      }
    }
    String rule = "Change in " + now.rule() + " from " + before + " (the day before the plan period " + period
        + " starts) to " + end + ": the members that entered, less those that left";
    Score score = Score.builder().units(indicator.units()).count(in).change((long) in - out).build();
    ImmutableList<SubjectEntry> enteredEntries = entered.build();
    return new Counting.Counted(rule, PopulationResult.listed(ImmutableList.of(
        PopulationResult.of(PopulationCode.INITIAL_POPULATION, initial.build()),
        PopulationResult.of(PopulationCode.NUMERATOR, enteredEntries),
        PopulationResult.of(PopulationCode.LEFT, left.build()))), Optional.of(score), Optional.empty(),
        Flags.looseIn(enteredEntries));
  }

  private static SubjectEntry entry(Member m, SubjectOutcome outcome, Optional<Reason> extra) {
    ImmutableList.Builder<Reason> reasons = ImmutableList.<Reason>builder().addAll(m.reasons());
    extra.ifPresent(reasons::add);
    return ImmutableSubjectEntry.of(m.subject(), m.name(), outcome, reasons.build(), ImmutableList.of(),
        ImmutableList.of(), Optional.empty());
  }

  private static Map<String, Member> byCode(ComputedPopulation p) {
    Map<String, Member> m = new TreeMap<>();
    p.members().forEach(x -> m.put(x.subject(), x));
    return m;
  }
}
