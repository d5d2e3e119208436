package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ccmkit.indicators.data.Bound;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.population.ComputedPopulation;
import org.ccmkit.indicators.population.Populations;
import org.ccmkit.indicators.result.Agreement;
import org.ccmkit.indicators.result.ConsistencyFlag;
import org.ccmkit.indicators.result.FlagKind;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.PublishedComparison;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PopulationBase;

/**
 * The consistency flags of an evaluation (see {@link FlagKind}): what in its figures cannot all be so, or must be
 * known to read its value, each with the sources and, where they can be named, the States that make the difference.
 */
final class Flags {

  private Flags() {}

  /**
   * The flags of an evaluation.
   *
   * @param populations the populations computed, empty where none was
   * @param loose the facts behind the numerator's subjects that evidence the indicator only loosely, in its order
   * @param value the value shown (computed or taken from print), if any
   * @param headline the printed figure taken as the value, if one was
   */
  static ImmutableList<ConsistencyFlag> of(Indicator indicator, MonitoringDataset dataset, ReportingCycle cycle,
      PopulationResult.Deferred populations, List<Fact> loose, Optional<Score> value, Optional<PublishedValue> headline,
      List<PublishedComparison> comparisons) {
    if (comparisons.isEmpty() && headline.isEmpty() && loose.isEmpty()
        && value.filter(v -> v.period().isPresent() || v.bound().isPresent()).isEmpty()) {
      return ImmutableList.of(); // nothing printed, nothing loose, no period and no bound: nothing to flag
    }
    List<ConsistencyFlag> flags = new ArrayList<>();
    List<PublishedValue> published = comparisons.stream().map(PublishedComparison::published).toList();
    sourcesDiffer(published).ifPresent(flags::add);
    PopulationBase base = indicator.population().base();
    if (populations.codes().contains(PopulationCode.INITIAL_POPULATION) && base != PopulationBase.NONE
        && indicator.headlineUnit() != FigureUnit.CHANGE && !published.isEmpty()) {
      Set<String> members = new TreeSet<>(populations.subjectCodes(PopulationCode.INITIAL_POPULATION));
      for (PublishedValue p : published) {
        exceeds(p, members, cycle).ifPresent(flags::add);
        denominatorDiffers(p, members, indicator, dataset, cycle).ifPresent(flags::add);
      }
    }
    headline.filter(h -> h.component().isPresent()).ifPresent(h -> flags.add(ConsistencyFlag.of(
        FlagKind.COMPONENT_FOR_WHOLE, "the value shown is the figure printed for the component '"
            + h.component().get() + "' only, not for the whole indicator", ImmutableList.of(h.source()),
        ImmutableList.of())));
    value.flatMap(Score::period).ifPresent(p -> flags.add(ConsistencyFlag.of(FlagKind.PERIOD_FIGURE,
        "the value shown is a figure of the period " + p + ", not of the " + cycle.meeting() + " cycle; it is no "
            + "trend point", headline.map(h -> ImmutableList.of(h.source())).orElse(ImmutableList.of()),
        ImmutableList.of())));
    value.flatMap(Score::bound).ifPresent(b -> flags.add(ConsistencyFlag.of(FlagKind.BOUND,
        headline.isPresent() ? "the value shown is a bound as printed (" + b.symbol() + " " + value.get().value()
            .toPlainString() + "), not a value; it is no trend point"
            : "the value computed is a lower bound (" + b.symbol() + " " + value.get().value().toPlainString()
                + "): some members of the population have no data, or are not known to be in the denominator or "
                + "out of it; it is no trend point",
        headline.map(h -> ImmutableList.of(h.source())).orElse(ImmutableList.of()), ImmutableList.of())));
    if (!loose.isEmpty()) {
      flags.add(ConsistencyFlag.of(FlagKind.LOOSE_ATTRIBUTION, loose.size() + " of the facts counted evidence the "
              + "indicator only loosely or in part (each fact's note says how)",
          loose.stream().map(Fact::source).distinct().toList(),
          loose.stream().map(Fact::subject).distinct().toList()));
    }
    for (PublishedComparison c : comparisons) {
      if (c.agreement() == Agreement.DIFFERS) {
        List<String> states = new ArrayList<>(c.onlyPublished());
        states.addAll(c.onlyComputed());
        flags.add(ConsistencyFlag.of(FlagKind.COMPUTED_DIFFERS_FROM_PUBLISHED, "computed "
            + c.computedBound().map(b -> b.symbol() + " ").orElse("") + c.computed().get().toPlainString()
            + c.computedOver().map(o -> " (" + o + ")").orElse("") + ", printed " + PublishedFigures.describe(
                c.published())
            + (c.onlyPublished().isEmpty() ? "" : "; named for the printed figure, not counted: " + c.onlyPublished())
            + (c.onlyComputed().isEmpty() ? "" : "; counted, not among the States the printed figure names: "
                + c.onlyComputed()),
            ImmutableList.of(c.published().source()), states));
      }
    }
    return ImmutableList.copyOf(flags);
  }

  /** The facts of {@code subjects} that evidence the indicator only {@linkplain Fact#loose() loosely}, in order. */
  static ImmutableList<Fact> looseIn(List<SubjectEntry> subjects) {
    ImmutableList.Builder<Fact> loose = ImmutableList.builder();
    for (SubjectEntry s : subjects) {
      for (Fact f : s.facts()) {
        if (f.loose()) {
          loose.add(f);
        }
      }
    }
    return loose.build();
  }

