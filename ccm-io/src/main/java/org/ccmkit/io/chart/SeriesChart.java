package org.ccmkit.io.chart;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ccmkit.indicators.data.Bound;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.report.Series;
import org.ccmkit.indicators.result.BaselineComparison;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.indicators.result.PublishedComparison;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.model.plan.FigureUnit;

/**
 * A small SVG chart of an indicator's value per cycle, self-contained (no script, font or image fetched): a line
 * through the exact figures; each value marked by its kind, in shape and in the legend's words, never by colour alone
 * (a filled circle computed, a filled square printed, a hollow triangle a bound, a hollow circle a figure of a period);
 * every printed figure of what the value measures as a hollow diamond; the baseline as a dashed line. It carries its
 * text alternative ({@link #describe(Series)}) as its SVG {@code title} and {@code desc}, for screen readers and for
 * print.
 *
 * <p>One unit is drawn: the unit of the latest value (a percentage, a count, a quantity, a change). A printed count with
 * its printed denominator is drawn on a percentage chart as the percentage it gives; figures in another unit are
 * listed in the text alternative only.
 */
public final class SeriesChart {

  /** The chart's width in CSS pixels. */
  public static final int WIDTH = 300;

  /** The chart's height in CSS pixels. */
  public static final int HEIGHT = 150;

  private static final int LEFT = 36;
  private static final int RIGHT = 12;
  private static final int TOP = 10;
  private static final int BOTTOM = 48;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private SeriesChart() {}

  /**
   * The unit the chart of {@code series} is drawn in; empty when no cycle has a value or a printed figure.
   *
   * @param series the series
   * @return the unit the chart of {@code series} is drawn in; empty when no cycle has a value or a printed figure
   */
  public static Optional<FigureUnit> unit(Series series) {
    checkArgument(series != null, "SeriesChart.unit: series must not be null");
    for (int i = series.evaluations().size() - 1; i >= 0; i--) {
      Optional<Score> s = series.evaluations().get(i).score();
      if (s.isPresent()) {
        return Optional.of(s.get().unit());
      }
    }
    return series.evaluations().stream().flatMap(e -> e.published().stream())
        .map(p -> scoreUnit(p.published().unit())).flatMap(Optional::stream).findFirst();
  }

