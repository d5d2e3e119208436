package org.ccmkit.io.write;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmkit.indicators.report.Series;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.indicators.result.SubjectOutcome;
import org.ccmkit.io.sdmx.ImmutableSdmxObservation;
import org.ccmkit.io.sdmx.SdmxCsv;
import org.ccmkit.io.sdmx.SdmxObservation;

/**
 * Writes indicator values as SDMX-CSV 2.0 ({@link SdmxCsv#HEADER}): a series as one row per cycle, an evaluation as
 * one row for the whole population ({@code REF_AREA} {@value SdmxCsv#AGGREGATE}) and, if asked, one row per State of
 * its population (1 counted, 0 not counted, {@code NaN} no data). Every row carries the figure's source, numerator
 * and denominator, and the output's provenance.
 *
 * <pre>{@code
 * String csv = SdmxCsvWriter.series(series, Provenance.of(plan, dataset, series));
 * }</pre>
 */
public final class SdmxCsvWriter {

  private static final CsvMapper CSV = OutputMappers.csv();
  private static final CsvSchema SCHEMA = schema();

  private SdmxCsvWriter() {}

  /**
   * The series as SDMX-CSV: the header and one row per cycle.
   *
   * @param series the series
   * @param provenance the provenance
   * @return the series as SDMX-CSV: the header and one row per cycle
   */
  public static String series(Series series, Provenance provenance) {
    checkArgument(series != null, "SdmxCsvWriter.series: series must not be null");
    return write(observations(series, provenance));
  }

  /**
   * The evaluations as SDMX-CSV: one row each, and with {@code perState} one row per State of its population.
   *
   * @param evaluations the evaluations
   * @param provenance the provenance
   * @param perState the per state
   * @return the evaluations as SDMX-CSV: one row each, and with {@code perState} one row per State of its population
   */
  public static String evaluations(List<Evaluation> evaluations, Provenance provenance, boolean perState) {
    checkArgument(evaluations != null, "SdmxCsvWriter.evaluations: evaluations must not be null");
    List<SdmxObservation> rows = new ArrayList<>();
    for (Evaluation e : evaluations) {
      rows.add(observation(e, provenance));
      if (perState) {
        rows.addAll(stateObservations(e, provenance));
      }
    }
    return write(rows);
  }

  /**
   * The observations of a series, one per cycle, in cycle order.
   *
   * @param series the series
   * @param provenance the provenance
   * @return the observations of a series, one per cycle, in cycle order
   */
  public static ImmutableList<SdmxObservation> observations(Series series, Provenance provenance) {
    checkArgument(series != null, "SdmxCsvWriter.observations: series must not be null");
    return series.evaluations().stream().map(e -> observation(e, provenance)).collect(ImmutableList.toImmutableList());
  }

  /**
   * The observation of an evaluation for the whole population.
   *
   * @param e the evaluation
   * @param provenance the provenance
   * @return the observation of an evaluation for the whole population
   */
  public static SdmxObservation observation(Evaluation e, Provenance provenance) {
    checkArgument(e != null, "SdmxCsvWriter.observation: evaluation must not be null");
    checkArgument(provenance != null, "SdmxCsvWriter: provenance must not be null (evaluation %s %s)",
        e.indicator().id(), e.cycle().meeting());
    ImmutableSdmxObservation.Builder b = start(e, provenance).refArea(SdmxCsv.AGGREGATE);
    String source = EvaluationWriter.sources(e);
    if (!source.equals("–")) {
      b.source(source);
    }
    if (e.score().isEmpty()) {
      return b.status(SdmxObservation.Status.MISSING).missingReason(e.status().name()).build();
    }
    Score s = e.score().get();
    return b.value(s.value()).unit(unit(s.unit()))
        .status(e.status() == org.ccmkit.indicators.result.EvaluationStatus.COMPUTED ? SdmxObservation.Status.COMPUTED
            : SdmxObservation.Status.PUBLISHED)
        .bound(s.bound()).periodCovered(s.period()).numerator(s.count()).denominator(s.denominator()).build();
  }

