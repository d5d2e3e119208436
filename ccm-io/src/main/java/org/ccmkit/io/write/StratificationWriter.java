package org.ccmkit.io.write;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmkit.indicators.report.Stratification;
import org.ccmkit.indicators.report.Stratum;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PopulationResult;

/**
 * Writes an evaluation broken down by a State attribute, one line per stratum with its numerator and denominator (the
 * counts of its numerator and denominator populations) and its score where the whole was computed: in Markdown, as
 * CSV and as JSON. Every form starts with the {@link Provenance}; the strata add up to the whole, which is written too.
 */
public final class StratificationWriter {

  /** The columns of the CSV form, in order. */
  public static final List<String> CSV_COLUMNS = List.of("indicator", "cycle", "attribute", "stratum",
      "initialPopulation", "exclusions", "denominator", "numerator", "noData", "value", "unit", "bound",
      "percentage", "counted");

  private StratificationWriter() {}

  /**
   * The strata in Markdown: the provenance, then a table with a line per stratum and one for the whole.
   *
   * @param s the stratification
   * @param provenance the provenance
   * @return the strata in Markdown: the provenance, then a table with a line per stratum and one for the whole
   */
  public static String markdown(Stratification s, Provenance provenance) {
    check(s, provenance);
    Evaluation e = s.evaluation();
    StringBuilder out = new StringBuilder("### ").append(e.indicator().id()).append(", ").append(e.cycle().meeting())
        .append(" cycle, by ").append(s.attribute()).append("\n\n").append(provenance.markdown());
    List<List<String>> rows = new ArrayList<>();
    for (Stratum st : s.strata()) {
      rows.add(List.of(st.value(), text(count(st, PopulationCode.DENOMINATOR)),
          text(count(st, PopulationCode.NUMERATOR)), text(count(st, PopulationCode.NO_DATA)),
          st.score().map(Object::toString).orElse("–"), String.join(", ", codes(st, PopulationCode.NUMERATOR))));
    }
    rows.add(List.of("(all)", SeriesWriter.size(e, PopulationCode.DENOMINATOR).map(String::valueOf).orElse("–"),
        SeriesWriter.size(e, PopulationCode.NUMERATOR).map(String::valueOf).orElse("–"),
        SeriesWriter.size(e, PopulationCode.NO_DATA).map(String::valueOf).orElse("–"), Markdown.value(e),
        String.join(", ", e.numeratorCodes())));
    out.append(Markdown.table(List.of(capitalised(s.attribute()), "Denominator", "Numerator", "No data", "Score",
        "Counted"), rows));
    return out.toString();
  }

  /**
   * The strata as CSV: the provenance as {@code #} comment lines, a header of {@link #CSV_COLUMNS}, a stratum a line.
   *
   * @param s the stratification
   * @param provenance the provenance
   * @return the strata as CSV: the provenance as {@code #} comment lines, a header of {@link #CSV_COLUMNS}, a stratum
   *     a line
   */
  public static String csv(Stratification s, Provenance provenance) {
    check(s, provenance);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Stratum st : s.strata()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("indicator", s.evaluation().indicator().id());
      r.put("cycle", s.evaluation().cycle().meeting());
      r.put("attribute", s.attribute());
      r.put("stratum", st.value());
      r.put("initialPopulation", count(st, PopulationCode.INITIAL_POPULATION));
      r.put("exclusions", count(st, PopulationCode.DENOMINATOR_EXCLUSION));
      r.put("denominator", count(st, PopulationCode.DENOMINATOR));
      r.put("numerator", count(st, PopulationCode.NUMERATOR));
      r.put("noData", count(st, PopulationCode.NO_DATA));
      r.put("value", st.score().map(x -> x.value().toPlainString()).orElse(null));
      r.put("unit", st.score().map(x -> x.unit().name()).orElse(null));
      r.put("bound", st.score().flatMap(x -> x.bound()).map(Enum::name).orElse(null));
      r.put("percentage", st.score().flatMap(x -> x.percentage()).map(BigDecimal::toPlainString).orElse(null));
      r.put("counted", codes(st, PopulationCode.NUMERATOR));
      rows.add(r);
    }
    return provenance.csvComments() + DatasetCsvWriter.table(CSV_COLUMNS, rows);
  }

  /**
   * The strata as JSON: {@code {"meta": {provenance}, "indicator", "cycle", "attribute", "strata": [{"value",
   * "populations": [{"code", "count", "subjects"}], "score"}]}}.
   *
   * @param s the stratification
   * @param provenance the provenance
   * @return the strata as JSON: {@code {"meta": {provenance}, "indicator", "cycle", "attribute", "strata": [{"value",
   *     "populations": [{"code", "count", "subjects"}], "score"}]}}
   */
  public static String json(Stratification s, Provenance provenance) {
    check(s, provenance);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("meta", provenance.fields());
    doc.put("indicator", s.evaluation().indicator().id());
    doc.put("cycle", s.evaluation().cycle().meeting());
    doc.put("attribute", s.attribute());
    List<Map<String, Object>> strata = new ArrayList<>();
    for (Stratum st : s.strata()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("value", st.value());
      List<Map<String, Object>> pops = new ArrayList<>();
      for (PopulationResult p : st.populations()) {
        Map<String, Object> pm = new LinkedHashMap<>();
        pm.put("code", p.code().code());
        pm.put("count", p.count());
        pm.put("subjects", p.subjectCodes());
        pops.add(pm);
      }
      m.put("populations", pops);
      st.score().ifPresent(x -> m.put("score", ResultRecords.ScoreRecord.of(x)));
      strata.add(m);
    }
    doc.put("strata", strata);
    return EvaluationWriter.write(doc);
  }

  private static List<String> codes(Stratum st, PopulationCode code) {
    return st.populations().stream().filter(p -> p.code() == code).findFirst().map(PopulationResult::subjectCodes)
        .orElse(com.google.common.collect.ImmutableList.of());
  }

  /** The size of a population of the stratum; null where the evaluation has no such population. */
  private static Integer count(Stratum st, PopulationCode code) {
    return st.populations().stream().anyMatch(p -> p.code() == code) ? st.count(code) : null;
  }

  private static String text(Integer n) {
    return n == null ? "–" : String.valueOf(n);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void check(Stratification s, Provenance provenance) {
    checkArgument(s != null, "StratificationWriter: stratification must not be null");
    checkArgument(provenance != null, "StratificationWriter: provenance must not be null (%s by %s)",
        s.evaluation().indicator().id(), s.attribute());
  }
}
