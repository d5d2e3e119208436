package org.ccmkit.indicators.data;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.ReportKind;
import org.ccmkit.model.obligation.TransparencyReport;
import org.ccmkit.model.state.PartyBasis;
import org.ccmkit.model.state.Standing;

/**
 * The facts on Article 7 timeliness that a dataset's {@linkplain MonitoringDataset#submissions() submissions} give, so
 * that the indicators about reports count them like any other fact. For each cycle and each State Party in force on
 * the cycle's date:
 *
 * <ul>
 *   <li>{@value #INITIAL_ON_TIME}: its initial report (if due by the cycle's date) was submitted by the Art. 7(1)
 *       deadline;
 *   <li>{@value #ANNUAL_ON_TIME}: its annual report covering the year before the cycle's year was submitted by
 *       30 April (Art. 7(2));
 *   <li>{@value #BY_DEADLINE}: the report the cycle counts for it (its initial report if known still not submitted
 *       on the cycle's date; else that annual report; or, for a State whose first annual report is not yet owed, its
 *       initial report falling due within the twelve months up to the cycle's date) was submitted by its deadline.
 * </ul>
 *
 * <p>A fact is made only where the submissions tell: true where submitted on or before the due date (or known to be
 * submitted by a day not after it), false where submitted after it or known still not submitted on a day after it, or
 * where the dataset {@linkplain MonitoringDataset#submissionsComplete() records every submission} and none is
 * recorded. Where they do not tell (submitted on an unknown day after the due date, or nothing recorded in data that
 * do not record every submission), there is no fact: unknown, not false.
 */
final class ReportingFacts {

  static final String INITIAL_ON_TIME = "art7.initial-report-on-time";
  static final String ANNUAL_ON_TIME = "art7.annual-report-on-time";
  static final String BY_DEADLINE = "art7.report-submitted-by-deadline";

  private ReportingFacts() {}

  static ImmutableList<Fact> of(MonitoringDataset dataset) {
    if (dataset.submissions().isEmpty() && !dataset.submissionsComplete()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Fact> facts = ImmutableList.builder();
    for (ReportingCycle cycle : dataset.cycles()) {
      LocalDate date = cycle.date();
      for (Standing s : dataset.register().byCode().values()) {
        if (!s.isPartyOn(date, PartyBasis.IN_FORCE)) {
          continue;
        }
        String code = s.state().code();
        List<TransparencyReport> reports = dataset.transparencyReports(code, date);
        Optional<TransparencyReport> initial = reports.stream().filter(r -> r.kind() == ReportKind.INITIAL).findFirst();
        Optional<TransparencyReport> annual = reports.stream()
            .filter(r -> r.kind() == ReportKind.ANNUAL && r.coveredYear().get() == cycle.coveredYear()).findFirst();
        initial.ifPresent(r -> fact(dataset, cycle, r, INITIAL_ON_TIME).ifPresent(facts::add));
        annual.ifPresent(r -> fact(dataset, cycle, r, ANNUAL_ON_TIME).ifPresent(facts::add));
        // A State known still not to have submitted its initial report by the cycle's date has not submitted "an
        // initial and annual report" by the deadline, whatever is known of its annual report.
        Optional<TransparencyReport> missingInitial = initial
            .filter(r -> r.submittedAsOf(date).equals(Optional.of(false)) && date.isAfter(r.due()));
        Optional<TransparencyReport> counted = missingInitial.or(() -> annual)
            .or(() -> initial.filter(r -> r.due().isAfter(date.minusYears(1))));
        counted.ifPresent(r -> fact(dataset, cycle, r, BY_DEADLINE).ifPresent(facts::add));
      }
    }
    return facts.build();
  }

  private static Optional<Fact> fact(MonitoringDataset dataset, ReportingCycle cycle, TransparencyReport r,
      String element) {
    Optional<Boolean> onTime = r.submittedOnTime();
    if (onTime.isEmpty()) {
      return Optional.empty();
    }
    List<ReportSubmission> said = dataset.submissionsOf(r.state().code(), r.kind(), r.coveredYear());
    SourceRef source = said.isEmpty()
        ? SourceRef.of("DATASET", "no submission recorded in a dataset that records every submission")
        : said.get(0).source();
    String how = r.submittedOn().map(d -> "submitted " + d)
        .or(() -> r.submittedBy().map(d -> "submitted by " + d))
        .or(() -> r.notSubmittedOn().map(d -> "not submitted on " + d))
        .orElse("no submission recorded");
    return Optional.of(Fact.builder().subject(r.state().code()).cycle(cycle.meeting()).element(element)
        .value(FactValue.of(onTime.get())).source(source)
        .note("Derived from the Article 7 submissions: " + r.description() + " due " + r.due() + ", " + how
            + (onTime.get() ? " (on time)" : " (not on time)"))
        .build());
  }
}
