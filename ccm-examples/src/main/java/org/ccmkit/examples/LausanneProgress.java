package org.ccmkit.examples;

import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.report.ProgressReport;
import org.ccmkit.indicators.report.Series;
import org.ccmkit.indicators.reporting.ReportEntry;
import org.ccmkit.indicators.reporting.ReportingRate;
import org.ccmkit.indicators.result.Agreement;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.indicators.result.FlagKind;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PublishedComparison;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.chart.Sparkline;
import org.ccmkit.io.write.ProgressReportHtmlWriter;
import org.ccmkit.io.write.Provenance;
import org.ccmkit.io.record.PublishedRecord;
import org.ccmkit.io.record.StatementKind;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.ReportKind;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Direction;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.ThematicArea;
import org.ccmkit.model.state.PartyBasis;
import org.ccmkit.model.state.Register;

/**
 * The main example: the Lausanne Action Plan's progress from the 10MSP to the 13MSP reporting cycle, by thematic
 * area, as the evaluator gives it on the embedded record. Each cell says whether its value was computed from the
 * States the documents name or taken from print (by the headline rule), and whether it is a bound or a figure of a
 * period; a sparkline and the change are drawn through exact figures only. Then how many indicator-cycles were
 * computed, shown from print or have no value; every computed value beside the printed figures and the flags; and the
 * figures the record recomputes from the register and the Article 7 submissions. It also writes the HTML progress
 * report of the 13MSP cycle ({@link ProgressReportHtmlWriter}) next to its text output and says where.
 */
public final class LausanneProgress {

  /** The cycle the HTML progress report is written for. */
  static final String REPORT_CYCLE = "13MSP";

  private LausanneProgress() {}

  /**
   * Prints the progress table and the recomputed figures, and writes the HTML progress report of the 13MSP cycle
   * next to it: into the folder given as the first argument, else {@code target} under the working directory; the
   * last line printed says where.
   *
   * @param args the folder to write the HTML report into (optional)
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    PublishedRecord record = Datasets.publishedRecord();
    System.out.print(render(Catalogues.lausanne(), record));
    Path html = writeHtml(Catalogues.lausanne(), record, Path.of(args.length > 0 ? args[0] : "target"));
    System.out.println("\nHTML progress report of the " + REPORT_CYCLE + " cycle: " + html.toAbsolutePath());
  }

  /**
   * Writes the plan's HTML progress report of the {@value #REPORT_CYCLE} cycle (charts of the 10MSP–13MSP cycles) to
   * {@code folder}, creating it if needed, and returns the file.
   *
   * @param plan the action plan
   * @param record the record
   * @param folder the folder to write into
   * @return the file written
   * @throws IOException if the report cannot be written
   */
  public static Path writeHtml(ActionPlan plan, PublishedRecord record, Path folder) throws IOException {
    MonitoringDataset data = record.dataset();
    IndicatorEvaluator evaluator = IndicatorEvaluator.builder().vocabulary(Catalogues.dataElements())
        .baselineCycle("10MSP").build();
    ReportingCycle cycle = data.cycle(REPORT_CYCLE).get();
    ProgressReport report = evaluator.progressReport(plan, data, cycle);
    Files.createDirectories(folder);
    Path file = folder.resolve(plan.id().toLowerCase(java.util.Locale.ROOT) + "-progress-" + REPORT_CYCLE + ".html");
    ProgressReportHtmlWriter.write(report, evaluator.seriesOfPlan(plan, data), Provenance.of(plan, data, report),
        file);
    return file;
  }

  /**
   * The report as text.
   *
   * @param plan the action plan
   * @param record the record
   * @return the report as text
   */
  public static String render(ActionPlan plan, PublishedRecord record) {
    StringBuilder out = new StringBuilder();
    MonitoringDataset data = record.dataset();
    IndicatorEvaluator evaluator = IndicatorEvaluator.builder().vocabulary(Catalogues.dataElements())
        .baselineCycle("10MSP").build();
    List<Series> series = evaluator.seriesOfPlan(plan, data);
    out.append("# ").append(plan.title()).append(": progress by thematic area, ")
        .append(String.join(" · ", Datasets.LAP_CYCLES)).append("\n")
        .append("Each value is computed (c) from the States the documents name, or printed (p) by the Review Document ")
        .append("or UNIDIR, chosen by the headline rule; ≥ > ≤ mark a bound, ~ a figure of the whole review period, ")
        .append("† a figure printed for a component only, ≠ documents that disagree (alone: no value; after a value: ")
        .append("the rule took one), · no value. The sparkline and the change run through exact figures only.\n");
    for (ThematicArea area : plan.areas()) {
      List<String> lines = new ArrayList<>();
      int shown = 0;
      for (Indicator i : plan.indicatorsByArea().get(area)) {
        Series s = series.stream().filter(x -> x.indicator().id().equals(i.id())).findFirst().get();
        Optional<String> line = line(s);
        if (line.isPresent()) {
          lines.add(line.get());
          shown++;
        }
      }
      out.append("\n## ").append(area).append("  (").append(shown).append(" of ")
          .append(plan.indicatorsByArea().get(area).size()).append(" indicators with a value)\n");
      lines.forEach(l -> out.append(l).append('\n'));
    }
    out.append(counts(plan, series));
    out.append(computed(series));
    out.append(recomputed(record, evaluator, series));
    return out.toString();
  }

