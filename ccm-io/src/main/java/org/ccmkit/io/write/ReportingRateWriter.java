package org.ccmkit.io.write;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ccmkit.indicators.reporting.ReportEntry;
import org.ccmkit.indicators.reporting.ReportOutcome;
import org.ccmkit.indicators.reporting.ReportingRate;

/**
 * Writes an Article 7 {@link ReportingRate}: as Markdown (the counts, the rates — a range where some reports are
 * unknown — and a table of every expected report), as CSV (one line per expected report, {@link #CSV_COLUMNS}) and as
 * JSON (the counts, the rates and every report).
 */
public final class ReportingRateWriter {

  /** The columns of {@link #csv(ReportingRate)}. */
  public static final List<String> CSV_COLUMNS = List.of("kind", "cycle", "state", "name", "report", "due",
      "outcome", "detail", "sources");

  private ReportingRateWriter() {}

  /**
   * The rate in Markdown.
   *
   * @param r the row
   * @return the rate in Markdown
   */
  public static String markdown(ReportingRate r) {
    checkNotNull(r, "ReportingRateWriter.markdown: r must not be null");
    StringBuilder s = new StringBuilder();
    s.append("### ").append(r.kind() == org.ccmkit.model.obligation.ReportKind.INITIAL ? "Initial" : "Annual")
        .append(" Article 7 reports, ").append(r.cycle().meeting()).append(" cycle\n\n");
    s.append("- Expected (due by ").append(r.date()).append("): ").append(r.expected().size()).append('\n');
    for (ReportOutcome o : ReportOutcome.values()) {
      s.append("- ").append(words(o)).append(": ").append(r.with(o).size()).append('\n');
    }
    s.append("- Reporting rate: ").append(range(r.rate(), r.rateAtLeast(), r.rateAtMost())).append('\n');
    s.append("- On-time rate: ").append(range(r.onTimeRate(), r.onTimeRateAtLeast(), r.onTimeRateAtMost()))
        .append("\n\n");
    List<List<String>> rows = new ArrayList<>();
    for (ReportEntry e : r.expected()) {
      rows.add(List.of(e.state(), e.name().orElse(""), e.report(), e.due().toString(), words(e.outcome()), e.detail(),
          e.sources().stream().map(Object::toString).collect(Collectors.joining("; "))));
    }
    s.append(Markdown.table(List.of("State", "Name", "Report", "Due", "Outcome", "Detail", "Sources"), rows));
    return s.toString();
  }

  /**
   * One line per expected report, with a header of {@link #CSV_COLUMNS}.
   *
   * @param r the row
   * @return one line per expected report, with a header of {@link #CSV_COLUMNS}
   */
  public static String csv(ReportingRate r) {
    checkNotNull(r, "ReportingRateWriter.csv: r must not be null");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ReportEntry e : r.expected()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("kind", r.kind().name());
      row.put("cycle", r.cycle().meeting());
      row.put("state", e.state());
      row.put("name", e.name().orElse(null));
      row.put("report", e.report());
      row.put("due", e.due().toString());
      row.put("outcome", e.outcome().name());
      row.put("detail", e.detail());
      row.put("sources", e.sources().stream().map(Object::toString).collect(Collectors.joining("; ")));
      rows.add(row);
    }
    return DatasetCsvWriter.table(CSV_COLUMNS, rows);
  }

  /**
   * The rate in Markdown, with the {@link Provenance} block under its heading.
   *
   * @param r the rate
   * @param provenance what produced it
   * @return the Markdown
   */
  public static String markdown(ReportingRate r, Provenance provenance) {
    checkNotNull(provenance, "ReportingRateWriter.markdown: provenance must not be null");
    String s = markdown(r);
    int body = s.indexOf("\n\n") + 2;
    return s.substring(0, body) + provenance.markdown() + s.substring(body);
  }

  /**
   * The rate as CSV, after the {@link Provenance} as {@code #} comment lines.
   *
   * @param r the rate
   * @param provenance what produced it
   * @return the CSV
   */
  public static String csv(ReportingRate r, Provenance provenance) {
    checkNotNull(provenance, "ReportingRateWriter.csv: provenance must not be null");
    return provenance.csvComments() + csv(r);
  }

  /**
   * The rate as JSON: {@code {"meta": {provenance}, "rate": {...}}}.
   *
   * @param r the rate
   * @param provenance what produced it
   * @return the JSON
   */
  public static String json(ReportingRate r, Provenance provenance) {
    checkNotNull(r, "ReportingRateWriter.json: r must not be null");
    checkNotNull(provenance, "ReportingRateWriter.json: provenance must not be null");
    return EvaluationWriter.withMeta(provenance, "rate", record(r));
  }

  /**
   * The rate as JSON: kind, cycle, date, counts by outcome, the rates (exact or a range), and every report.
   *
   * @param r the rate
   * @return the rate as JSON: kind, cycle, date, counts by outcome, the rates (exact or a range), and every report
   */
  public static String json(ReportingRate r) {
    checkNotNull(r, "ReportingRateWriter.json: r must not be null");
    return EvaluationWriter.write(record(r));
  }

  private static Map<String, Object> record(ReportingRate r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", r.kind().name());
    out.put("cycle", r.cycle().meeting());
    out.put("date", r.date().toString());
    out.put("expected", r.expected().size());
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ReportOutcome o : ReportOutcome.values()) {
      counts.put(o.name(), r.with(o).size());
    }
    out.put("outcomes", counts);
    r.rate().ifPresent(x -> out.put("rate", x));
    r.rateAtLeast().ifPresent(x -> out.put("rateAtLeast", x));
    r.rateAtMost().ifPresent(x -> out.put("rateAtMost", x));
    r.onTimeRate().ifPresent(x -> out.put("onTimeRate", x));
    r.onTimeRateAtLeast().ifPresent(x -> out.put("onTimeRateAtLeast", x));
    r.onTimeRateAtMost().ifPresent(x -> out.put("onTimeRateAtMost", x));
    List<Map<String, Object>> reports = new ArrayList<>();
    for (ReportEntry e : r.expected()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("state", e.state());
      e.name().ifPresent(n -> m.put("name", n));
      m.put("report", e.report());
      m.put("due", e.due().toString());
      m.put("outcome", e.outcome().name());
      m.put("detail", e.detail());
      m.put("sources", e.sources().stream().map(x -> Map.of("document", x.document(), "locator", x.locator()))
          .toList());
      reports.add(m);
    }
    out.put("reports", reports);
    return out;
  }

  private static String range(Optional<BigDecimal> exact, Optional<BigDecimal> low, Optional<BigDecimal> high) {
    if (exact.isPresent()) {
      return exact.get().toPlainString() + " %";
    }
    if (low.isEmpty()) {
      return "– (no report expected)";
    }
    return "between " + low.get().toPlainString() + " % and " + high.get().toPlainString() + " % (some reports unknown)";
  }

  private static String words(ReportOutcome o) {
    switch (o) {
      case ON_TIME:
        return "received on time";
      case LATE:
        return "received late";
      case TIMELINESS_UNKNOWN:
        return "received, timeliness unknown";
      case NOT_RECEIVED:
        return "not received";
      default:
        return "unknown (no record)";
    }
  }
}
