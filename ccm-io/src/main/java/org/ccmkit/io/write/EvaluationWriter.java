package org.ccmkit.io.write;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.PublishedComparison;
import org.ccmkit.io.write.ResultRecords.EvaluationRecord;

/**
 * Writes evaluations of indicators: as a Markdown table (one line per indicator and cycle, with the value, the
 * numerator's States, the published figures beside it and, where there is no value, why), as CSV (the same lines with
 * every figure in its own column) and as JSON (everything, populations and the facts behind each subject included).
 */
public final class EvaluationWriter {

  /** The columns of the CSV form, in order. */
  public static final List<String> CSV_COLUMNS = List.of("indicator", "cycle", "status", "value", "unit",
      "bound", "period", "component", "count", "denominator", "percentage", "quantity", "entered", "baseline",
      "baselineValue", "change", "numerator", "noData", "published", "publishedDiffers", "flags", "reason",
      "populationRule");

  private static final ObjectMapper JSON = OutputMappers.json();

  private EvaluationWriter() {}

  /**
   * The evaluations as a Markdown table.
   *
   * @param evaluations the evaluations
   * @return the evaluations as a Markdown table
   */
  public static String markdown(List<Evaluation> evaluations) {
    checkNotNull(evaluations, "EvaluationWriter.markdown: evaluations must not be null");
    List<List<String>> rows = new ArrayList<>();
    for (Evaluation e : evaluations) {
      rows.add(List.of(e.indicator().id(), e.cycle().meeting(), e.status().name(), Markdown.value(e),
          String.join(", ", e.numeratorCodes()), published(e), Markdown.notes(e)));
    }
    return Markdown.table(List.of("Indicator", "Cycle", "Status", "Value", "Counted", "Published", "Notes"), rows);
  }

  /**
   * One evaluation in full, in Markdown: value, population rule, every population's subjects, published figures.
   *
   * @param e the evaluation
   * @return one evaluation in full, in Markdown: value, population rule, every population's subjects, published figures
   */
  public static String markdown(Evaluation e) {
    checkNotNull(e, "EvaluationWriter.markdown: e must not be null");
    StringBuilder s = new StringBuilder();
    s.append("### ").append(Markdown.inline(e.indicator().id())).append(", ").append(e.cycle().meeting()).append(" cycle\n\n");
    s.append("> ").append(Markdown.cell(e.indicator().text())).append("\n\n");
    s.append("- Status: ").append(e.status()).append('\n');
    s.append("- Value: ").append(Markdown.value(e)).append('\n');
    e.reason().ifPresent(r -> s.append("- Why: ").append(Markdown.cell(r)).append('\n'));
    s.append("- Population: ").append(Markdown.cell(e.populationRule())).append(", on ").append(e.date()).append('\n');
    e.baseline().ifPresent(b -> s.append("- Against the ").append(b.reference()).append(": change ")
        .append(b.change().toPlainString()).append('\n'));
    e.flags().forEach(f -> s.append("- Flag ").append(f.kind()).append(": ").append(Markdown.cell(f.message()))
        .append(f.states().isEmpty() ? "" : " " + f.states()).append('\n'));
    s.append('\n');
    List<List<String>> rows = new ArrayList<>();
    for (PopulationResult p : e.populations()) {
      rows.add(List.of(p.code().code(), String.valueOf(p.count()), String.join(", ", p.subjectCodes())));
    }
    s.append(Markdown.table(List.of("Population", "Count", "Subjects"), rows));
    if (!e.published().isEmpty()) {
      s.append('\n');
      List<List<String>> published = new ArrayList<>();
      for (PublishedComparison p : e.published()) {
        published.add(List.of(Markdown.printed(p.published()), p.published().unit().name(),
            p.published().source().toString(),
            p.computed().map(c -> p.computedBound().map(b -> b.symbol() + " ").orElse("") + c.toPlainString()
                + p.computedOver().map(o -> " (" + o + ")").orElse("")).orElse("–"),
            p.computed().isPresent() ? Markdown.agreement(p) : "nothing computed to compare"));
      }
      s.append(Markdown.table(List.of("Published", "Unit", "Source", "Computed", "Comparison"), published));
    }
    return s.toString();
  }