  /** Exact figures of the cycle, in one unit and for one part, that disagree: one flag naming each with its source. */
  private static Optional<ConsistencyFlag> sourcesDiffer(List<PublishedValue> published) {
    Map<String, List<PublishedValue>> groups = new LinkedHashMap<>();
    for (PublishedValue p : published) {
      if (p.isExact() && p.isCycleFigure()) {
        groups.computeIfAbsent(p.unit() + "|" + p.component().orElse(""), k -> new ArrayList<>()).add(p);
      }
    }
    List<PublishedValue> differing = new ArrayList<>();
    for (List<PublishedValue> g : groups.values()) {
      if (g.stream().map(PublishedValue::value).map(BigDecimal::stripTrailingZeros).distinct().count() > 1) {
        differing.addAll(g);
      }
    }
    if (differing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ConsistencyFlag.of(FlagKind.SOURCES_DIFFER, "the documents print different figures for the "
        + "cycle: " + differing.stream().map(PublishedFigures::describe).collect(Collectors.joining("; ")),
        differing.stream().map(PublishedValue::source).distinct().toList(), ImmutableList.of()));
  }

  /** A printed count of the whole indicator larger than the population computed. */
  private static Optional<ConsistencyFlag> exceeds(PublishedValue p, Set<String> members, ReportingCycle cycle) {
    if (p.unit() != FigureUnit.COUNT || p.component().isPresent() || p.bound().equals(Optional.of(Bound.AT_MOST))
        || p.value().compareTo(BigDecimal.valueOf(members.size())) <= 0) {
      return Optional.empty();
    }
    List<String> outside = p.states().stream().filter(s -> !members.contains(s)).sorted().toList();
    return Optional.of(ConsistencyFlag.of(FlagKind.PUBLISHED_EXCEEDS_POPULATION, "printed "
        + PublishedFigures.describe(p) + ", but the population computed on " + cycle.date() + " has "
        + members.size() + " members" + (outside.isEmpty() ? "" : "; named by the document and outside the "
            + "population: " + outside), ImmutableList.of(p.source()), outside));
  }

  /**
   * A printed denominator that differs from the population computed. The States that make the difference: where the
   * document names its States, those on one side only; else the members of the same population at the dataset's other
   * cycles that are not members at this one, and the other way round.
   */
  private static Optional<ConsistencyFlag> denominatorDiffers(PublishedValue p, Set<String> members,
      Indicator indicator, MonitoringDataset dataset, ReportingCycle cycle) {
    if (p.denominator().isEmpty() || p.denominator().get().compareTo(BigDecimal.valueOf(members.size())) == 0
        || indicator.population().qualifier().isPresent()) {
      return Optional.empty();
    }
    Set<String> difference = new TreeSet<>();
    String how;
    if (!p.states().isEmpty()) {
      p.states().stream().filter(s -> !members.contains(s)).forEach(difference::add);
      members.stream().filter(s -> !p.states().contains(s)).forEach(difference::add);
      how = "States on one side only";
    } else {
      PopulationBase base = indicator.population().base();
      boolean byDate = base != PopulationBase.DELEGATIONS && base != PopulationBase.EXTENSION_REQUESTS
          && base != PopulationBase.NEW_STATES_PARTIES && base != PopulationBase.NONE;
      List<String> notes = new ArrayList<>();
      if (byDate) {
        for (ReportingCycle other : dataset.cycles()) {
          if (other.equals(cycle)) {
            continue;
          }
          ComputedPopulation there = Populations.onDate(base, indicator.population().basis(), dataset, other.date());
          for (String s : there.subjects()) {
            if (!members.contains(s) && difference.add(s)) {
              notes.add(s + " (a member at the " + other.meeting() + " cycle, not at this one)");
            }
          }
          for (String s : members) {
            if (!there.subjects().contains(s) && difference.add(s)) {
              notes.add(s + " (a member at this cycle, not at the " + other.meeting() + ")");
            }
          }
        }
      }
      if (base == PopulationBase.AFFECTED_STATES_PARTIES) {
        // A State whose Article 4 extension request a meeting up to the cycle's year considered had an Article 4
        // obligation then, whether or not the data hold it.
        for (org.ccmkit.indicators.data.ExtensionRequest r : dataset.extensionRequests()) {
          Optional<Integer> year = dataset.meetings().stream().filter(m -> m.id().equals(r.meeting())).findFirst()
              .map(m -> m.year());
          if (r.article() == 4 && !members.contains(r.state()) && year.map(y -> y <= cycle.year()).orElse(false)
              && difference.add(r.state())) {
            notes.add(r.state() + " (an Article 4 extension request considered at the " + r.meeting() + " ["
                + r.source() + "], not an affected State Party of the data on " + cycle.date() + ")");
          }
        }
      }
      how = notes.isEmpty() ? "no State can be named" : String.join(", ", notes);
    }
    return Optional.of(ConsistencyFlag.of(FlagKind.DENOMINATOR_DIFFERS_FROM_POPULATION, "printed denominator "
        + p.denominator().get().toPlainString() + " [" + p.source() + "], population computed on " + cycle.date()
        + ": " + members.size() + "; " + how, ImmutableList.<SourceRef>of(p.source()), difference));
  }
}
