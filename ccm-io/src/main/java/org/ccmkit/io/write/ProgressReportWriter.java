package org.ccmkit.io.write;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmkit.indicators.report.ProgressEntry;
import org.ccmkit.indicators.report.ProgressReport;
import org.ccmkit.indicators.report.ProgressSection;
import org.ccmkit.indicators.report.Trend;
import org.ccmkit.io.write.ResultRecords.ProgressReportRecord;

/**
 * Writes a plan's progress report for a cycle, as the ISU presents it to the meeting: in Markdown (a heading, the count
 * of indicators that improved, held or regressed, and one table per thematic area), as CSV (one line per indicator)
 * and as JSON (the whole report, each evaluation in full).
 */
public final class ProgressReportWriter {

  /** The columns of the CSV form, in order. */
  public static final List<String> CSV_COLUMNS = List.of("plan", "cycle", "area", "indicator", "status",
      "value", "unit", "bound", "period", "component", "previousValue", "baseline", "change", "trend", "numerator",
      "flags", "reason");

  private ProgressReportWriter() {}

  /**
   * The report in Markdown.
   *
   * @param report the kind of report
   * @return the report in Markdown
   */
  public static String markdown(ProgressReport report) {
    checkNotNull(report, "ProgressReportWriter.markdown: report must not be null");
    StringBuilder s = new StringBuilder();
    s.append("# ").append(Markdown.inline(report.planTitle())).append(": progress report, ").append(report.cycle().meeting())
        .append(" cycle\n\n");
    s.append("Reports due ").append(report.cycle().reportsDue()).append(", covering ")
        .append(report.cycle().coveredYear()).append(report.previousCycle().map(p -> "; compared with the "
            + p.meeting() + " cycle").orElse("")).append(".\n\n");
    List<String> counts = new ArrayList<>();
    report.trendCounts().forEach((t, n) -> counts.add(n + " " + words(t)));
    s.append(String.join(", ", counts)).append(".\n");
    for (ProgressSection section : report.sections()) {
      s.append("\n## ").append(Markdown.areaTitle(section.area())).append("\n\n");
      List<List<String>> rows = new ArrayList<>();
      for (ProgressEntry e : section.entries()) {
        rows.add(List.of(e.indicator().id(), e.indicator().text(), Markdown.value(e.evaluation()),
            e.previous().filter(p -> p.score().isPresent()).map(Markdown::value).orElse("–"), e.baseline().map(b -> b.reference() + ", change "
                + b.change().toPlainString()).orElse(e.printedBaseline().map(Object::toString).orElse("")),
            words(e.trend()), Markdown.notes(e.evaluation())));
      }
      s.append(Markdown.table(List.of("Indicator", "Text", "Value", "Previous", "Baseline", "Trend", "Notes"), rows));
    }
    return s.toString();
  }

  /**
   * The report as CSV, one line per indicator, with a header of {@link #CSV_COLUMNS}.
   *
   * @param report the kind of report
   * @return the report as CSV, one line per indicator, with a header of {@link #CSV_COLUMNS}
   */
  public static String csv(ProgressReport report) {
    checkNotNull(report, "ProgressReportWriter.csv: report must not be null");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ProgressSection section : report.sections()) {
      for (ProgressEntry e : section.entries()) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("plan", report.planId());
        r.put("cycle", report.cycle().meeting());
        r.put("area", section.area().id());
        r.put("indicator", e.indicator().id());
        r.put("status", e.evaluation().status().name());
        r.put("value", e.value().map(BigDecimal::toPlainString).orElse(null));
        r.put("unit", e.evaluation().score().map(x -> x.unit().name()).orElse(null));
        r.put("bound", e.evaluation().score().flatMap(x -> x.bound()).map(Enum::name).orElse(null));
        r.put("period", e.evaluation().score().flatMap(x -> x.period()).orElse(null));
        r.put("component", e.evaluation().score().flatMap(x -> x.component()).orElse(null));
        r.put("previousValue", e.previousValue().map(BigDecimal::toPlainString).orElse(null));
        r.put("baseline", e.baseline().map(b -> b.reference()).orElse(null));
        r.put("change", e.baseline().map(b -> b.change().toPlainString()).orElse(null));
        r.put("trend", e.trend().name());
        r.put("numerator", String.join(";", e.evaluation().numeratorCodes()));
        r.put("flags", e.evaluation().flags().stream().map(f -> f.kind().name())
            .collect(java.util.stream.Collectors.joining(";")));
        r.put("reason", e.evaluation().reason().orElse(null));
        rows.add(r);
      }
    }
    return DatasetCsvWriter.table(CSV_COLUMNS, rows);
  }

  /**
   * The report as JSON: the progress report shape of docs/formats.md.
   *
   * @param report the kind of report
   * @return the report as JSON: the progress report shape of docs/formats.md
   */
  public static String json(ProgressReport report) {
    checkNotNull(report, "ProgressReportWriter.json: report must not be null");
    return EvaluationWriter.write(ProgressReportRecord.of(report));
  }

  /**
   * The report in Markdown, with the {@link Provenance} block under its heading.
   *
   * @param report the kind of report
   * @param provenance the provenance
   * @return the report in Markdown, with the {@link Provenance} block under its heading
   */
  public static String markdown(ProgressReport report, Provenance provenance) {
    String s = markdown(report);
    int body = s.indexOf("\n\n") + 2;
    return s.substring(0, body) + provenance.markdown() + s.substring(body);
  }

  /**
   * The report as CSV, after the {@link Provenance} as {@code #} comment lines.
   *
   * @param report the kind of report
   * @param provenance the provenance
   * @return the report as CSV, after the {@link Provenance} as {@code #} comment lines
   */
  public static String csv(ProgressReport report, Provenance provenance) {
    return provenance.csvComments() + csv(report);
  }

  /**
   * The report as JSON: {@code {"meta": {provenance}, "report": {...}}}.
   *
   * @param report the kind of report
   * @param provenance the provenance
   * @return the report as JSON: {@code {"meta": {provenance}, "report": {...}}}
   */
  public static String json(ProgressReport report, Provenance provenance) {
    return EvaluationWriter.withMeta(provenance, "report", ProgressReportRecord.of(report));
  }

  /** The trend in words; NO_DATA is "no trend": there may be a value that is a bound or a figure of a period. */
  private static String words(Trend t) {
    return t == Trend.NO_DATA ? "no trend" : t.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