  /**
   * The evaluations as CSV, one line each, with a header of {@link #CSV_COLUMNS}.
   *
   * @param evaluations the evaluations
   * @return the evaluations as CSV, one line each, with a header of {@link #CSV_COLUMNS}
   */
  public static String csv(List<Evaluation> evaluations) {
    checkNotNull(evaluations, "EvaluationWriter.csv: evaluations must not be null");
    List<java.util.Map<String, Object>> rows = new ArrayList<>();
    for (Evaluation e : evaluations) {
      java.util.Map<String, Object> r = new java.util.LinkedHashMap<>();
      r.put("indicator", e.indicator().id());
      r.put("cycle", e.cycle().meeting());
      r.put("status", e.status().name());
      putValue(r, e);
      r.put("count", e.score().flatMap(x -> x.count()).orElse(null));
      r.put("denominator", e.score().flatMap(x -> x.denominator()).orElse(null));
      r.put("percentage", e.score().flatMap(x -> x.percentage()).map(BigDecimal::toPlainString).orElse(null));
      r.put("quantity", e.score().flatMap(x -> x.quantity()).map(BigDecimal::toPlainString).orElse(null));
      r.put("entered", e.score().flatMap(x -> x.change()).isPresent() ? e.score().get().count().orElse(null) : null);
      r.put("baseline", e.baseline().map(b -> b.reference()).orElse(null));
      r.put("baselineValue", e.baseline().map(b -> b.baselineValue().toPlainString()).orElse(null));
      r.put("change", e.score().flatMap(x -> x.change()).map(String::valueOf)
          .orElse(e.baseline().map(b -> b.change().toPlainString()).orElse(null)));
      r.put("numerator", String.join(";", e.numeratorCodes()));
      r.put("noData", e.noData().stream().map(x -> x.subject()).collect(Collectors.joining(";")));
      r.put("published", e.published().stream().map(p -> Markdown.printed(p.published()) + " ["
          + p.published().source() + "]" + (p.computed().isPresent() ? " " + Markdown.agreement(p) : ""))
          .collect(Collectors.joining("; ")));
      // "differs" is said only where something was computed to differ from.
      r.put("publishedDiffers", e.published().stream().noneMatch(p -> p.computed().isPresent()) ? null
          : String.valueOf(e.hasPublishedDifference()));
      r.put("flags", e.flags().stream().map(f -> f.kind().name()).collect(Collectors.joining(";")));
      r.put("reason", e.reason().orElse(null));
      r.put("populationRule", e.populationRule());
      rows.add(r);
    }
    return DatasetCsvWriter.table(CSV_COLUMNS, rows);
  }

  /**
   * The evaluations as a JSON array of evaluations (the shape of docs/formats.md, "EvaluationWriter").
   *
   * @param evaluations the evaluations
   * @return the evaluations as a JSON array of evaluations (the shape of docs/formats.md, "EvaluationWriter")
   */
  public static String json(List<Evaluation> evaluations) {
    checkNotNull(evaluations, "EvaluationWriter.json: evaluations must not be null");
    return write(evaluations.stream().map(EvaluationRecord::of).toList());
  }

  /**
   * The evaluations as a Markdown table, after the {@link Provenance} block.
   *
   * @param evaluations the evaluations
   * @param provenance the provenance
   * @return the evaluations as a Markdown table, after the {@link Provenance} block
   */
  public static String markdown(List<Evaluation> evaluations, Provenance provenance) {
    return provenance.markdown() + markdown(evaluations);
  }

  /**
   * The evaluations as CSV, after the {@link Provenance} as {@code #} comment lines.
   *
   * @param evaluations the evaluations
   * @param provenance the provenance
   * @return the evaluations as CSV, after the {@link Provenance} as {@code #} comment lines
   */
  public static String csv(List<Evaluation> evaluations, Provenance provenance) {
    return provenance.csvComments() + csv(evaluations);
  }

  /**
   * The evaluations as JSON: {@code {"meta": {provenance}, "evaluations": [...]}}.
   *
   * @param evaluations the evaluations
   * @param provenance the provenance
   * @return the evaluations as JSON: {@code {"meta": {provenance}, "evaluations": [...]}}
   */
  public static String json(List<Evaluation> evaluations, Provenance provenance) {
    return withMeta(provenance, "evaluations", evaluations.stream().map(EvaluationRecord::of).toList());
  }

  /**
   * Puts the columns of the headline value in a CSV row: {@code value}, {@code unit}, {@code bound}, {@code period},
   * {@code component}.
   */
  static void putValue(java.util.Map<String, Object> r, Evaluation e) {
    r.put("value", e.value().map(BigDecimal::toPlainString).orElse(null));
    r.put("unit", e.score().map(x -> x.unit().name()).orElse(null));
    r.put("bound", e.score().flatMap(x -> x.bound()).map(Enum::name).orElse(null));
    r.put("period", e.score().flatMap(x -> x.period()).orElse(null));
    r.put("component", e.score().flatMap(x -> x.component()).orElse(null));
  }

  /** A JSON document of the provenance as {@code meta} and {@code value} as {@code key}. */
  static String withMeta(Provenance provenance, String key, Object value) {
    java.util.Map<String, Object> doc = new java.util.LinkedHashMap<>();
    doc.put("meta", provenance.fields());
    doc.put(key, value);
    return write(doc);
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("result records are plain data and always serialise", e);
    }
  }

  private static String published(Evaluation e) {
    return e.published().stream().map(p -> Markdown.printed(p.published()) + " (" + p.published().source()
            + (p.computed().isPresent() ? ", " + Markdown.agreement(p) : "") + ")")
        .collect(Collectors.joining("; "));
  }

  /**
   * Where the evaluation's figure comes from, in words, as every writer gives it beside the figure: for a computed
   * value the sources of the facts behind it ({@code computed from RD para 86; UNIDIR line 475}), or the register and
   * the population rule where the population alone gives it; for a printed value the printed figure's source; without
   * a value, the sources of the printed figures, or {@code –} where there are none. At most six sources are listed,
   * then how many more.
   *
   * @param e the evaluation
   * @return where the evaluation's figure comes from, in words
   */
  public static String sources(Evaluation e) {
    com.google.common.base.Preconditions.checkNotNull(e, "EvaluationWriter.sources: evaluation must not be null");
    return FigureSources.of(e);
  }

  /**
   * Sources in words, each once, in order, as the writers list them: at most six, then how many more.
   *
   * @param sources the sources
   * @return the sources in words
   */
  public static String sources(java.util.List<org.ccmkit.model.SourceRef> sources) {
    com.google.common.base.Preconditions.checkNotNull(sources, "EvaluationWriter.sources: sources must not be null");
    return FigureSources.list(sources);
  }
}
