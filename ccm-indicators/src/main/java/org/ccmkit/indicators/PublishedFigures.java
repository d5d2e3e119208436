package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ccmkit.indicators.data.DatasetMemo;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.result.ImmutablePublishedComparison;
import org.ccmkit.indicators.result.PublishedComparison;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;

/**
 * The figures documents published for an indicator and cycle: set beside the computed value, and, where the facts give
 * none, the source of the value by the headline rule.
 *
 * <h2>The headline rule</h2>
 *
 * Where nothing was computed, or only a bound or a figure of a period (which never replaces a printed figure), and
 * figures are printed for the indicator and cycle, the value is taken from one of them, chosen in this order:
 *
 * <ol>
 *   <li>a figure of the whole indicator before a figure of one of its components (a component figure shown for the
 *       whole is flagged);
 *   <li>a figure of the cycle before a figure of a period (an average over cycles is never taken);
 *   <li>an exact figure before a bound (a bound is kept as a bound, {@code ≥ 8});
 *   <li>a figure printed with its denominator before one without;
 *   <li>a figure in the unit the measure names before one in another unit;
 *   <li>then source order (document, then place in it).
 * </ol>
 *
 * Where two figures that no step above separates are exact figures of the cycle in the same unit and disagree, no
 * figure is taken: the status is "sources differ" and both are shown. Where a step does separate them, the figure it
 * picks is taken, the reason says which step, and the disagreement is flagged.
 */
final class PublishedFigures {

  /** Published figures in a fixed order (by source, then value), whatever the dataset's order. */
  private static final Comparator<PublishedValue> ORDER = Comparator
      .comparing((PublishedValue p) -> p.source().document())
      .thenComparing(p -> p.source().locator())
      .thenComparing(PublishedValue::value)
      .thenComparing(PublishedValue::unit)
      .thenComparing(p -> p.component().orElse(""));

  private PublishedFigures() {}

  /** The outcome of the headline rule: the figure taken, if any, and in words why; or the figures that disagree. */
  record Headline(Optional<PublishedValue> figure, String rule, ImmutableList<PublishedValue> disagreeing) {}

  /** The figures published in the cycle of {@code meeting}, by indicator id, each indicator's in a fixed order. */
  static ImmutableMap<String, ImmutableList<PublishedValue>> ofCycle(MonitoringDataset dataset, String meeting) {
    return dataset.memo().get(ByIndicatorAndCycle.KEY).column(meeting);
  }

  /** The dataset's published figures by indicator id and cycle, each list in {@link #ORDER}; kept with the dataset. */
  private enum ByIndicatorAndCycle
      implements DatasetMemo.Key<ImmutableTable<String, String, ImmutableList<PublishedValue>>> {
    KEY;

    @Override
    public ImmutableTable<String, String, ImmutableList<PublishedValue>> compute(MonitoringDataset dataset) {
      Map<String, Map<String, List<PublishedValue>>> grouped = new HashMap<>();
      dataset.publishedByIndicator().forEach((id, p) -> grouped.computeIfAbsent(id, k -> new HashMap<>())
          .computeIfAbsent(p.cycle(), k -> new ArrayList<>()).add(p));
      ImmutableTable.Builder<String, String, ImmutableList<PublishedValue>> table = ImmutableTable.builder();
      grouped.forEach((id, byCycle) -> byCycle.forEach((cycle, figures) ->
          table.put(id, cycle, ImmutableList.sortedCopyOf(ORDER, figures))));
      return table.build();
    }
  }

  /** The headline where no figure is printed for the cycle. */
  private static final Headline NOTHING_PRINTED = new Headline(Optional.empty(), "no figure is printed for the cycle",
      ImmutableList.of());

  /** The figures that can be a headline value: all but averages over cycles. */
  static boolean isCandidate(PublishedValue p) {
    return p.unit() != FigureUnit.AVERAGE;
  }