  /**
   * The observations of each State of the evaluation's denominator (or, for an indicator without a population, its
   * initial population): 1 counted, 0 reported but not counted, missing ({@code NO_DATA}) where it reported nothing.
   * Subjects that are not States (meetings, extension requests) have no row.
   *
   * @param e the evaluation
   * @param provenance the provenance
   * @return the observations of each State of the evaluation's denominator (or, for an indicator without a population,
   *     its initial population): 1 counted, 0 reported but not counted, missing ({@code NO_DATA}) where it reported
   *     nothing
   */
  public static ImmutableList<SdmxObservation> stateObservations(Evaluation e, Provenance provenance) {
    checkArgument(e != null, "SdmxCsvWriter.stateObservations: evaluation must not be null");
    List<SubjectEntry> subjects = e.population(PopulationCode.DENOMINATOR).isPresent() ? e.denominator()
        : e.initialPopulation();
    ImmutableList.Builder<SdmxObservation> out = ImmutableList.builder();
    for (SubjectEntry x : subjects) {
      if (!x.subjectId().isState()) {
        continue;
      }
      ImmutableSdmxObservation.Builder b = start(e, provenance).refArea(x.subject());
      if (!x.facts().isEmpty()) {
        b.source(EvaluationWriter.sources(x.facts().stream().map(f -> f.source()).toList()));
      }
      if (x.outcome() == SubjectOutcome.NO_DATA) {
        b.status(SdmxObservation.Status.MISSING).missingReason("NO_DATA");
      } else {
        b.status(SdmxObservation.Status.COMPUTED).unit(SdmxObservation.Unit.NUMBER)
            .value(x.isCounted() ? BigDecimal.ONE : BigDecimal.ZERO);
      }
      out.add(b.build());
    }
    return out.build();
  }

  /**
   * Observations as SDMX-CSV text: the header, then one line each.
   *
   * @param observations the observations
   * @return the text
   */
  public static String write(List<SdmxObservation> observations) {
    checkArgument(observations != null, "SdmxCsvWriter.write: observations must not be null");
    List<Map<String, String>> rows = new ArrayList<>();
    for (SdmxObservation o : observations) {
      Map<String, String> r = new LinkedHashMap<>();
      r.put("STRUCTURE", SdmxCsv.STRUCTURE);
      r.put("STRUCTURE_ID", SdmxCsv.DATAFLOW);
      r.put("ACTION", SdmxCsv.ACTION);
      r.put("INDICATOR", o.indicator());
      r.put("REF_AREA", o.refArea());
      r.put("TIME_PERIOD", String.valueOf(o.timePeriod()));
      r.put("OBS_VALUE", o.value().map(BigDecimal::toPlainString).orElse(SdmxCsv.MISSING_VALUE));
      r.put("UNIT_MEASURE", o.unit().map(Enum::name).orElse(""));
      r.put("OBS_STATUS", o.status().name());
      r.put("MISSING_REASON", o.missingReason().orElse(""));
      r.put("BOUND", o.bound().map(Enum::name).orElse(""));
      r.put("PERIOD_COVERED", o.periodCovered().orElse(""));
      r.put("NUMERATOR", o.numerator().map(String::valueOf).orElse(""));
      r.put("DENOMINATOR", o.denominator().map(String::valueOf).orElse(""));
      r.put("SOURCE", o.source().orElse(""));
      r.put("CYCLE", o.cycle());
      r.put("EVAL_DATE", o.evaluationDate().toString());
      r.put("CATALOGUE", o.catalogue());
      r.put("DATASET_DIGEST", o.datasetDigest());
      r.put("PRODUCER", o.producer());
      rows.add(r);
    }
    try {
      return CSV.writer(SCHEMA).with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("SDMX rows are plain text and always serialise", e);
    }
  }

  private static ImmutableSdmxObservation.Builder start(Evaluation e, Provenance p) {
    checkArgument(p != null, "SdmxCsvWriter: provenance must not be null (evaluation %s %s)", e.indicator().id(),
        e.cycle().meeting());
    return SdmxObservation.builder().indicator(e.indicator().id()).timePeriod(e.cycle().year())
        .cycle(e.cycle().meeting()).evaluationDate(e.date())
        .catalogue(p.catalogueId() + p.catalogueDate().map(d -> " " + d).orElse(""))
        .datasetDigest(p.datasetDigest()).producer("ccmkit " + p.libraryVersion());
  }

  private static SdmxObservation.Unit unit(FigureUnit u) {
    switch (u) {
      case PERCENT:
        return SdmxObservation.Unit.PT;
      case QUANTITY:
        return SdmxObservation.Unit.QUANTITY;
      default:
        return SdmxObservation.Unit.NUMBER;
    }
  }

  private static CsvSchema schema() {
    CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    SdmxCsv.HEADER.forEach(b::addColumn);
    return b.build();
  }
}
