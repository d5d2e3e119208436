package org.ccmkit.io.write;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmkit.indicators.report.ProgressEntry;
import org.ccmkit.indicators.report.ProgressReport;
import org.ccmkit.indicators.report.ProgressSection;
import org.ccmkit.indicators.report.Series;
import org.ccmkit.indicators.report.Trend;
import org.ccmkit.indicators.result.ConsistencyFlag;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PublishedComparison;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.indicators.result.SubjectOutcome;
import org.ccmkit.io.chart.SeriesChart;
import org.ccmkit.model.plan.Direction;

/**
 * Writes a plan's progress report for a cycle as one self-contained HTML file, for people to read and print: inline
 * CSS and SVG, no script, no font, image or style sheet fetched from anywhere.
 *
 * <p>At the top, the provenance and a summary (how many indicators improved, held, regressed, changed, or have no
 * trend). Then each thematic area in the plan's order, each indicator with its text; its value per cycle as a chart
 * ({@link SeriesChart}, with its text alternative) and as a table; the change and whether it is progress in the light
 * of the indicator's desired direction; each printed figure beside the computed one with the difference flagged in
 * words; the States counted, not counted and with no data (collapsible); and the source of every figure.
 * Accessible: real tables with header cells, a text alternative for every chart, meaning never carried by colour
 * alone.
 */
