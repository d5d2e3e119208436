package org.ccmkit.indicators.reporting;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.ReportKind;
import org.immutables.value.Value;

/**
 * The reporting rate of one kind of Article 7 report in a cycle, as DHIS2 counts it: the reports expected, those
 * received ("actual reports", whenever submitted), those received on time, and the rates, with the States behind each.
 *
 * <p>Expected: for {@link ReportKind#INITIAL}, the initial report of every State Party for which the Convention is in
 * force on the cycle's date and whose initial report fell due on or before it (Art. 7(1)); for {@link ReportKind#ANNUAL},
 * the annual report covering the year before the cycle's year, due on the cycle's date (Art. 7(2)), of every State
 * Party that owes it. Received: the data hold a submission of it, whenever made (DHIS2's "actual reports"); not
 * received: the data know it was still not submitted on the cycle's date or later (or record every submission and hold
 * none). A report the data say nothing of, or known missing only on an earlier day ({@link ReportOutcome#NO_RECORD}),
 * is unknown, not missing: the rate is then a range, from the reports known received to those plus the unknown ones,
 * and {@link #rate()} is empty.
 */
@Value.Immutable
public abstract class ReportingRate {

  /** Implemented in this package only (by the generated immutable class). */
  ReportingRate() {}

  /** {@return the kind of report} */
  public abstract ReportKind kind();

  /** {@return the cycle} */
  public abstract ReportingCycle cycle();

  /** {@return every expected report, by State} */
  public abstract ImmutableList<ReportEntry> expected();

  /** {@return a builder} */
  public static ImmutableReportingRate.Builder builder() {
    return ImmutableReportingRate.builder();
  }

  /** {@return the date the expected reports are counted on: the cycle's date} */
  public LocalDate date() {
    return cycle().date();
  }

  /**
   * The expected reports with the given outcome.
   *
   * @param outcome the outcome
   * @return the expected reports with the given outcome
   */
  public ImmutableList<ReportEntry> with(ReportOutcome outcome) {
    checkArgument(outcome != null, "outcome must not be null");
    return expected().stream().filter(e -> e.outcome() == outcome).collect(ImmutableList.toImmutableList());
  }

  /** {@return the reports received, on time, late or with their timeliness unknown} */
  public ImmutableList<ReportEntry> received() {
    return expected().stream().filter(e -> e.outcome().isReceived()).collect(ImmutableList.toImmutableList());
  }

  /** {@return the reports received on time} */
  public ImmutableList<ReportEntry> receivedOnTime() {
    return with(ReportOutcome.ON_TIME);
  }

  /** {@return the reports known not received: overdue} */
  public ImmutableList<ReportEntry> notReceived() {
    return with(ReportOutcome.NOT_RECEIVED);
  }

  /** {@return the reports the data say nothing of} */
  public ImmutableList<ReportEntry> noRecord() {
    return with(ReportOutcome.NO_RECORD);
  }

  /**
   * {@return the reporting rate, 100·received/expected, where the data know every report; empty where some are unknown}
   */
  public Optional<BigDecimal> rate() {
    return noRecord().isEmpty() ? percent(received().size()) : Optional.empty();
  }

  /** {@return the least the rate can be: 100·received/expected; empty when no report is expected} */
  public Optional<BigDecimal> rateAtLeast() {
    return percent(received().size());
  }

  /** {@return the most the rate can be: 100·(received + unknown)/expected; empty when no report is expected} */
  public Optional<BigDecimal> rateAtMost() {
    return percent(received().size() + noRecord().size());
  }

  /**
   * {@return the on-time rate, 100·on time/expected, where the timeliness of every report is known; empty otherwise}
   */
  public Optional<BigDecimal> onTimeRate() {
    return noRecord().isEmpty() && with(ReportOutcome.TIMELINESS_UNKNOWN).isEmpty()
        ? percent(receivedOnTime().size()) : Optional.empty();
  }

  /** {@return the least the on-time rate can be: 100·on time/expected} */
  public Optional<BigDecimal> onTimeRateAtLeast() {
    return percent(receivedOnTime().size());
  }

  /** {@return the most the on-time rate can be: 100·(on time + timeliness unknown + unknown)/expected} */
  public Optional<BigDecimal> onTimeRateAtMost() {
    return percent(receivedOnTime().size() + with(ReportOutcome.TIMELINESS_UNKNOWN).size() + noRecord().size());
  }

  private Optional<BigDecimal> percent(int n) {
    return expected().isEmpty() ? Optional.empty() : Optional.of(Score.percentage(n, expected().size()));
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    for (int i = 1; i < expected().size(); i++) {
      checkArgument(expected().get(i - 1).state().compareTo(expected().get(i).state()) < 0,
          "ReportingRate %s %s must list each State once, sorted: %s before %s", kind(), cycle().meeting(),
          expected().get(i - 1).state(), expected().get(i).state());
    }
  }

  @Override
  public String toString() {
    return kind() + " reports, " + cycle().meeting() + " cycle: " + expected().size() + " expected, "
        + received().size() + " received (" + receivedOnTime().size() + " on time), " + notReceived().size()
        + " not received, " + noRecord().size() + " unknown; rate "
        + rate().map(r -> r.toPlainString() + " %").orElseGet(() -> rateAtLeast().map(BigDecimal::toPlainString)
            .orElse("–") + "–" + rateAtMost().map(BigDecimal::toPlainString).orElse("–") + " %");
  }
}
