package org.ccmkit.indicators.data;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.obligation.ReportKind;
import org.immutables.value.Value;

/**
 * What a source says of one Article 7 report of a State: that it was submitted on a day; that it was submitted, on a
 * day not given, by some day (the day the source speaks as of); or that it had still not been submitted on some day.
 * Exactly one of {@link #submittedOn()}, {@link #submittedBy()} and {@link #notSubmittedOn()} is given.
 */
@Value.Immutable
public abstract class ReportSubmission {

  /** Implemented in this package only (by the generated immutable class). */
  ReportSubmission() {}

  /** {@return the State, by ISO code} */
  public abstract String state();

  /** {@return the initial report (Art. 7(1)) or an annual update (Art. 7(2))} */
  public abstract ReportKind report();

  /** {@return for an annual update, the calendar year it covers} */
  public abstract Optional<Integer> coveredYear();

  /** {@return the day the report was submitted} */
  public abstract Optional<LocalDate> submittedOn();

  /** {@return a day by which the report had been submitted, on a day the source does not give} */
  public abstract Optional<LocalDate> submittedBy();

  /** {@return a day on which the report had still not been submitted} */
  public abstract Optional<LocalDate> notSubmittedOn();

  /** {@return where this is said} */
  public abstract SourceRef source();

  /** {@return the words of the source, verbatim, where recorded} */
  public abstract Optional<String> quote();

  /** {@return how the source was read, where that needed judgement} */
  public abstract Optional<String> note();

  /** {@return a builder} */
  public static ImmutableReportSubmission.Builder builder() {
    return ImmutableReportSubmission.builder();
  }

  /** {@return whether the source says the report was submitted (on a known day or by one)} */
  public boolean isSubmitted() {
    return submittedOn().isPresent() || submittedBy().isPresent();
  }

  /**
   * The report this is about, e.g. "CPV initial report" or "DEU annual report covering 2024".
   *
   * @param withState whether to name the State
   * @return the report this is about, e.g. "CPV initial report" or "DEU annual report covering 2024"
   */
  public String report(boolean withState) {
    return (withState ? state() + " " : "")
        + (report() == ReportKind.INITIAL ? "initial report" : "annual report covering " + coveredYear().get());
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    String what = state() + " " + report() + coveredYear().map(y -> " " + y).orElse("") + " [" + source() + "]";
    checkArgument(!state().isBlank(), "ReportSubmission.state must not be blank (%s)", what);
    checkArgument((report() == ReportKind.ANNUAL) == coveredYear().isPresent(),
        "ReportSubmission.coveredYear is required for an annual report and only for one, was %s (%s)",
        coveredYear().orElse(null), what);
    int given = (submittedOn().isPresent() ? 1 : 0) + (submittedBy().isPresent() ? 1 : 0)
        + (notSubmittedOn().isPresent() ? 1 : 0);
    checkArgument(given == 1, "ReportSubmission must give exactly one of submittedOn, submittedBy and notSubmittedOn, "
        + "gave %s (%s)", given, what);
  }

  @Override
  public String toString() {
    return report(true) + ": " + submittedOn().map(d -> "submitted " + d)
        .or(() -> submittedBy().map(d -> "submitted by " + d + " (day not known)"))
        .orElseGet(() -> "not submitted on " + notSubmittedOn().get()) + " [" + source() + "]";
  }
}
