package org.ccmkit.indicators.reporting;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.ReportSubmission;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.ReportKind;
import org.ccmkit.model.obligation.TransparencyReport;
import org.ccmkit.model.state.PartyBasis;
import org.ccmkit.model.state.Standing;

/** Computes {@link ReportingRate}s from a dataset's register and submissions; a pure function. */
public final class ReportingRates {

  private ReportingRates() {}

  /**
   * The reporting rate of {@code kind} reports in {@code cycle}.
   *
   * @param dataset the monitoring dataset
   * @param cycle the reporting cycle
   * @param kind the kind
   * @return the reporting rate of {@code kind} reports in {@code cycle}
   */
  public static ReportingRate of(MonitoringDataset dataset, ReportingCycle cycle, ReportKind kind) {
    checkArgument(dataset != null, "dataset must not be null");
    checkArgument(cycle != null, "cycle must not be null");
    checkArgument(kind != null, "kind must not be null; expected INITIAL or ANNUAL");
    LocalDate date = cycle.date();
    ImmutableList.Builder<ReportEntry> expected = ImmutableList.builder();
    for (Standing s : dataset.register().byCode().values()) {
      if (!s.isPartyOn(date, PartyBasis.IN_FORCE)) {
        continue;
      }
      Optional<TransparencyReport> report = dataset.transparencyReports(s.state().code(), date).stream()
          .filter(r -> r.kind() == kind)
          .filter(r -> kind == ReportKind.INITIAL || r.coveredYear().get() == cycle.coveredYear())
          .findFirst();
      report.ifPresent(r -> expected.add(entry(dataset, s, r, date)));
    }
    return ReportingRate.builder().kind(kind).cycle(cycle).expected(expected.build()).build();
  }

  private static ReportEntry entry(MonitoringDataset dataset, Standing s, TransparencyReport r, LocalDate date) {
    // One rule of timeliness, the model's (TransparencyReport.submittedOnTime), for the rates and for the facts the
    // report indicators count.
    Optional<Boolean> onTime = r.submittedOnTime();
    boolean submitted = r.submittedOn().isPresent() || r.submittedBy().isPresent();
    // Not received: known still not submitted on the cycle's date or later (or a dataset that records every
    // submission records none); before that, what happened since is not known.
    boolean missing = !submitted && onTime.isPresent() && (r.submissionsComplete()
        || r.notSubmittedOn().filter(n -> !n.isBefore(date)).isPresent());
    ReportOutcome outcome = submitted
        ? onTime.map(t -> t ? ReportOutcome.ON_TIME : ReportOutcome.LATE).orElse(ReportOutcome.TIMELINESS_UNKNOWN)
        : missing ? ReportOutcome.NOT_RECEIVED : ReportOutcome.NO_RECORD;
    String detail = r.submittedOn().map(d -> "submitted " + d)
        .or(() -> r.submittedBy().map(d -> "submitted by " + d + ", the day not given"))
        .orElseGet(() -> outcome == ReportOutcome.NOT_RECEIVED
            ? r.notSubmittedOn().filter(n -> n.isAfter(r.due()))
                .map(n -> "not submitted on " + n + ", overdue since " + r.due())
                .orElse("no submission in a dataset that records every submission; overdue since " + r.due())
            : r.notSubmittedOn().map(n -> "not submitted on " + n + "; nothing known since")
                .orElse("the data record no submission of it, and do not record every submission"));
    ImmutableList<SourceRef> sources = dataset.submissionsOf(s.state().code(), r.kind(), r.coveredYear()).stream()
        .map(ReportSubmission::source).distinct().collect(ImmutableList.toImmutableList());
    return ReportEntry.builder().state(s.state().code()).name(s.state().name()).report(r.description()).due(r.due())
        .outcome(outcome).detail(detail).sources(sources).build();
  }
}