public final class ProgressReportHtmlWriter {

  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#111;margin:2rem auto;"
          + "max-width:62rem;padding:0 1rem;line-height:1.4}",
      "h1{font-size:1.6rem;margin-bottom:.3rem}h2{font-size:1.3rem;border-bottom:2px solid #1f4e79;"
          + "margin-top:2.2rem}h3{font-size:1.05rem;margin:0 0 .3rem}",
      ".provenance{font-size:.8rem;color:#333;border-left:3px solid #888;padding:.2rem .6rem;margin:.6rem 0}",
      ".provenance code{word-break:break-all}",
      "table{border-collapse:collapse;margin:.4rem 0;font-size:.85rem}",
      "th,td{border:1px solid #bbb;padding:.2rem .45rem;text-align:left;vertical-align:top}",
      "th{background:#eef2f7}caption{text-align:left;font-weight:600;padding:.2rem 0}table.summary{min-width:30rem}",
      "article.indicator{border:1px solid #ccc;border-radius:4px;padding:.7rem .9rem;margin:.9rem 0;"
          + "break-inside:avoid}",
      ".indicator-text{margin:.1rem 0 .5rem}.layout{display:flex;gap:1rem;flex-wrap:wrap;align-items:flex-start}",
      "figure{margin:0}figcaption{font-size:.75rem;color:#333;max-width:300px}",
      ".trend{font-weight:600}.flag{font-weight:600;color:#8a1c00}.flag::before{content:'\\26A0  '}",
      ".muted{color:#555}details{margin:.4rem 0}summary{cursor:pointer}",
      "ul.states{columns:2;font-size:.85rem;margin:.2rem 0}",
      "@media print{body{margin:0;max-width:none;font-size:10pt}h2{break-after:avoid}"
          + "details::details-content{content-visibility:visible;display:block}summary{list-style:none}"
          + "article.indicator{border-color:#888}}");

  private ProgressReportHtmlWriter() {}

  /**
   * The report as an HTML document. {@code series} gives each indicator's values per cycle for its chart (cycles after
   * the report's are left out); an indicator without a series is charted from the report's own two cycles.
   *
   * @param report the kind of report
   * @param series the series
   * @param provenance the provenance
   * @return the report as an HTML document
   */
  public static String html(ProgressReport report, List<Series> series, Provenance provenance) {
    checkArgument(report != null, "ProgressReportHtmlWriter.html: report must not be null");
    checkArgument(series != null, "ProgressReportHtmlWriter.html: series must not be null (report %s %s)",
        report.planId(), report.cycle().meeting());
    checkArgument(provenance != null, "ProgressReportHtmlWriter.html: provenance must not be null (report %s %s)",
        report.planId(), report.cycle().meeting());
    Map<String, Series> byId = series.stream().collect(Collectors.toMap(s -> s.indicator().id(), Function.identity(),
        (a, b) -> a));
    StringBuilder h = new StringBuilder();
    String title = report.planTitle() + ": progress report, " + report.cycle().meeting() + " cycle";
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"ccmkit ").append(esc(provenance.libraryVersion())).append("\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("\n</style>\n")
        .append("</head>\n<body>\n<header>\n<h1>").append(esc(title)).append("</h1>\n");
    h.append("<p>Reports due ").append(report.cycle().reportsDue()).append(", covering ")
        .append(report.cycle().coveredYear())
        .append(report.previousCycle().map(p -> "; compared with the " + p.meeting() + " cycle").orElse(""))
        .append(".</p>\n");
    h.append(provenance(provenance));
    h.append(summary(report));
    h.append(legend());
    h.append("</header>\n<main>\n");
    for (ProgressSection section : report.sections()) {
      h.append("<section id=\"area-").append(esc(section.area().id())).append("\">\n<h2>")
          .append(esc(Markdown.areaTitle(section.area()))).append("</h2>\n");
      for (ProgressEntry e : section.entries()) {
        Series s = Optional.ofNullable(byId.get(e.indicator().id())).map(x -> upTo(x, report))
            .orElseGet(() -> Series.of(e.indicator(), twoCycles(e)));
        h.append(entry(e, s));
      }
      h.append("</section>\n");
    }
    h.append("</main>\n<footer><p class=\"muted\">").append(esc(provenance.markdown().replace("> ", "").trim()))
        .append("</p></footer>\n</body>\n</html>\n");
    return h.toString();
  }

  /**
   * Writes the report as HTML to {@code file} (UTF-8).
   *
   * @param report the kind of report
   * @param series the series
   * @param provenance the provenance
   * @param file the file
   */
  public static void write(ProgressReport report, List<Series> series, Provenance provenance, Path file) {
    checkArgument(file != null, "ProgressReportHtmlWriter.write: file must not be null");
    try {
      Files.writeString(file, html(report, series, provenance), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the HTML report to " + file, e);
    }
  }

  private static String provenance(Provenance p) {
    return "<div class=\"provenance\" id=\"provenance\"><strong>Provenance.</strong> Produced by ccmkit "
        + esc(p.libraryVersion()) + "; catalogue " + esc(p.catalogueInWords()) + "; dataset <code>"
        + esc(p.datasetDigest()) + "</code>; cycles " + esc(p.cyclesInWords()) + ".</div>\n";
  }

  private static String summary(ProgressReport report) {
    StringBuilder s = new StringBuilder("<table class=\"summary\" id=\"summary\">\n<caption>Summary: ")
        .append(report.entries().size()).append(" indicators, the ").append(esc(report.cycle().meeting()))
        .append(" cycle against the previous value or the baseline</caption>\n")
        .append("<thead><tr><th scope=\"col\">Trend</th><th scope=\"col\">Indicators</th></tr></thead>\n<tbody>\n");
    report.trendCounts().forEach((t, n) -> s.append("<tr><th scope=\"row\">").append(trendWords(t))
        .append("</th><td>").append(n).append("</td></tr>\n"));
    Map<EvaluationStatus, Long> byStatus = report.entries().stream().collect(Collectors.groupingBy(
        e -> e.evaluation().status(), () -> new java.util.EnumMap<>(EvaluationStatus.class), Collectors.counting()));
    s.append("</tbody>\n</table>\n<p>Values: ");
    s.append(byStatus.entrySet().stream().map(e -> e.getValue() + " " + statusWords(e.getKey()))
        .collect(Collectors.joining(", "))).append(".</p>\n");
    return s.toString();
  }

  private static String legend() {
    return "<p class=\"muted\">Each value says whether it was <em>computed</em> from the States the documents name or "
        + "<em>printed</em> in a document (chosen by the headline rule). ≥ marks a lower bound (some States have no "
        + "data), ~ a figure of a period. Charts draw a line through exact figures only; in them a filled circle is "
        + "a computed value, a filled square a printed one, a hollow triangle a bound, a hollow diamond each printed "
        + "figure, a dashed line the baseline. A difference between a printed and a computed figure is marked "
        + "<span class=\"flag\">differs</span>.</p>\n";
  }

  private static String entry(ProgressEntry e, Series series) {
    Evaluation ev = e.evaluation();
    String id = e.indicator().id();
    StringBuilder s = new StringBuilder("<article class=\"indicator\" id=\"").append(esc(anchor(id)))
        .append("\" data-indicator=\"").append(esc(id)).append("\" data-status=\"").append(ev.status().name())
        .append("\">\n<h3>").append(esc(id)).append(" <span class=\"muted\">(")
        .append(esc(statusWords(ev.status()))).append(")</span></h3>\n<p class=\"indicator-text\">")
        .append(esc(e.indicator().text())).append("</p>\n<div class=\"layout\">\n");
    Optional<String> svg = SeriesChart.svg(series, id);
    svg.ifPresent(chart -> s.append("<figure>").append(chart).append("<figcaption>")
        .append(esc(SeriesChart.title(series, SeriesChart.unit(series).get())))
        .append("; the table beside gives every value.</figcaption></figure>\n"));
    s.append(cyclesTable(series, id));
    s.append("</div>\n");
    s.append(change(e));
    ev.reason().ifPresent(r -> s.append("<p><strong>Why:</strong> ").append(esc(r)).append("</p>\n"));
    s.append(published(ev));
    for (ConsistencyFlag f : ev.flags()) {
      s.append("<p><span class=\"flag\">").append(esc(f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
          .append("</span>: ").append(esc(f.message())).append(f.states().isEmpty() ? ""
              : " (" + esc(String.join(", ", f.states())) + ")")
          .append(f.sources().isEmpty() ? "" : " <span class=\"source\">[" + esc(FigureSources.list(f.sources())) + "]</span>")
          .append("</p>\n");
    }
    s.append(states(ev));
    s.append("</article>\n");
    return s.toString();
  }

  private static String cyclesTable(Series series, String id) {
    StringBuilder s = new StringBuilder("<table class=\"cycles\">\n<caption>").append(esc(id))
        .append(" by cycle</caption>\n<thead><tr><th scope=\"col\">Cycle</th><th scope=\"col\">Value</th>"
            + "<th scope=\"col\">How</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
    for (Evaluation e : series.evaluations()) {
      s.append("<tr><th scope=\"row\">").append(esc(e.cycle().meeting())).append("</th><td>")
          .append(esc(e.score().map(Score::toString).orElse("–"))).append("</td><td>")
          .append(esc(how(e))).append("</td><td class=\"source\">").append(esc(FigureSources.of(e))).append("</td></tr>\n");
    }
    return s.append("</tbody>\n</table>\n").toString();
  }

  private static String change(ProgressEntry e) {
    Direction d = e.indicator().direction();
    String desired = d == Direction.NEUTRAL ? "neither direction is progress" : "the desired direction is "
        + d.name().toLowerCase(Locale.ROOT);
    Optional<Evaluation> before = e.previous().filter(Evaluation::isTrendPoint)
        .filter(p -> e.evaluation().isTrendPoint()
            && p.score().get().unit() == e.evaluation().score().get().unit());
    String against;
    if (before.isPresent()) {
      BigDecimal change = e.value().get().subtract(before.get().value().get());
      against = "Change since the " + before.get().cycle().meeting() + " cycle: " + signed(change);
    } else if (e.trend() != Trend.NO_DATA && e.baseline().isPresent()) {
      against = "Change against the " + e.baseline().get().reference() + ": " + signed(e.baseline().get().change());
    } else {
      against = e.value().isPresent() ? "No change can be given: the value is not an exact figure of the cycle, or "
          + "there is no exact earlier figure in its unit" : "No value in this cycle";
    }
    return "<p>" + esc(against) + ". <span class=\"trend\">Trend: " + esc(trendWords(e.trend())) + "</span> ("
        + esc(desired) + ").</p>\n";
  }

  private static String published(Evaluation e) {
    if (e.published().isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder("<table class=\"published\">\n<caption>Printed figures beside the computed "
        + "one</caption>\n<thead><tr><th scope=\"col\">Printed</th><th scope=\"col\">Source</th>"
        + "<th scope=\"col\">Computed</th><th scope=\"col\">Comparison</th><th scope=\"col\">Difference</th>"
        + "</tr></thead>\n<tbody>\n");
    for (PublishedComparison p : e.published()) {
      String comparison = p.computed().isPresent() ? Markdown.agreement(p) : "nothing computed to compare";
      s.append("<tr><td class=\"figure\">").append(esc(p.published().figure())).append("</td><td class=\"source\">")
          .append(esc(p.published().source().toString())).append("</td><td>")
          .append(esc(p.computed().map(c -> p.computedBound().map(b -> b.symbol() + " ").orElse("")
              + c.toPlainString() + p.computedOver().map(o -> " (" + o + ")").orElse("")).orElse("–")))
          .append("</td><td>").append(p.differs() ? "<span class=\"flag\">" + esc(comparison) + "</span>"
              : esc(comparison)).append(p.denominatorDiffers().orElse(false)
              ? "; <span class=\"flag\">denominators differ</span> (computed "
                  + p.computedDenominator().get() + ")" : "")
          .append("</td><td>").append(esc(p.difference().map(ProgressReportHtmlWriter::signed).orElse("–")))
          .append(onlyOneSide(p)).append("</td></tr>\n");
    }
    return s.append("</tbody>\n</table>\n").toString();
  }

  private static String onlyOneSide(PublishedComparison p) {
    String s = "";
    if (!p.onlyPublished().isEmpty()) {
      s += "; named only in print: " + esc(String.join(", ", p.onlyPublished()));
    }
    if (!p.onlyComputed().isEmpty()) {
      s += "; counted only by the computation: " + esc(String.join(", ", p.onlyComputed()));
    }
    return s;
  }

  private static String states(Evaluation e) {
    List<SubjectEntry> counted = e.numerator();
    List<SubjectEntry> notCounted = e.denominator().stream()
        .filter(x -> x.outcome() == SubjectOutcome.NOT_COUNTED).toList();
    List<SubjectEntry> noData = e.noData();
    List<SubjectEntry> excluded = e.exclusions();
    if (e.populations().stream().allMatch(p -> p.subjects().isEmpty())) {
      return "";
    }
    StringBuilder s = new StringBuilder("<details class=\"states\">\n<summary>");
    List<String> parts = new ArrayList<>();
    parts.add(counted.size() + " counted");
    if (e.population(PopulationCode.DENOMINATOR).isPresent()) {
      parts.add(notCounted.size() + " reported but not counted");
      parts.add(noData.size() + " with no data");
    }
    if (!excluded.isEmpty()) {
      parts.add(excluded.size() + " excluded");
    }
    s.append("States: ").append(esc(String.join(", ", parts))).append(" (").append(esc(e.populationRule()))
        .append(", on ").append(e.date()).append(")</summary>\n");
    s.append(list("Counted", counted, true)).append(list("Reported but not counted", notCounted, true))
        .append(list("No data", noData, false)).append(list("Excluded", excluded, false));
    e.population(PopulationCode.LEFT).filter(p -> !p.subjects().isEmpty())
        .ifPresent(p -> s.append(list("Left", p.subjects(), false)));
    return s.append("</details>\n").toString();
  }

  private static String list(String heading, List<SubjectEntry> subjects, boolean withSources) {
    if (subjects.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder("<p><strong>").append(esc(heading)).append(" (").append(subjects.size())
        .append(")</strong></p>\n<ul class=\"states\">\n");
    for (SubjectEntry x : subjects) {
      s.append("<li>").append(esc(x.name().map(n -> n + " (" + x.subject() + ")").orElse(x.subject())));
      if (withSources && !x.facts().isEmpty()) {
        s.append(" <span class=\"source\">[").append(esc(FigureSources.list(x.facts().stream().map(f -> f.source()).toList())))
            .append("]</span>");
      }
      s.append("</li>\n");
    }
    return s.append("</ul>\n").toString();
  }

  /** How a value was obtained, in words. */
  private static String how(Evaluation e) {
    switch (e.status()) {
      case COMPUTED:
        return "computed" + e.score().flatMap(Score::bound).map(b -> ", a bound (some States have no data)")
            .orElse("");
      case PUBLISHED:
        return "printed (headline rule)";
      case SOURCES_DIFFER:
        return "no value: the documents print different figures";
      case NO_DATA:
        return "no data";
      default:
        return "not evaluable";
    }
  }

  private static Series upTo(Series s, ProgressReport report) {
    return Series.of(s.indicator(), s.evaluations().stream().filter(e -> e.cycle().compareTo(report.cycle()) <= 0)
        .toList());
  }

  private static List<Evaluation> twoCycles(ProgressEntry e) {
    List<Evaluation> two = new ArrayList<>();
    e.previous().ifPresent(two::add);
    two.add(e.evaluation());
    return two;
  }

  private static String trendWords(Trend t) {
    return t == Trend.NO_DATA ? "no trend" : t.name().toLowerCase(Locale.ROOT);
  }

  private static String statusWords(EvaluationStatus s) {
    switch (s) {
      case COMPUTED:
        return "computed";
      case PUBLISHED:
        return "from print";
      case SOURCES_DIFFER:
        return "sources differ";
      case NO_DATA:
        return "no data";
      default:
        return "not evaluable";
    }
  }

  private static String signed(BigDecimal d) {
    String s = d.stripTrailingZeros().toPlainString();
    return d.signum() > 0 ? "+" + s : s;
  }

  private static String anchor(String id) {
    return id.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