  /** The headline by the rule above; empty figure and a reason when there is none to take. */
  static Headline headline(Indicator indicator, List<PublishedValue> published) {
    if (published.isEmpty()) {
      return NOTHING_PRINTED;
    }
    List<PublishedValue> candidates = published.stream().filter(PublishedFigures::isCandidate).toList();
    if (candidates.isEmpty()) {
      return new Headline(Optional.empty(), published.isEmpty() ? "no figure is printed for the cycle"
          : "the only figures printed are averages over several cycles", ImmutableList.of());
    }
    FigureUnit wanted = wantedUnit(indicator);
    List<PublishedValue> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparing((PublishedValue p) -> key(p, wanted)).thenComparing(ORDER));
    PublishedValue best = sorted.get(0);
    String bestKey = key(best, wanted);
    ImmutableList<PublishedValue> tied = sorted.stream()
        .filter(p -> p != best && key(p, wanted).equals(bestKey) && disagree(best, p))
        .collect(ImmutableList.toImmutableList());
    if (!tied.isEmpty() && best.isExact() && best.isCycleFigure()) {
      return new Headline(Optional.empty(), "the documents print different exact figures for the cycle and no rule "
          + "separates them", ImmutableList.<PublishedValue>builder().add(best).addAll(tied).build());
    }
    StringBuilder rule = new StringBuilder();
    for (PublishedValue other : sorted.subList(1, sorted.size())) {
      Optional<String> step = step(best, other, wanted);
      if (step.isPresent() && !rule.toString().contains(step.get())) {
        rule.append(rule.length() == 0 ? "" : "; ").append(step.get()).append(" (").append(other.source())
            .append(')');
      }
    }
    return new Headline(Optional.of(best), rule.length() == 0 ? "the only figure printed" : rule.toString(),
        ImmutableList.of());
  }

  /** Whether two printed figures are exact figures of the cycle in one unit and for one part, with different values. */
  static boolean disagree(PublishedValue a, PublishedValue b) {
    return a.isExact() && b.isExact() && a.isCycleFigure() && b.isCycleFigure() && a.unit() == b.unit()
        && a.component().equals(b.component()) && a.value().compareTo(b.value()) != 0;
  }

  /** The sort key of the headline rule: one character per step, '0' winning. */
  private static String key(PublishedValue p, FigureUnit wanted) {
    return (p.component().isEmpty() ? "0" : "1") + (p.isCycleFigure() ? "0" : "1") + (p.isExact() ? "0" : "1")
        + (p.denominator().isPresent() ? "0" : "1") + (p.unit() == wanted ? "0" : "1");
  }

  /** The first step of the rule by which {@code best} was taken before {@code other}, in words. */
  private static Optional<String> step(PublishedValue best, PublishedValue other, FigureUnit wanted) {
    String a = key(best, wanted);
    String b = key(other, wanted);
    String[] steps = {
        "a figure of the whole indicator before a component's",
        "a figure of the cycle before a figure of a period",
        "an exact figure before a bound",
        "a figure with its denominator before one without",
        "a figure in the measure's unit before one in another"};
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return Optional.of(steps[i]);
      }
    }
    return Optional.of("source order");
  }

  private static FigureUnit wantedUnit(Indicator indicator) {
    return indicator.headlineUnit() == FigureUnit.CHANGE ? FigureUnit.COUNT : indicator.headlineUnit();
  }

  /**
   * Each published figure beside the computed score and numerator; {@code computedOver}, where given for a figure of a
   * period, is the score computed over that period and what it covers.
   */
  static ImmutableList<PublishedComparison> compare(List<PublishedValue> published, Optional<Score> computed,
      List<String> numerator, java.util.function.Function<PublishedValue, Optional<Over>> computedOver) {
    if (published.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<PublishedComparison> b = ImmutableList.builderWithExpectedSize(published.size());
    for (PublishedValue p : published) {
      ImmutablePublishedComparison.Builder c = PublishedComparison.builder().published(p);
      Optional<Over> over = computed.isPresent() && !p.isCycleFigure() ? computedOver.apply(p) : Optional.empty();
      Optional<Score> against = over.map(Over::score).or(() -> computed);
      List<String> counted = over.map(Over::numerator).orElse(numerator);
      if (against.isPresent() && p.unit() != FigureUnit.AVERAGE) {
        Score s = against.get();
        Optional<BigDecimal> figure = s.in(scoreUnitOf(p.unit()));
        c.computed(figure);
        if (figure.isPresent()) {
          c.computedBound(s.bound());
          c.computedPeriod(s.period());
          c.computedDenominator(s.denominator());
          over.ifPresent(o -> c.computedOver(o.covers()));
        }
        if (figure.isPresent() && !p.states().isEmpty() && p.unit() != FigureUnit.QUANTITY) {
          Set<String> named = new TreeSet<>(p.states());
          Set<String> in = new TreeSet<>(counted);
          c.onlyPublished(named.stream().filter(x -> !in.contains(x)).collect(ImmutableList.toImmutableList()));
          c.onlyComputed(in.stream().filter(x -> !named.contains(x)).collect(ImmutableList.toImmutableList()));
        }
      }
      b.add(c.build());
    }
    return b.build();
  }

  /** A score computed over a printed figure's period, its numerator, and the dates it covers in words. */
  record Over(Score score, List<String> numerator, String covers) {}

  /** The score a published figure gives: its value in its unit, with its bound and period. */
  static Score score(Indicator indicator, PublishedValue p) {
    Score.Builder b = Score.builder().units(indicator.units()).bound(p.bound()).period(p.period())
        .component(p.component());
    Optional<Long> denominator = p.denominator().flatMap(Scoring::wholeNumber);
    switch (p.unit()) {
      case COUNT:
        Optional<Long> count = Scoring.wholeNumber(p.value());
        if (count.isPresent()) {
          b.count(count.get());
          denominator.ifPresent(d -> {
            b.denominator(d);
            b.percentage(Score.percentage(count.get(), d));
          });
        } else {
          b.quantity(p.value());
        }
        break;
      case PERCENT:
        b.percentage(p.value());
        denominator.ifPresent(b::denominator);
        break;
      default:
        b.quantity(p.value());
    }
    return b.build();
  }

  /** The unit a score gives a printed figure's value in: an AVERAGE is compared as a QUANTITY. */
  private static FigureUnit scoreUnitOf(FigureUnit unit) {
    switch (unit) {
      case COUNT:
        return FigureUnit.COUNT;
      case PERCENT:
        return FigureUnit.PERCENT;
      default:
        return FigureUnit.QUANTITY;
    }
  }

  /** The figure in words with its source: {@code ≥ 8 of 10 [RD para 92]}. */
  static String describe(PublishedValue p) {
    return p.figure() + " [" + p.source() + "]";
  }
}