  /** One indicator's line, or empty if it has no value and no disagreeing figures in the cycles. */
  static Optional<String> line(Series series) {
    List<Evaluation> cycles = Datasets.LAP_CYCLES.stream().map(series::in).flatMap(Optional::stream).toList();
    if (cycles.stream().noneMatch(e -> e.score().isPresent() || e.status() == EvaluationStatus.SOURCES_DIFFER)) {
      return Optional.empty();
    }
    StringBuilder cells = new StringBuilder();
    List<BigDecimal> points = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (Evaluation e : cycles) {
      cells.append(String.format("%10s", cell(e)));
      points.add(e.isTrendPoint() ? e.value().get() : null);
      source(e).filter(x -> !sources.contains(x)).ifPresent(sources::add);
    }
    List<BigDecimal> known = points.stream().filter(java.util.Objects::nonNull).toList();
    String change = known.size() < 2 ? "" : signed(known.get(known.size() - 1).subtract(known.get(0)));
    String trend = known.size() < 2 ? "no trend" : trend(series.indicator().direction(), known.get(0),
        known.get(known.size() - 1));
    long flags = cycles.stream().mapToLong(e -> e.flags().size()).sum();
    return Optional.of(String.format("%-9s %s  %s  %6s  %-9s %s%s", series.indicator().id(), cells, Sparkline.of(points),
        change, trend, sources.isEmpty() ? "" : sources.get(0) + (sources.size() > 1 ? " (+" + (sources.size() - 1)
            + " more)" : ""), flags == 0 ? "" : "  [" + flags + " flag" + (flags == 1 ? "" : "s") + "]"));
  }

  /** A cell: the value, its bound or period mark, and c (computed) or p (printed); ≠ or · where there is none. */
  static String cell(Evaluation e) {
    if (e.status() == EvaluationStatus.SOURCES_DIFFER) {
      return "≠";
    }
    if (e.score().isEmpty()) {
      return "·";
    }
    Score s = e.score().get();
    String mark = s.bound().map(b -> b.symbol()).orElse("") + (s.period().isPresent() ? "~" : "");
    String v = s.unit() == FigureUnit.CHANGE ? signed(s.value())
        : s.unit() == FigureUnit.PERCENT && s.count().isEmpty() ? s.value().stripTrailingZeros().toPlainString() + "%"
        : s.unit() == FigureUnit.PERCENT || s.unit() == FigureUnit.COUNT
            ? s.count().map(String::valueOf).orElse(s.value().toPlainString())
                + s.denominator().map(d -> "/" + d).orElse("")
            : s.value().stripTrailingZeros().toPlainString();
    boolean component = e.flags().stream().anyMatch(f -> f.kind() == FlagKind.COMPONENT_FOR_WHOLE);
    boolean differ = e.flags().stream().anyMatch(f -> f.kind() == FlagKind.SOURCES_DIFFER);
    return mark + v + (component ? "†" : "") + (e.status() == EvaluationStatus.COMPUTED ? "c" : "p")
        + (differ ? "≠" : "");
  }

  /** Where a value comes from: the printed figure's source, or the sources of the facts behind a computed one. */
  static Optional<String> source(Evaluation e) {
    if (e.status() == EvaluationStatus.COMPUTED) {
      List<String> docs = e.denominator().stream().flatMap(s -> s.facts().stream()).map(f -> f.source().toString())
          .distinct().toList();
      return Optional.of(docs.isEmpty() ? "computed from the register" : "computed from " + String.join(", ", docs));
    }
    return e.published().stream().map(PublishedComparison::published)
        .filter(p -> e.reason().orElse("").contains("[" + p.source() + "], by the headline rule"))
        .map(p -> p.source().toString()).findFirst();
  }

