package org.ccmkit.io.chart;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ccmkit.indicators.report.Series;
import org.ccmkit.indicators.result.Evaluation;

/**
 * A text sparkline, one character per cycle: {@code ▁▂▃▄▅▆▇█} scaled from the smallest to the largest value drawn, a
 * space where a cycle has no value that may be drawn. Only exact figures are drawn (see {@link Evaluation#isTrendPoint()}).
 *
 * <pre>{@code
 * Sparkline.of(evaluator.series(lap.indicator("LAP-28.1").get(), data));   // e.g. "▁▅██"
 * }</pre>
 */
public final class Sparkline {

  /** The eight levels, lowest first. */
  public static final String LEVELS = "▁▂▃▄▅▆▇█";

  private Sparkline() {}

  /**
   * The sparkline of a series' trend points, one character per cycle of the series.
   *
   * @param series the series
   * @return the sparkline of a series' trend points, one character per cycle of the series
   */
  public static String of(Series series) {
    checkArgument(series != null, "Sparkline.of: series must not be null");
    return of(points(series.evaluations()));
  }

  /**
   * The trend point of each evaluation, or {@code null} where it has none: what {@link #of(List)} draws.
   *
   * @param evaluations the evaluations
   * @return the trend point of each evaluation, or {@code null} where it has none: what {@link #of(List)} draws
   */
  public static List<BigDecimal> points(List<Evaluation> evaluations) {
    checkArgument(evaluations != null, "Sparkline.points: evaluations must not be null");
    List<BigDecimal> points = new ArrayList<>();
    for (Evaluation e : evaluations) {
      points.add(e.isTrendPoint() ? e.value().get() : null);
    }
    return points;
  }

  /**
   * The sparkline of {@code values}, in order; a {@code null} is a gap (a space). All values equal: the middle level
   * throughout.
   *
   * @param values the values
   * @return the sparkline of {@code values}, in order; a {@code null} is a gap (a space)
   */
  public static String of(List<BigDecimal> values) {
    checkArgument(values != null, "Sparkline.of: values must not be null");
    List<BigDecimal> known = values.stream().filter(Objects::nonNull).toList();
    if (known.isEmpty()) {
      return " ".repeat(values.size());
    }
    BigDecimal min = known.stream().min(BigDecimal::compareTo).get();
    BigDecimal max = known.stream().max(BigDecimal::compareTo).get();
    StringBuilder s = new StringBuilder();
    for (BigDecimal v : values) {
      if (v == null) {
        s.append(' ');
      } else if (max.compareTo(min) == 0) {
        s.append(LEVELS.charAt(LEVELS.length() / 2));
      } else {
        int i = v.subtract(min).multiply(BigDecimal.valueOf(LEVELS.length() - 1))
            .divide(max.subtract(min), 0, RoundingMode.HALF_UP).intValue();
        s.append(LEVELS.charAt(i));
      }
    }
    return s.toString();
  }

  /**
   * The change from the first trend point to the last, where there are two; empty otherwise.
   *
   * @param values the values
   * @return the change from the first trend point to the last, where there are two; empty otherwise
   */
  public static Optional<BigDecimal> change(List<BigDecimal> values) {
    checkArgument(values != null, "Sparkline.change: values must not be null");
    List<BigDecimal> known = values.stream().filter(Objects::nonNull).toList();
    return known.size() < 2 ? Optional.empty() : Optional.of(known.get(known.size() - 1).subtract(known.get(0)));
  }
}
