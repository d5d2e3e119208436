package org.ccmkit.io.write;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.report.ProgressEntry;
import org.ccmkit.indicators.report.ProgressReport;
import org.ccmkit.indicators.report.ProgressSection;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.result.BaselineComparison;
import org.ccmkit.indicators.result.ConsistencyFlag;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.PublishedComparison;
import org.ccmkit.indicators.result.Reason;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.model.SourceRef;

/**
 * The JSON shape of evaluation results and progress reports, as transfer records: what is written is plain data
 * (codes, numbers as written, dates as ISO text, sources as {@code {document, locator}}), with the populations listed
 * FHIR-style, so that a reader needs no ccmkit class to use it.
 */
final class ResultRecords {

  private ResultRecords() {}

  /**
   * An evaluation of an indicator for a cycle.
   *
   * @param indicator the indicator's id
   * @param text the indicator's text
   * @param cycle the cycle's meeting
   * @param date the date populations were computed on
   * @param status COMPUTED, PUBLISHED, SOURCES_DIFFER, NO_DATA or NOT_EVALUABLE
   * @param reason why there is no computed value, and for a printed value which figure was taken and why
   * @param populationRule the population rule as applied
   * @param score the value
   * @param baseline the value against the baseline
   * @param populations the named populations
   * @param published the figures documents published, beside the computed one
   * @param flags the consistency flags
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record EvaluationRecord(String indicator, String text, String cycle, LocalDate date, String status,
      String reason, String populationRule, ScoreRecord score, BaselineRecord baseline,
      List<PopulationRecord> populations, List<PublishedValueRecord> published, List<FlagRecord> flags) {

    /**
     * The record of {@code e}.
     *
     * @param e the exception
     * @return the record of {@code e}
     */
    public static EvaluationRecord of(Evaluation e) {
      return new EvaluationRecord(e.indicator().id(), e.indicator().text(), e.cycle().meeting(), e.date(),
          e.status().name(), e.reason().orElse(null), e.populationRule(),
          e.score().map(ScoreRecord::of).orElse(null), e.baseline().map(BaselineRecord::of).orElse(null),
          e.populations().stream().map(PopulationRecord::of).toList(),
          e.published().stream().map(PublishedValueRecord::of).toList(), e.flags().stream().map(FlagRecord::of).toList());
    }
  }

  /**
   * A score.
   *
   * @param units the indicator's units, headline first ({@code ["PERCENT", "COUNT"]})
   * @param unit the unit of the headline value
   * @param value the headline value
   * @param count the count
   * @param denominator the denominator
   * @param percentage the percentage
   * @param quantity the quantity
   * @param change for a change indicator, entries less exits
   * @param bound AT_LEAST, MORE_THAN, AT_MOST or APPROXIMATE where the value is a bound
   * @param period the cycles the value covers where it is a figure of a period
   * @param component where the value is a printed figure of one component of the indicator, which
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ScoreRecord(List<String> units, String unit, BigDecimal value, Long count, Long denominator,
      BigDecimal percentage, BigDecimal quantity, Long change, String bound, String period, String component) {

    static ScoreRecord of(Score s) {
      return new ScoreRecord(s.units().stream().map(Enum::name).toList(), s.unit().name(), s.value(), s.count().orElse(null),
          s.denominator().orElse(null), s.percentage().orElse(null), s.quantity().orElse(null),
          s.change().orElse(null), s.bound().map(Enum::name).orElse(null), s.period().orElse(null),
          s.component().orElse(null));
    }
  }

  /**
   * A consistency flag.
   *
   * @param kind the kind of flag
   * @param message the flag in words
   * @param sources the sources of the figures concerned
   * @param states the States that make the difference
   */
  record FlagRecord(String kind, String message, List<SourceRecord> sources, List<String> states) {

    static FlagRecord of(ConsistencyFlag f) {
      return new FlagRecord(f.kind().name(), f.message(),
          f.sources().stream().map(x -> SourceRecord.of(Optional.of(x))).toList(), f.states());
    }
  }

  /**
   * A value against its baseline.
   *
   * @param reference what the baseline is
   * @param unit the unit of both figures
   * @param baseline the baseline figure
   * @param value the value
   * @param change value minus baseline
   */
  record BaselineRecord(String reference, String unit, BigDecimal baseline, BigDecimal value,
      BigDecimal change) {

    static BaselineRecord of(BaselineComparison b) {
      return new BaselineRecord(b.reference(), b.unit().name(), b.baselineValue(), b.value(), b.change());
    }
  }

  /**
   * A named population.
   *
   * @param code the FHIR-style code, e.g. numerator
   * @param count the number of subjects
   * @param subjects the subjects
   */
  record PopulationRecord(String code, int count, List<SubjectRecord> subjects) {

    static PopulationRecord of(PopulationResult p) {
      return new PopulationRecord(p.code().code(), p.count(), p.subjects().stream().map(SubjectRecord::of).toList());
    }
  }

  /**
   * A subject of a population.
   *
   * @param subject the subject's code
   * @param name its name
   * @param outcome COUNTED, NOT_COUNTED, NO_DATA or EXCLUDED
   * @param reasons why it is where it is
   * @param facts the facts behind it
   * @param unmetElements the data elements it did not affirm
   * @param quantity what it adds to a quantity
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SubjectRecord(String subject, String name, String outcome, List<ReasonRecord> reasons,
      List<FactRecord> facts, List<String> unmetElements, BigDecimal quantity) {

    static SubjectRecord of(SubjectEntry s) {
      return new SubjectRecord(s.subject(), s.name().orElse(null), s.outcome().name(),
          s.reasons().stream().map(ReasonRecord::of).toList(), s.facts().stream().map(FactRecord::of).toList(),
          s.unmetElements(), s.quantity().orElse(null));
    }
  }

  /**
   * A reason.
   *
   * @param text the reason in words
   * @param source where it is recorded
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ReasonRecord(String text, SourceRecord source) {

    static ReasonRecord of(Reason r) {
      return new ReasonRecord(r.text(), SourceRecord.of(r.source()));
    }
  }

  /**
   * A fact.
   *
   * @param element the data element
   * @param type the value's type
   * @param value the value as written in data files
   * @param source where it is recorded
   * @param quote the source's words
   * @param note how the source was read
   * @param period where the source says it of several cycles, the cycles it covers
   * @param loose true where the source evidences the data element only loosely or in part
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record FactRecord(String element, String type, String value, SourceRecord source, String quote,
      String note, String period, Boolean loose) {

    static FactRecord of(Fact f) {
      return new FactRecord(f.element(), f.value().type().name(), f.value().asText(),
          SourceRecord.of(Optional.of(f.source())), f.quote().orElse(null), f.note().orElse(null),
          f.period().orElse(null), f.loose() ? Boolean.TRUE : null);
    }
  }

  /**
   * A source.
   *
   * @param document the document
   * @param locator the place in it
   */
  record SourceRecord(String document, String locator) {

    static SourceRecord of(Optional<SourceRef> s) {
      return s.map(x -> new SourceRecord(x.document(), x.locator())).orElse(null);
    }
  }

  /**
   * A published figure beside the computed one.
   *
   * @param value the published figure
   * @param denominator its denominator
   * @param unit its unit
   * @param source where it is printed
   * @param bound where the printed figure is a bound
   * @param period where the printed figure is of a period, the cycles it covers
   * @param component where the printed figure is of a component of the indicator
   * @param computed the computed figure in the published unit
   * @param computedBound where the computed figure is a bound
   * @param computedOver where the computed figure covers the printed figure's period, what it covers
   * @param computedDenominator the computed denominator
   * @param agreement AGREES, CONSISTENT, DIFFERS, or NOT_COMPARED when nothing was computed
   * @param onlyPublished States only the document names
   * @param onlyComputed States only the computation counts
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PublishedValueRecord(BigDecimal value, BigDecimal denominator, String unit, String bound, String period,
      String component, SourceRecord source, BigDecimal computed, String computedBound, String computedOver,
      Long computedDenominator, String agreement, List<String> onlyPublished, List<String> onlyComputed) {

    static PublishedValueRecord of(PublishedComparison p) {
      PublishedValue v = p.published();
      return new PublishedValueRecord(v.value(), v.denominator().orElse(null), v.unit().name(),
          v.bound().map(Enum::name).orElse(null), v.period().orElse(null), v.component().orElse(null),
          SourceRecord.of(Optional.of(v.source())), p.computed().orElse(null),
          p.computedBound().map(Enum::name).orElse(null), p.computedOver().orElse(null),
          p.computedDenominator().orElse(null), p.agreement().name(), p.onlyPublished(), p.onlyComputed());
    }
  }

  /**
   * A progress report.
   *
   * @param plan the plan's id
   * @param title the plan's title
   * @param cycle the cycle reported on
   * @param previousCycle the cycle before it
   * @param trends how many indicators improved, held, regressed, changed or have no data
   * @param sections one per thematic area
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ProgressReportRecord(String plan, String title, String cycle, String previousCycle,
      java.util.Map<String, Integer> trends, List<SectionRecord> sections) {

    /**
     * The record of {@code r}.
     *
     * @param r the row
     * @return the record of {@code r}
     */
    public static ProgressReportRecord of(ProgressReport r) {
      java.util.Map<String, Integer> trends = new java.util.LinkedHashMap<>();
      r.trendCounts().forEach((t, n) -> trends.put(t.name(), n));
      return new ProgressReportRecord(r.planId(), r.planTitle(), r.cycle().meeting(),
          r.previousCycle().map(c -> c.meeting()).orElse(null), trends,
          r.sections().stream().map(SectionRecord::of).toList());
    }
  }

  /**
   * A section of a progress report.
   *
   * @param area the thematic area's id
   * @param title its title
   * @param entries its indicators
   */
  record SectionRecord(String area, String title, List<EntryRecord> entries) {

    static SectionRecord of(ProgressSection s) {
      return new SectionRecord(s.area().id(), Markdown.areaTitle(s.area()),
          s.entries().stream().map(EntryRecord::of).toList());
    }
  }

  /**
   * A line of a progress report.
   *
   * @param evaluation the evaluation in the cycle
   * @param previousValue the value in the previous cycle
   * @param trend how the value moved
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record EntryRecord(EvaluationRecord evaluation, BigDecimal previousValue, String trend) {

    static EntryRecord of(ProgressEntry e) {
      return new EntryRecord(EvaluationRecord.of(e.evaluation()), e.previousValue().orElse(null), e.trend().name());
    }
  }
}