  /** How many indicator-cycles are computed, shown from print, or without a value. */
  static String counts(ActionPlan plan, List<Series> series) {
    return String.format("%n## What was computed%n%s%nAt the 3RC cycle (reports due 30 April 2026): %s%n",
        count(plan, series, Datasets.LAP_CYCLES), count(plan, series, List.of("3RC")));
  }

  private static String count(ActionPlan plan, List<Series> series, List<String> cycles) {
    Map<EvaluationStatus, Integer> byStatus = new EnumMap<>(EvaluationStatus.class);
    int shownBesideBound = 0;
    for (Series s : series) {
      for (String c : cycles) {
        Optional<Evaluation> e = s.in(c);
        e.ifPresent(x -> byStatus.merge(x.status(), 1, Integer::sum));
        if (e.filter(x -> x.status() == EvaluationStatus.PUBLISHED
            && x.published().stream().anyMatch(p -> p.computed().isPresent())).isPresent()) {
          shownBesideBound++;
        }
      }
    }
    int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
    return String.format("%d indicator-cycles (%d indicators × %d cycle%s): %d computed from facts, %d shown from print "
            + "(%d of them beside a bound computed from facts), %d where the documents disagree and no rule picks one, "
            + "%d with no data, %d not evaluable.", total, plan.indicators().size(), cycles.size(),
        cycles.size() == 1 ? "" : "s",
        byStatus.getOrDefault(EvaluationStatus.COMPUTED, 0), byStatus.getOrDefault(EvaluationStatus.PUBLISHED, 0),
        shownBesideBound, byStatus.getOrDefault(EvaluationStatus.SOURCES_DIFFER, 0),
        byStatus.getOrDefault(EvaluationStatus.NO_DATA, 0), byStatus.getOrDefault(EvaluationStatus.NOT_EVALUABLE, 0));
  }

  /** Every value computed from facts, with the printed figures beside it and its flags. */
  static String computed(List<Series> series) {
    StringBuilder out = new StringBuilder("\n## Computed from named States, beside the printed figures\n");
    for (Series s : series) {
      for (String c : Datasets.LAP_CYCLES) {
        Optional<Evaluation> e = s.in(c).filter(x -> x.status() == EvaluationStatus.COMPUTED
            || x.published().stream().anyMatch(p -> p.computed().isPresent()));
        if (e.isEmpty()) {
          continue;
        }
        Evaluation ev = e.get();
        Optional<String> computed = ev.status() == EvaluationStatus.COMPUTED ? ev.score().map(Object::toString)
            : ev.published().stream().filter(p -> p.computed().isPresent()).findFirst()
                .map(p -> p.computedBound().map(b -> b.symbol() + " ").orElse("") + p.computed().get().toPlainString()
                    + p.computedPeriod().map(x -> " over " + x).orElse("") + " (shown from print: " + ev.score().get()
                    + ")");
        out.append(String.format("- %s %s: %s", ev.indicator().id(), c, computed.get()));
        if (!ev.noData().isEmpty()) {
          out.append(" (").append(ev.noData().size()).append(" with no data)");
        }
        out.append('\n');
        for (PublishedComparison p : ev.published()) {
          out.append("    printed ").append(printed(p)).append(" [").append(p.published().source()).append("]: ")
              .append(words(p)).append('\n');
        }
        ev.flags().stream().filter(f -> f.kind() != FlagKind.BOUND)
            .forEach(f -> out.append("    flag ").append(f.kind()).append(": ").append(f.message()).append('\n'));
      }
    }
    return out.toString();
  }

  private static String printed(PublishedComparison p) {
    return p.published().bound().map(b -> b.symbol() + " ").orElse("") + p.published().value().toPlainString()
        + p.published().denominator().map(d -> " of " + d.toPlainString()).orElse("")
        + p.published().period().map(x -> " (" + x + ")").orElse("");
  }

  private static String words(PublishedComparison p) {
    String over = p.computedOver().map(o -> ", computed " + o).orElse("");
    return (p.agreement() == Agreement.NOT_COMPARED ? "not compared" : p.agreement().name().toLowerCase()) + over;
  }

  static String signed(BigDecimal d) {
    String s = d.stripTrailingZeros().toPlainString();
    return d.signum() > 0 ? "+" + s : s;
  }

  /** Whether a change from {@code first} to {@code last} is progress, given the direction of the indicator. */
  static String trend(Direction direction, BigDecimal first, BigDecimal last) {
    int c = last.compareTo(first);
    if (c == 0 || direction == Direction.NEUTRAL) {
      return c == 0 ? "held" : "changed";
    }
    return (c > 0) == (direction == Direction.INCREASE) ? "improved" : "regressed";
  }

