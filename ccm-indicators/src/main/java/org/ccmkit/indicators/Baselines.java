package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.ccmkit.indicators.result.BaselineComparison;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.model.plan.Baseline;
import org.ccmkit.model.plan.FigureUnit;

/**
 * Sets a value against its baseline: the one the plan printed where it printed a figure (VCAP), else the value of a
 * baseline cycle the caller names (the LAP set its baselines in its first year).
 */
final class Baselines {

  private Baselines() {}

  /**
   * The comparison with the printed baseline, in the first unit that both it and the score give, the score's headline
   * unit first: a printed percentage compares with the percentage, a printed number with the count (or the quantity);
   * {@code printed} is the indicator's printed baseline where it is known, as {@link PreparedIndicator} holds it.
   */
  static Optional<BaselineComparison> printed(Optional<Baseline> printed, Score score) {
    if (printed.isEmpty()) {
      return Optional.empty();
    }
    ImmutableList<FigureUnit> units = unitsFrom(score.unit());
    for (int i = 0; i < units.size(); i++) {
      FigureUnit unit = units.get(i);
      Optional<BigDecimal> base = unit == FigureUnit.PERCENT ? printed.get().percent() : printed.get().value();
      Optional<BigDecimal> now = score.in(unit);
      if (base.isPresent() && now.isPresent()) {
        return Optional.of(BaselineComparison.builder().printed(printed).unit(unit).baselineValue(base.get())
            .value(now.get()).build());
      }
    }
    return Optional.empty();
  }

  /** The comparison with the value of the baseline cycle's evaluation, in the score's headline unit. */
  static Optional<BaselineComparison> ofCycle(Score score, Evaluation baseline) {
    Optional<BigDecimal> base = baseline.score().flatMap(s -> s.in(score.unit()));
    return base.map(b -> BaselineComparison.builder().baselineCycle(baseline.cycle().meeting()).unit(score.unit())
        .baselineValue(b).value(score.value()).build());
  }

  private static final ImmutableList<FigureUnit> PERCENT_FIRST = ImmutableList.of(FigureUnit.PERCENT, FigureUnit.COUNT);
  private static final ImmutableList<FigureUnit> QUANTITY_FIRST =
      ImmutableList.of(FigureUnit.QUANTITY, FigureUnit.COUNT);
  private static final ImmutableList<FigureUnit> COUNT_FIRST =
      ImmutableList.of(FigureUnit.COUNT, FigureUnit.QUANTITY, FigureUnit.PERCENT);

  /** The units a baseline is compared in, {@code headline} first. */
  private static ImmutableList<FigureUnit> unitsFrom(FigureUnit headline) {
    switch (headline) {
      case PERCENT:
        return PERCENT_FIRST;
      case QUANTITY:
        return QUANTITY_FIRST;
      default:
        return COUNT_FIRST;
    }
  }
}