  /**
   * The chart as an SVG element (no XML declaration, ready to sit inside HTML), or empty when there is nothing to draw.
   * {@code id} makes the element's ids unique in a document (e.g. {@code LAP-23.2}).
   *
   * @param series the series
   * @param id the id
   * @return the chart as an SVG element (no XML declaration, ready to sit inside HTML), or empty when there is nothing
   *     to draw
   */
  public static Optional<String> svg(Series series, String id) {
    checkArgument(series != null, "SeriesChart.svg: series must not be null");
    checkArgument(id != null && !id.isBlank(), "SeriesChart.svg: id must not be blank (series %s)",
        series.indicator().id());
    Optional<FigureUnit> unit = unit(series);
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    String key = "chart-" + id.replaceAll("[^A-Za-z0-9_-]", "-");
    List<Evaluation> cycles = series.evaluations();
    List<Mark> values = new ArrayList<>();
    List<Mark> printed = new ArrayList<>();
    for (int i = 0; i < cycles.size(); i++) {
      Evaluation e = cycles.get(i);
      int x = i;
      e.score().filter(s -> s.unit() == unit.get()).ifPresent(s -> values.add(new Mark(x, s.value(), kind(e), label(e))));
      // A printed figure of a component is drawn only beside a value of the same component: on its own it would
      // read as a figure of the whole indicator. The text alternative lists every printed figure.
      Optional<String> component = e.score().flatMap(Score::component);
      for (PublishedComparison p : e.published()) {
        if (!p.published().component().equals(component)) {
          continue;
        }
        inUnit(p.published(), unit.get()).ifPresent(v -> printed.add(new Mark(x, v, Kind.PRINTED_FIGURE,
            e.cycle().meeting() + ": printed " + p.published().figure() + " [" + p.published().source() + "]")));
      }
    }
    Optional<BigDecimal> baseline = baseline(series, unit.get());
    Scale y = Scale.of(unit.get(), values, printed, baseline);
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"series-chart\" width=\"").append(WIDTH)
        .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"").append(key).append("-title ").append(key).append("-desc\">");
    s.append("<title id=\"").append(key).append("-title\">").append(escape(title(series, unit.get())))
        .append("</title>");
    s.append("<desc id=\"").append(key).append("-desc\">").append(escape(describe(series))).append("</desc>");
    // Axes and the scale's two labelled ends.
    s.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "axis")).append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT,
        HEIGHT - BOTTOM, "axis"));
    s.append(text(LEFT - 4, y.at(y.max) + 4, "end", y.label(y.max)));
    s.append(text(LEFT - 4, y.at(y.min) + 4, "end", y.label(y.min)));
    for (int i = 0; i < cycles.size(); i++) {
      s.append(text(x(i, cycles.size()), HEIGHT - BOTTOM + 14, "middle", cycles.get(i).cycle().meeting()));
    }
    baseline.ifPresent(b -> s.append("<line class=\"baseline\" x1=\"").append(LEFT).append("\" y1=\"")
        .append(num(y.at(b))).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(num(y.at(b)))
        .append("\" stroke=\"#555\" stroke-dasharray=\"4 3\"><title>baseline ").append(escape(y.label(b)))
        .append("</title></line>"));
    // The trend line: exact figures only, in cycle order.
    List<Mark> exact = values.stream().filter(m -> m.kind.exact).toList();
    if (exact.size() >= 2) {
      s.append("<polyline class=\"trend\" fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"1.5\" points=\"")
          .append(exact.stream().map(m -> num(x(m.x, cycles.size())) + "," + num(y.at(m.value)))
              .collect(Collectors.joining(" ")))
          .append("\"/>");
    }
    printed.forEach(m -> s.append(shape(m, x(m.x, cycles.size()), y.at(m.value))));
    values.forEach(m -> s.append(shape(m, x(m.x, cycles.size()), y.at(m.value))));
    s.append(legend(values, printed, baseline.isPresent()));
    s.append("</svg>");
    return Optional.of(s.toString());
  }

  /**
   * The chart's title: {@code LAP-23.2: percentage per cycle}.
   *
   * @param series the series
   * @param unit the unit
   * @return the chart's title: {@code LAP-23.2: percentage per cycle}
   */
  public static String title(Series series, FigureUnit unit) {
    return series.indicator().id() + ": " + unit.name().toLowerCase(Locale.ROOT) + " per cycle";
  }

  /**
   * The chart's text alternative: each cycle's value as the evaluation gives it (computed or printed, exact, a bound
   * or a figure of a period, or why there is none), each printed figure with its source, and the baseline.
   *
   * @param series the series
   * @return the chart's text alternative: each cycle's value as the evaluation gives it (computed or printed, exact, a
   *     bound or a figure of a period, or why there is none), each printed figure with its source, and the baseline
   */
  public static String describe(Series series) {
    checkArgument(series != null, "SeriesChart.describe: series must not be null");
    List<String> parts = new ArrayList<>();
    for (Evaluation e : series.evaluations()) {
      String printed = e.published().stream().map(p -> "printed " + p.published().figure() + " ["
          + p.published().source() + "]").collect(Collectors.joining(", "));
      parts.add(e.cycle().meeting() + ": " + label(e) + (printed.isEmpty() ? "" : "; " + printed));
    }
    Optional<BaselineComparison> b = series.evaluations().stream().flatMap(e -> e.baseline().stream()).reduce(
        (first, second) -> second);
    b.ifPresent(x -> parts.add(x.reference() + ": " + x.baselineValue().toPlainString() + " "
        + x.unit().name().toLowerCase(Locale.ROOT)));
    return series.indicator().id() + ". " + String.join(". ", parts) + ".";
  }

  /** An evaluation's value in words: {@code ≥ 9 of 10 (90.00 %), computed, a lower bound}; or why there is none. */
  static String label(Evaluation e) {
    if (e.score().isEmpty()) {
      return e.status() == EvaluationStatus.SOURCES_DIFFER ? "no value, the documents print different figures"
          : e.status() == EvaluationStatus.NO_DATA ? "no data" : "not evaluable";
    }
    Score s = e.score().get();
    String how = e.status() == EvaluationStatus.COMPUTED ? "computed" : "printed";
    String what = s.bound().map(b -> b == Bound.AT_LEAST || b == Bound.MORE_THAN ? ", a lower bound"
        : b == Bound.AT_MOST ? ", an upper bound" : ", approximate").orElse("")
        + s.period().map(p -> ", a figure of the period " + p).orElse("")
        + s.component().map(c -> ", a figure of the component " + c).orElse("");
    return s + ", " + how + what;
  }

  private static Kind kind(Evaluation e) {
    Score s = e.score().get();
    if (s.bound().isPresent()) {
      return s.bound().get() == Bound.AT_MOST ? Kind.UPPER_BOUND : Kind.LOWER_BOUND;
    }
    if (s.period().isPresent() || s.component().isPresent()) {
      return Kind.PERIOD;
    }
    return e.status() == EvaluationStatus.COMPUTED ? Kind.COMPUTED : Kind.PRINTED;
  }

  /** A printed figure in the chart's unit: as printed, or a printed count over its printed denominator as a percentage. */
  private static Optional<BigDecimal> inUnit(PublishedValue p, FigureUnit unit) {
    Optional<FigureUnit> own = scoreUnit(p.unit());
    if (own.isPresent() && own.get() == unit) {
      return Optional.of(p.value());
    }
    if (unit == FigureUnit.PERCENT && p.unit() == FigureUnit.COUNT && p.denominator().isPresent()) {
      return Optional.of(p.value().multiply(HUNDRED).divide(p.denominator().get(), Score.PERCENT_SCALE,
          RoundingMode.HALF_UP));
    }
    return Optional.empty();
  }

  private static Optional<FigureUnit> scoreUnit(FigureUnit u) {
    switch (u) {
      case COUNT:
        return Optional.of(FigureUnit.COUNT);
      case PERCENT:
        return Optional.of(FigureUnit.PERCENT);
      case QUANTITY:
        return Optional.of(FigureUnit.QUANTITY);
      default:
        return Optional.empty();
    }
  }

  private static Optional<BigDecimal> baseline(Series series, FigureUnit unit) {
    return series.evaluations().stream().flatMap(e -> e.baseline().stream()).filter(b -> b.unit() == unit)
        .map(BaselineComparison::baselineValue).reduce((first, second) -> second);
  }

  private static double x(int i, int n) {
    double span = WIDTH - LEFT - RIGHT - 20;
    return LEFT + 10 + (n == 1 ? span / 2 : span * i / (n - 1));
  }

  private static String shape(Mark m, double x, double y) {
    String tip = "<title>" + escape(m.label) + "</title>";
    String cls = " class=\"mark " + m.kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\"";
    switch (m.kind) {
      case COMPUTED:
        return "<circle" + cls + " cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"4\" fill=\"#1f4e79\">" + tip
            + "</circle>";
      case PRINTED:
        return "<rect" + cls + " x=\"" + num(x - 4) + "\" y=\"" + num(y - 4)
            + "\" width=\"8\" height=\"8\" fill=\"#7a3e00\">" + tip + "</rect>";
      case LOWER_BOUND:
        return "<polygon" + cls + " points=\"" + num(x) + "," + num(y - 5) + " " + num(x - 5) + "," + num(y + 4) + " "
            + num(x + 5) + "," + num(y + 4) + "\" fill=\"#fff\" stroke=\"#1f4e79\" stroke-width=\"1.5\">" + tip
            + "</polygon>";
      case UPPER_BOUND:
        return "<polygon" + cls + " points=\"" + num(x) + "," + num(y + 5) + " " + num(x - 5) + "," + num(y - 4) + " "
            + num(x + 5) + "," + num(y - 4) + "\" fill=\"#fff\" stroke=\"#1f4e79\" stroke-width=\"1.5\">" + tip
            + "</polygon>";
      case PERIOD:
        return "<circle" + cls + " cx=\"" + num(x) + "\" cy=\"" + num(y)
            + "\" r=\"4\" fill=\"#fff\" stroke=\"#1f4e79\" stroke-width=\"1.5\">" + tip + "</circle>";
      default:
        return "<polygon" + cls + " points=\"" + num(x + 9) + "," + num(y - 5) + " " + num(x + 14) + "," + num(y) + " "
            + num(x + 9) + "," + num(y + 5) + " " + num(x + 4) + "," + num(y) + "\" fill=\"none\" stroke=\"#7a3e00\""
            + " stroke-width=\"1.2\">" + tip + "</polygon>";
    }
  }

  /** The legend: the kinds of mark the chart shows, each in words beside its shape. */
  private static String legend(List<Mark> values, List<Mark> printed, boolean baseline) {
    Map<Kind, Boolean> shown = new EnumMap<>(Kind.class);
    values.forEach(m -> shown.put(m.kind, true));
    printed.forEach(m -> shown.put(m.kind, true));
    StringBuilder s = new StringBuilder("<g class=\"legend\">");
    double x = 4;
    double y = HEIGHT - BOTTOM + 30;
    for (Kind k : shown.keySet()) {
      double width = 16 + k.words.length() * 5.2;
      if (x + width > WIDTH) {
        x = 4;
        y += 13;
      }
      s.append(shape(new Mark(0, BigDecimal.ZERO, k, k.words), k == Kind.PRINTED_FIGURE ? x - 9 : x + 4, y - 3));
      s.append(text(x + 11, y, "start", k.words));
      x += width;
    }
    if (baseline && x + 60 > WIDTH) {
      x = 4;
      y += 13;
    }
    if (baseline) {
      s.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(y - 3)).append("\" x2=\"")
          .append(num(x + 10)).append("\" y2=\"").append(num(y - 3))
          .append("\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>").append(text(x + 13, y, "start", "baseline"));
    }
    return s.append("</g>").toString();
  }

  private static String line(double x1, double y1, double x2, double y2, String cls) {
    return "<line class=\"" + cls + "\" x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\""
        + num(y2) + "\" stroke=\"#888\"/>";
  }

  private static String text(double x, double y, String anchor, String text) {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor
        + "\" font-size=\"10\" font-family=\"sans-serif\" fill=\"#222\">" + escape(text) + "</text>";
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  /** Text safe in XML and HTML content and attribute values. */
  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** What a mark shows. */
  private enum Kind {
    COMPUTED("computed", true),
    PRINTED("printed", true),
    LOWER_BOUND("lower bound", false),
    UPPER_BOUND("upper bound", false),
    PERIOD("period/part", false),
    PRINTED_FIGURE("each printed figure", false);

    final String words;
    final boolean exact;

    Kind(String words, boolean exact) {
      this.words = words;
      this.exact = exact;
    }
  }

  private record Mark(int x, BigDecimal value, Kind kind, String label) {}

  /** The vertical scale: 0 to 100 for percentages, else from the smaller of 0 and the least value to the greatest. */
  private record Scale(double min, double max, FigureUnit unit) {

    static Scale of(FigureUnit unit, List<Mark> values, List<Mark> printed, Optional<BigDecimal> baseline) {
      List<Double> all = new ArrayList<>();
      values.forEach(m -> all.add(m.value.doubleValue()));
      printed.forEach(m -> all.add(m.value.doubleValue()));
      baseline.ifPresent(b -> all.add(b.doubleValue()));
      if (unit == FigureUnit.PERCENT) {
        return new Scale(0, 100, unit);
      }
      double min = Math.min(0, all.stream().mapToDouble(Double::doubleValue).min().orElse(0));
      double max = all.stream().mapToDouble(Double::doubleValue).max().orElse(1);
      return new Scale(min, max <= min ? min + 1 : max, unit);
    }

    double at(double v) {
      return HEIGHT - BOTTOM - (v - min) / (max - min) * (HEIGHT - BOTTOM - TOP);
    }

    double at(BigDecimal v) {
      return at(v.doubleValue());
    }

    String label(double v) {
      String n = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
      return unit == FigureUnit.PERCENT ? n + " %" : n;
    }

    String label(BigDecimal v) {
      return unit == FigureUnit.PERCENT ? v.toPlainString() + " %" : v.toPlainString();
    }
  }
}