  /** What the record lets the library compute from the register and the Article 7 submissions. */
  static String recomputed(PublishedRecord record, IndicatorEvaluator evaluator, List<Series> series) {
    MonitoringDataset data = record.dataset();
    Register register = data.register();
    StringBuilder out = new StringBuilder("\n## Recomputed from the register and the submissions\n");
    LocalDate midYear = LocalDate.of(2026, 6, 30);
    out.append(String.format("- States Parties (instrument deposited, not withdrawn) on %s: %d; in force: %d. "
            + "VCAP-12.a baseline prints %s [VCAP line 217]%n", midYear,
        register.statesParties(midYear, PartyBasis.INSTRUMENT_DEPOSITED).size(),
        register.statesParties(midYear, PartyBasis.IN_FORCE).size(),
        Catalogues.vientianeCapital().indicator("VCAP-12.a").get().baseline().get().raw()));
    Evaluation lap232 = evaluator.evaluate(Catalogues.lausanne().indicator("LAP-23.2").get(), data,
        data.cycle("13MSP").get());
    List<String> affected = lap232.initialPopulation().stream().map(SubjectEntry::subject).toList();
    out.append(String.format("- Affected States Parties (outstanding Art. 4 obligation) at the 13MSP cycle (%s): %d %s. "
        + "Published denominator: 10 [UNIDIR section 3.2, line 424; RD para 83]%n", lap232.date(), affected.size(),
        affected));
    // Evaluated with its plan, whose period (2021–2026) the change runs from.
    Evaluation joined = series.stream().filter(x -> x.indicator().id().equals("LAP-10.1")).findFirst()
        .flatMap(x -> x.in("13MSP")).get();
    out.append(String.format("- LAP-10.1 at the 13MSP cycle: %s; joined %s, left %s%n", joined.score().get(),
        entries(joined.numerator()), entries(joined.population(PopulationCode.LEFT).get().subjects())));
    ReportingRate initial = evaluator.reportingRate(data, data.cycle("13MSP").get(), ReportKind.INITIAL);
    out.append(String.format("- Initial Article 7 reports at the 13MSP cycle: %d expected, %d received (day not "
            + "given), %d not received, %d unknown; reporting rate %s%n", initial.expected().size(),
        initial.received().size(), initial.notReceived().size(), initial.noRecord().size(),
        initial.rate().map(r -> r.toPlainString() + " %").orElse("a range")));
    out.append("  overdue, due date computed by Art. 17 and Art. 7(1) from the deposit, beside the year RD para 183 "
        + "prints:\n");
    for (ReportEntry r : initial.notReceived()) {
      String printed = record.statements(StatementKind.INITIAL_REPORT_OVERDUE).stream().filter(s -> s.state().equals(r.state()))
          .findFirst().flatMap(s -> s.value()).orElse("?");
      var standing = register.standing(r.state()).get();
      out.append(String.format("    %-32s deposit %s  in force %s  due %s  (printed: %s) %s; %s%n", r.name().get(),
          standing.deposit().get(), standing.entryIntoForce().get(), r.due(), printed,
          String.valueOf(r.due().getYear()).equals(printed) ? "agrees" : "DIFFERS", r.detail()));
    }
    ReportingRate atThe3rc = evaluator.reportingRate(data, data.cycle("3RC").get(), ReportKind.INITIAL);
    out.append(String.format("  at the 3RC cycle (%s): %d expected, %d received; the draft VCAP prints \"107 (96%%) "
            + "of the required 112\" [VCAP line 565], counting Vanuatu, whose initial report falls due on %s%n",
        atThe3rc.date(), atThe3rc.expected().size(), atThe3rc.received().size(),
        org.ccmkit.model.obligation.TransparencyReport.initial(register.standing("VUT").get().state(),
            register.standing("VUT").get().entryIntoForce().get()).due()));
    ReportingRate annual = evaluator.reportingRate(data, data.cycle("13MSP").get(), ReportKind.ANNUAL);
    out.append(String.format("- Annual Article 7 reports at the 13MSP cycle: %d expected; the documents name no "
            + "State's submission, so %d are unknown and the rate is between %s %% and %s %% (RD para 181 prints 63 "
            + "on time)%n", annual.expected().size(), annual.noRecord().size(),
        annual.rateAtLeast().get().toPlainString(), annual.rateAtMost().get().toPlainString()));
    return out.toString();
  }

  private static String entries(List<SubjectEntry> entries) {
    return entries.isEmpty() ? "none" : entries.stream().map(s -> s.subject() + " (" + s.reasons().get(
        s.reasons().size() - (s.outcome() == org.ccmkit.indicators.result.SubjectOutcome.COUNTED ? 2 : 1)).text()
        + ")").collect(Collectors.joining(", "));
  }
}
