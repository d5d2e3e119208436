package org.ccmkit.io.write;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmkit.indicators.report.Series;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.io.chart.Sparkline;
import org.ccmkit.io.write.ResultRecords.EvaluationRecord;

/**
 * Writes an indicator's series, one line per cycle, each with its numerator and denominator: in Markdown (with a
 * sparkline through the exact figures), as CSV (one column a figure) and as JSON (each evaluation in full). Every form
 * starts with the {@link Provenance}.
 */
public final class SeriesWriter {

  /** The columns of the CSV form, in order. */
  public static final List<String> CSV_COLUMNS = List.of("indicator", "cycle", "year", "status", "value", "unit",
      "bound", "period", "component", "numerator", "denominator", "percentage", "counted", "populationSize", "source",
      "reason");

  private SeriesWriter() {}

  /**
   * The series in Markdown: the provenance, the indicator's text, a sparkline and a table of the cycles.
   *
   * @param series the series
   * @param provenance the provenance
   * @return the series in Markdown: the provenance, the indicator's text, a sparkline and a table of the cycles
   */
  public static String markdown(Series series, Provenance provenance) {
    check(series, provenance);
    StringBuilder s = new StringBuilder("### ").append(series.indicator().id()).append(" by cycle\n\n");
    s.append(provenance.markdown());
    s.append("> ").append(Markdown.cell(series.indicator().text())).append("\n\n");
    s.append("Trend points (exact figures only): `").append(Sparkline.of(series)).append("`\n\n");
    List<List<String>> rows = new ArrayList<>();
    for (Evaluation e : series.evaluations()) {
      rows.add(List.of(e.cycle().meeting(), Markdown.value(e), text(e.score().flatMap(x -> x.count())),
          text(e.score().flatMap(x -> x.denominator())), size(e, PopulationCode.NUMERATOR).map(String::valueOf).orElse("–"),
          size(e, PopulationCode.DENOMINATOR).map(String::valueOf).orElse("–"), FigureSources.of(e), Markdown.notes(e)));
    }
    s.append(Markdown.table(List.of("Cycle", "Value", "Numerator", "Denominator", "States counted",
        "Population", "Source", "Notes"), rows));
    return s.toString();
  }

  /**
   * The series as CSV: the provenance as {@code #} comment lines, a header of {@link #CSV_COLUMNS}, a line a cycle.
   *
   * @param series the series
   * @param provenance the provenance
   * @return the series as CSV: the provenance as {@code #} comment lines, a header of {@link #CSV_COLUMNS}, a line a
   *     cycle
   */
  public static String csv(Series series, Provenance provenance) {
    check(series, provenance);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Evaluation e : series.evaluations()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("indicator", e.indicator().id());
      r.put("cycle", e.cycle().meeting());
      r.put("year", e.cycle().year());
      r.put("status", e.status().name());
      EvaluationWriter.putValue(r, e);
      r.put("numerator", e.score().flatMap(x -> x.count()).orElse(null));
      r.put("denominator", e.score().flatMap(x -> x.denominator()).orElse(null));
      r.put("percentage", e.score().flatMap(x -> x.percentage()).map(BigDecimal::toPlainString).orElse(null));
      r.put("counted", size(e, PopulationCode.NUMERATOR).orElse(null));
      r.put("populationSize", size(e, PopulationCode.DENOMINATOR).orElse(null));
      r.put("source", FigureSources.of(e));
      r.put("reason", e.reason().orElse(null));
      rows.add(r);
    }
    return provenance.csvComments() + DatasetCsvWriter.table(CSV_COLUMNS, rows);
  }

  /**
   * The series as JSON: {@code {"meta": {provenance}, "indicator", "text", "evaluations": [...]}}, each evaluation in
   * the shape of docs/formats.md, "EvaluationWriter" (its score with count and denominator, its populations with
   * their subjects).
   *
   * @param series the series
   * @param provenance the provenance
   * @return the series as JSON: {@code {"meta": {provenance}, "indicator", "text", "evaluations": [...]}}, each
   *     evaluation in the shape of docs/formats.md, "EvaluationWriter" (its score with count and denominator, its
   *     populations with their subjects)
   */
  public static String json(Series series, Provenance provenance) {
    check(series, provenance);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("meta", provenance.fields());
    doc.put("indicator", series.indicator().id());
    doc.put("text", series.indicator().text());
    doc.put("evaluations", series.evaluations().stream().map(EvaluationRecord::of).toList());
    return EvaluationWriter.write(doc);
  }

  /** The size of a population of the evaluation; empty where it has none (an unknown population is not empty). */
  static java.util.Optional<Integer> size(Evaluation e, PopulationCode code) {
    return e.population(code).map(PopulationResult::count);
  }

  private static String text(java.util.Optional<Long> n) {
    return n.map(String::valueOf).orElse("–");
  }

  private static void check(Series series, Provenance provenance) {
    checkArgument(series != null, "SeriesWriter: series must not be null");
    checkArgument(provenance != null, "SeriesWriter: provenance must not be null (series %s)",
        series.indicator().id());
  }
}
