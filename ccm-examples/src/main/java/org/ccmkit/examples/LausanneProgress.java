package org.ccmkit.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedUnit;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.record.PublishedRecord;
import org.ccmkit.io.record.StateStatement;
import org.ccmkit.model.obligation.TransparencyReport;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Direction;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.ThematicArea;
import org.ccmkit.model.state.PartyBasis;
import org.ccmkit.model.state.Register;

/**
 * The main example: the Lausanne Action Plan's progress from the 10MSP to the 13MSP reporting cycle, by thematic
 * area, from the embedded published record — each indicator's value per cycle with a sparkline, its change, whether
 * that is progress in the light of its direction, and its source — followed by the figures the record lets the library
 * recompute from State-level facts, next to the figure the documents print.
 */
public final class LausanneProgress {

  private static final String SPARKS = "▁▂▃▄▅▆▇█";

  private LausanneProgress() {}

  /** Prints the progress table and the recomputed figures. */
  public static void main(String[] args) {
    System.out.print(render(Catalogues.lausanne(), Datasets.publishedRecord()));
  }

  /** The report as text. */
  public static String render(ActionPlan plan, PublishedRecord record) {
    StringBuilder out = new StringBuilder();
    MonitoringDataset data = record.dataset();
    out.append("# ").append(plan.title()).append(": progress by thematic area, ")
        .append(String.join(" · ", Datasets.LAP_CYCLES)).append("\n")
        .append("Published values (Review Document, UNIDIR Vientiane Calling); one figure per cycle, preferring a figure ")
        .append("printed with its denominator; a difference between the sources is flagged with '≠'.\n");
    for (ThematicArea area : plan.areas()) {
      List<Indicator> indicators = plan.indicatorsByArea().get(area);
      List<String> lines = indicators.stream().map(i -> line(i, data)).flatMap(Optional::stream).toList();
      out.append("\n## ").append(area).append("  (").append(lines.size()).append(" of ").append(indicators.size())
          .append(" indicators with published values)\n");
      lines.forEach(l -> out.append(l).append('\n'));
    }
    out.append(recomputed(record));
    return out.toString();
  }

