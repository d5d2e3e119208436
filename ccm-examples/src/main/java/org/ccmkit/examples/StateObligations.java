package org.ccmkit.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.population.Populations;
import org.ccmkit.io.Datasets;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.ObligationState;
import org.ccmkit.model.obligation.StateParty;
import org.ccmkit.model.obligation.TransparencyReport;
import org.ccmkit.model.state.Standing;

/**
 * Computes a State Party's obligations and their statuses on a date: those the record establishes (Article 4, 5,
 * 3(6)) and the Article 7 reports owed, each with its legal basis and the deadline in force.
 *
 * <p>The record says only what its sources say. It holds no report submission dates, so a report's due date is
 * computed and its status left open; and where a State requested an extension whose granted deadline no source
 * prints, the deadline in force is unknown, not passed.
 */
public final class StateObligations {

  private StateObligations() {}

  /** The obligations of the State in the first argument (LAO by default) on the date in the second (2025-04-30). */
  public static void main(String[] args) {
    String code = args.length > 0 ? args[0] : "LAO";
    LocalDate date = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2025, 4, 30);
    System.out.print(render(code, date));
  }

  /** The State's obligations on {@code date}, as text. */
  public static String render(String code, LocalDate date) {
    MonitoringDataset data = Datasets.publishedRecord().dataset();
    Standing standing = data.register().standing(code)
        .orElseThrow(() -> new IllegalArgumentException("the register lists no State '" + code + "'"));
    List<Obligation> obligations = new ArrayList<>(data.obligationsByState().get(code));
    // Article 7 reports owed up to the date; the record does not say which were submitted, so none is marked so.
    obligations.addAll(TransparencyReport.owedBy(standing, date));
    StateParty party = StateParty.of(standing, obligations);
    StringBuilder out = new StringBuilder(standing.state() + ": deposit " + standing.deposit().orElse(null)
        + ", in force " + standing.entryIntoForce().orElse(null) + "; obligations on " + date + "\n");
    for (ObligationState s : party.obligationsOn(date)) {
      Obligation o = s.obligation();
      if (o instanceof TransparencyReport r && r.submittedOn().isEmpty() && !s.status().isCompleted()) {
        out.append("  ").append(o.description()).append(" (").append(o.legalBasis()).append("): due ")
            .append(r.due()).append("; submission not in the record\n");
      } else {
        out.append("  ").append(Populations.obligationReason(o, date, data).text())
            .append(o.source().map(src -> " [" + src + "]").orElse("")).append('\n');
      }
    }
    return out.toString();
  }
}
