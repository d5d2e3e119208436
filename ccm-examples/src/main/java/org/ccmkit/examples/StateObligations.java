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
 * <p>The record says only what its sources say. Of Article 7 reports it knows what RD para 183 says of initial
 * reports (five States Parties had yet to submit theirs as of August 2025; every other State Party had submitted, on a
 * day not given) and no annual report's submission: a report's due date is computed, and its status is what the
 * record knows (completed with its timeliness unknown, overdue, or unknown). Where a State requested an extension
 * whose granted deadline no source prints, the deadline in force is unknown, not passed.
 */
public final class StateObligations {

  private StateObligations() {}

  /**
   * The obligations of the State in the first argument (LAO by default) on the date in the second (2025-04-30).
   *
   * @param args not used
   */
  public static void main(String[] args) {
    String code = args.length > 0 ? args[0] : "LAO";
    LocalDate date = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2025, 4, 30);
    System.out.print(render(code, date));
  }

  /**
   * The State's obligations on {@code date}, as text.
   *
   * @param code the code
   * @param date the date
   * @return the State's obligations on {@code date}, as text
   */
  public static String render(String code, LocalDate date) {
    MonitoringDataset data = Datasets.publishedRecord().dataset();
    Standing standing = data.register().standing(code)
        .orElseThrow(() -> new IllegalArgumentException("the register lists no State '" + code + "'"));
    List<Obligation> obligations = new ArrayList<>(data.obligationsByState().get(code));
    // Article 7 reports owed up to the date, each with what the record's submissions say of it.
    obligations.addAll(data.transparencyReports(code, date));
    StateParty party = StateParty.of(standing, obligations);
    StringBuilder out = new StringBuilder(standing.state() + ": deposit " + standing.deposit().orElse(null)
        + ", in force " + standing.entryIntoForce().orElse(null) + "; obligations on " + date + "\n");
    for (ObligationState s : party.obligationsOn(date)) {
      Obligation o = s.obligation();
      if (o instanceof TransparencyReport r) {
        String known = r.submittedOn().map(d -> "submitted " + d)
            .or(() -> r.submittedBy().map(d -> "submitted by " + d + ", the day not given"))
            .or(() -> r.notSubmittedOn().map(d -> "not submitted on " + d))
            .orElse("no submission in the record");
        String sources = data.submissionsOf(code, r.kind(), r.coveredYear()).stream()
            .map(x -> x.source().toString()).distinct().collect(java.util.stream.Collectors.joining("; "));
        out.append("  ").append(o.description()).append(" (").append(o.legalBasis()).append("): due ")
            .append(r.due()).append("; ").append(known).append(": ").append(s.status())
            .append(sources.isEmpty() ? "" : " [" + sources + "]").append('\n');
      } else {
        out.append("  ").append(Populations.obligationReason(o, date, data).text())
            .append(o.source().map(src -> " [" + src + "]").orElse("")).append('\n');
      }
    }
    return out.toString();
  }
}
