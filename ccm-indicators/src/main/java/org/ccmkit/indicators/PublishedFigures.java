package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedUnit;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.result.ImmutablePublishedComparison;
import org.ccmkit.indicators.result.ImmutableScore;
import org.ccmkit.indicators.result.PublishedComparison;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.indicators.result.ScoreUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Measure;

/**
 * The figures documents published for an indicator and cycle: set beside the computed value, and standing in for it
 * where the facts give none.
 */
final class PublishedFigures {

  /** Published figures in a fixed order (by source, then value), whatever the dataset's order. */
  private static final Comparator<PublishedValue> ORDER = Comparator
      .comparing((PublishedValue p) -> p.source().document())
      .thenComparing(p -> p.source().locator())
      .thenComparing(PublishedValue::value)
      .thenComparing(PublishedValue::unit);

  private PublishedFigures() {}

  /** The figures published for {@code indicator} in the cycle of {@code meeting}, in a fixed order. */
  static ImmutableList<PublishedValue> of(Indicator indicator, MonitoringDataset dataset, String meeting) {
    return dataset.publishedByIndicator().get(indicator.id()).stream()
        .filter(p -> p.cycle().equals(meeting))
        .sorted(ORDER)
        .collect(ImmutableList.toImmutableList());
  }

  /** Each published figure beside the computed score and numerator. */
  static ImmutableList<PublishedComparison> compare(List<PublishedValue> published, Optional<Score> computed,
      boolean computedHere, List<String> numerator) {
    ImmutableList.Builder<PublishedComparison> b = ImmutableList.builder();
    for (PublishedValue p : published) {
      ImmutablePublishedComparison.Builder c = PublishedComparison.builder().published(p);
      if (computedHere && computed.isPresent() && p.unit() != PublishedUnit.AVERAGE) {
        Score s = computed.get();
        c.computed(s.in(unit(p.unit())));
        c.computedDenominator(s.denominator());
        if (!p.states().isEmpty() && p.unit() != PublishedUnit.QUANTITY) {
          Set<String> named = new TreeSet<>(p.states());
          Set<String> counted = new TreeSet<>(numerator);
          c.onlyPublished(named.stream().filter(x -> !counted.contains(x)).collect(ImmutableList.toImmutableList()));
          c.onlyComputed(counted.stream().filter(x -> !named.contains(x)).collect(ImmutableList.toImmutableList()));
        }
      }
      b.add(c.build());
    }
    return b.build();
  }

  /**
   * The published figure that stands in for a value the facts do not give: one in the unit the measure names if
   * there is one, else any that is not an average over cycles; the first in source order.
   */
  static Optional<PublishedValue> standIn(Indicator indicator, List<PublishedValue> published) {
    PublishedUnit wanted = indicator.measure() == Measure.COUNT ? PublishedUnit.COUNT
        : indicator.measure() == Measure.QUANTITY ? PublishedUnit.QUANTITY : PublishedUnit.PERCENT;
    Optional<PublishedValue> same = published.stream().filter(p -> p.unit() == wanted).findFirst();
    return same.isPresent() ? same
        : published.stream().filter(p -> p.unit() != PublishedUnit.AVERAGE).findFirst();
  }

  /** The score a published figure gives. */
  static Score score(Indicator indicator, PublishedValue p) {
    ImmutableScore.Builder b = Score.builder().measure(indicator.measure());
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

  private static ScoreUnit unit(PublishedUnit unit) {
    switch (unit) {
      case COUNT:
        return ScoreUnit.COUNT;
      case PERCENT:
        return ScoreUnit.PERCENT;
      default:
        return ScoreUnit.QUANTITY;
    }
  }

  static String describe(PublishedValue p) {
    return p.value().toPlainString() + (p.unit() == PublishedUnit.PERCENT ? " %" : "")
        + p.denominator().map(d -> " of " + d.toPlainString()).orElse("") + " [" + p.source() + "]";
  }
}
