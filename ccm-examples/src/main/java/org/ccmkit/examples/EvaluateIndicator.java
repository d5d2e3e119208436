package org.ccmkit.examples;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.result.Agreement;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PublishedComparison;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.indicators.result.SubjectOutcome;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.MonitoringDataReader;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.Indicator;

/**
 * Evaluates one indicator for one reporting cycle and lists the States behind the number: the population computed
 * from the depositary's register and the obligations on the cycle's date, the States counted and the facts (with their
 * sources) that made them count, the States of which nothing is known, and the figures the documents published for
 * the same indicator and cycle beside the computed one. The record's facts name only some States, so a State with no
 * fact is unknown, not "not counted", and the count is a lower bound while any is.
 *
 * <p>The embedded record holds no State-level reports for LAP-23.2 (the documents print the count, not the States),
 * so the example adds a small facts file, {@code lap-23.2-facts.csv}, read through the same CSV reader a user's data
 * goes through. Its facts are <em>illustrative</em>: UNIDIR counts nine of the ten affected States Parties at the
 * 13MSP cycle but does not name them.
 */
public final class EvaluateIndicator {

  /** The facts file shipped with the example, on the class path. */
  static final String FACTS = "lap-23.2-facts.csv";

  private EvaluateIndicator() {}

  /**
   * Evaluates LAP-23.2 for the 13MSP cycle, or the indicator and cycle given as arguments.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.print(render(args.length > 0 ? args[0] : "LAP-23.2", args.length > 1 ? args[1] : "13MSP"));
  }

  /**
   * The evaluation as text.
   *
   * @param indicatorId the indicator's id
   * @param cycleId the cycle's meeting id
   * @return the evaluation as text
   */
  public static String render(String indicatorId, String cycleId) {
    MonitoringDataset record = Datasets.publishedRecord().dataset();
    Indicator indicator = Catalogues.plans().stream().flatMap(p -> p.indicator(indicatorId).stream()).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no indicator '" + indicatorId + "' in either plan"));
    ReportingCycle cycle = record.cycle(cycleId)
        .orElseThrow(() -> new IllegalArgumentException("no reporting cycle '" + cycleId + "' in the record"));

    ImmutableList<Fact> facts = MonitoringDataReader.create()
        .with(ReadContext.of(record, Catalogues.dataElements()))
        .readFacts(Input.of(EvaluateIndicator.class.getResource(FACTS)))
        .orThrow();
    MonitoringDataset data = MonitoringDataset.builder().from(record).addAllFacts(facts).build();
    Evaluation e = IndicatorEvaluator.of(Catalogues.dataElements()).evaluate(indicator, data, cycle);

    StringBuilder out = new StringBuilder();
    out.append(indicator.id()).append(": ").append(indicator.fullText()).append('\n');
    out.append("cycle ").append(cycle.meeting()).append(", populations computed on ").append(e.date()).append('\n');
    out.append("population rule: ").append(e.populationRule()).append('\n');
    out.append("value: ").append(e).append('\n');
    out.append("\npopulation (").append(e.initialPopulation().size()).append("): ")
        .append(e.initialPopulation().stream().map(SubjectEntry::subject).collect(Collectors.joining(", ")))
        .append('\n');
    out.append("\ncounted (").append(e.numerator().size()).append("):\n");
    e.numerator().forEach(s -> out.append(line(s)));
    List<SubjectEntry> notCounted = e.denominator().stream()
        .filter(s -> s.outcome() == SubjectOutcome.NOT_COUNTED).toList();
    out.append("\nnot counted, having reported without meeting the criterion (").append(notCounted.size())
        .append("):\n");
    notCounted.forEach(s -> out.append(line(s)));
    out.append("\nno data, unknown rather than not counted (").append(e.noData().size()).append("):\n");
    e.noData().forEach(s -> out.append(line(s)));
    if (!e.exclusions().isEmpty()) {
      out.append("\nexcluded (").append(e.exclusions().size()).append("):\n");
      e.exclusions().forEach(s -> out.append(line(s)));
    }
    out.append("\npublished for the same indicator and cycle:\n");
    for (PublishedComparison p : e.published()) {
      out.append("  ").append(p.published().value().toPlainString())
          .append(p.published().denominator().map(d -> " of " + d.toPlainString()).orElse(""))
          .append("  [").append(p.published().source()).append("]  ").append(words(p.agreement())).append('\n');
    }
    e.flags().forEach(f -> out.append("flag ").append(f.kind()).append(": ").append(f.message()).append('\n'));
    return out.toString();
  }

  private static String words(Agreement a) {
    switch (a) {
      case AGREES:
        return "agrees with the computed value";
      case CONSISTENT:
        return "consistent with the computed value, not the same figure";
      case DIFFERS:
        return "DIFFERS from the computed value";
      default:
        return "not compared (nothing computed to compare)";
    }
  }

  private static String line(SubjectEntry s) {
    String why = s.facts().isEmpty()
        ? s.reasons().stream().map(Object::toString).collect(Collectors.joining("; "))
        : s.facts().stream().map(f -> f.element() + " = " + f.value() + " [" + f.source() + "]")
            .collect(Collectors.joining("; "));
    return String.format("  %-4s %-36s %s%n", s.subject(), s.name().orElse(""), why.isEmpty() ? "no fact reported" : why);
  }
}