  /** One indicator's line, or empty if no value was published for it in the cycles. */
  static Optional<String> line(Indicator indicator, MonitoringDataset data) {
    List<PublishedValue> all = data.publishedByIndicator().get(indicator.id()).stream()
        .filter(p -> p.component().isEmpty() && p.unit() != PublishedUnit.AVERAGE)
        .toList();
    if (all.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder cells = new StringBuilder();
    List<BigDecimal> series = new java.util.ArrayList<>();
    List<String> sources = new java.util.ArrayList<>();
    boolean conflict = false;
    for (String cycle : Datasets.LAP_CYCLES) {
      List<PublishedValue> inCycle = all.stream().filter(p -> p.cycle().equals(cycle)).toList();
      Optional<PublishedValue> chosen = inCycle.stream()
          .min(Comparator.comparing((PublishedValue p) -> p.denominator().isEmpty()));
      if (chosen.isPresent()) {
        PublishedValue p = chosen.get();
        boolean differs = inCycle.stream().anyMatch(q -> q.value().compareTo(p.value()) != 0);
        conflict |= differs;
        cells.append(String.format("%9s", format(p) + (differs ? "≠" : "")));
        series.add(p.value());
        if (!sources.contains(p.source().toString())) {
          sources.add(p.source().toString());
        }
      } else {
        cells.append(String.format("%9s", "·"));
        series.add(null);
      }
    }
    List<BigDecimal> known = series.stream().filter(java.util.Objects::nonNull).toList();
    String change = known.size() < 2 ? "" : signed(known.get(known.size() - 1).subtract(known.get(0)));
    String trend = known.size() < 2 ? "single value" : trend(indicator.direction(), known.get(0),
        known.get(known.size() - 1));
    return Optional.of(String.format("%-9s %s  %s  %6s  %-9s %s%s", indicator.id(), cells, spark(series), change, trend,
        sources.get(0) + (sources.size() > 1 ? " (+" + (sources.size() - 1) + " more)" : ""),
        conflict ? "  (sources differ)" : ""));
  }

  static String format(PublishedValue p) {
    String v = p.value().stripTrailingZeros().toPlainString();
    return p.unit() == PublishedUnit.PERCENT ? v + "%"
        : v + p.denominator().map(d -> "/" + d.stripTrailingZeros().toPlainString()).orElse("");
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

  /** A text sparkline of a series; a gap is a space. */
  static String spark(List<BigDecimal> series) {
    List<BigDecimal> known = series.stream().filter(java.util.Objects::nonNull).toList();
    if (known.isEmpty()) {
      return "";
    }
    BigDecimal min = known.stream().min(BigDecimal::compareTo).get();
    BigDecimal max = known.stream().max(BigDecimal::compareTo).get();
    StringBuilder s = new StringBuilder();
    for (BigDecimal v : series) {
      if (v == null) {
        s.append(' ');
      } else if (max.compareTo(min) == 0) {
        s.append(SPARKS.charAt(SPARKS.length() / 2));
      } else {
        int i = v.subtract(min).multiply(BigDecimal.valueOf(SPARKS.length() - 1))
            .divide(max.subtract(min), 0, RoundingMode.HALF_UP).intValue();
        s.append(SPARKS.charAt(i));
      }
    }
    return s.toString();
  }

  /** What the record lets the library compute from the register and the State-level facts. */
  static String recomputed(PublishedRecord record) {
    MonitoringDataset data = record.dataset();
    Register register = data.register();
    StringBuilder out = new StringBuilder("\n## Recomputed from State-level facts, next to the published figure\n");
    LocalDate midYear = LocalDate.of(2026, 6, 30);
    out.append(String.format("- States Parties (instrument deposited, not withdrawn) on %s: %d; in force: %d. "
            + "VCAP-12.a baseline prints %s [VCAP line 217]%n", midYear,
        register.statesParties(midYear, PartyBasis.INSTRUMENT_DEPOSITED).size(),
        register.statesParties(midYear, PartyBasis.IN_FORCE).size(),
        Catalogues.vientianeCapital().indicator("VCAP-12.a").get().baseline().get().raw()));
    // The population of LAP-23.2, computed by the evaluator from the register and the obligations on the cycle's date.
    Evaluation lap232 = IndicatorEvaluator.of(Catalogues.dataElements())
        .evaluate(Catalogues.lausanne().indicator("LAP-23.2").get(), data, data.cycle("13MSP").get());
    LocalDate c13 = lap232.date();
    List<String> affected = lap232.initialPopulation().stream().map(SubjectEntry::subject).toList();
    out.append(String.format("- Affected States Parties (outstanding Art. 4 obligation) at the 13MSP cycle (%s): %d %s. "
        + "Published denominator: 10 [UNIDIR section 3.2, line 424; RD para 83]%n", c13, affected.size(), affected));
    out.append(String.format("- Lithuania (withdrawal effective %s) is a party at the 13MSP cycle: %s%n",
        register.standing("LTU").get().withdrawalEffective().get(),
        register.standing("LTU").get().isPartyOn(c13, PartyBasis.INSTRUMENT_DEPOSITED)));
    out.append("- Long-overdue initial reports, due year computed by Art. 17 and Art. 7(1) from the deposit, and the "
        + "year RD para 183 prints:\n");
    for (StateStatement s : record.statements("INITIAL_REPORT_OVERDUE")) {
      var standing = register.standing(s.state()).get();
      LocalDate due = TransparencyReport.initial(standing.state(), standing.entryIntoForce().get()).due();
      out.append(String.format("    %-32s deposit %s  in force %s  due %s  -> %d (printed: %s) %s%n",
          standing.state().name(), standing.deposit().get(), standing.entryIntoForce().get(), due, due.getYear(),
          s.value().orElse("?"), String.valueOf(due.getYear()).equals(s.value().orElse("")) ? "agrees" : "DIFFERS"));
    }
    return out.toString();
  }


}
