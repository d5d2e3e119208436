package org.ccmkit.model.obligation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.convention.ArticleRef;
import org.ccmkit.model.convention.ConventionDates;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;
import org.immutables.value.Value;

/**
 * Art. 7: one transparency report a State Party owes: the initial report, due 180 days after entry into force for it
 * (7(1)), or the annual update covering calendar year Y, due 30 April of Y+1 (7(2)); with what the data know of its
 * submission: the day it was submitted; or only that it was submitted by some day (a document saying, as of August
 * 2025, that every other State Party had submitted its initial report); or that it was still not submitted on some day.
 *
 * <p>Where the data do not claim to record every submission ({@link #submissionsComplete()} false), a report with no
 * submission recorded is {@link ObligationStatus#UNKNOWN}, never {@link ObligationStatus#OVERDUE}: unknown is not
 * "not submitted".
 */
@Value.Immutable
public abstract class TransparencyReport implements Obligation {

  /** Implemented in this package only (by the generated immutable class). */
  TransparencyReport() {}

  @Override
  public abstract State state();

  /** {@return Initial report or annual update} */
  public abstract ReportKind kind();

  /**
   * For an initial report, the date the Convention entered into force for the State; for an annual update, 1 January
   * of the year after the year it covers.
   */
  @Override
  public abstract LocalDate start();

  /** {@return for an annual update, the calendar year it covers} */
  public abstract Optional<Integer> coveredYear();

  /** {@return the day the report was submitted, if it was and the day is known} */
  public abstract Optional<LocalDate> submittedOn();

  /**
   * For a report known to have been submitted on a day the data do not give: a day by which it had been submitted
   * (the day the source speaks as of).
   *
   * @return For a report known to have been submitted on a day the data do not give: a day by which it had been
   *     submitted (the day the source speaks as of)
   */
  public abstract Optional<LocalDate> submittedBy();

  /** {@return a day on which the report is known to have still not been submitted (the day the source speaks as of)} */
  public abstract Optional<LocalDate> notSubmittedOn();

  /**
   * Whether the data record every submission of this report, so that no submission recorded means not submitted.
   * True unless the data say otherwise; a record built from documents that name only the States still without an
   * initial report is not complete for the annual reports.
   *
   * @return whether the data record every submission of this report, so that no submission recorded means not submitted
   */
  @Value.Default
  public boolean submissionsComplete() {
    return true;
  }

  @Override
  public abstract Optional<LocalDate> ceasedOn();

  @Override
  public abstract Optional<SourceRef> source();

  /** {@return a builder} */
  public static ImmutableTransparencyReport.Builder builder() {
    return ImmutableTransparencyReport.builder();
  }

  /**
   * Art. 7(1): the initial report of a State for which the Convention entered into force on {@code entryIntoForce}.
   *
   * @param state the State's ISO 3166-1 alpha-3 code
   * @param entryIntoForce the date the Convention entered into force for the State
   * @return Art. 7(1): the initial report of a State for which the Convention entered into force on {@code
   *     entryIntoForce}
   */
  public static TransparencyReport initial(State state, LocalDate entryIntoForce) {
    return builder().state(state).kind(ReportKind.INITIAL).start(entryIntoForce).build();
  }

  /**
   * Art. 7(2): the annual update covering {@code coveredYear}.
   *
   * @param state the State's ISO 3166-1 alpha-3 code
   * @param coveredYear the calendar year the report covers
   * @return Art. 7(2): the annual update covering {@code coveredYear}
   */
  public static TransparencyReport annual(State state, int coveredYear) {
    return builder().state(state).kind(ReportKind.ANNUAL).coveredYear(coveredYear)
        .start(LocalDate.of(coveredYear + 1, 1, 1)).build();
  }

  /**
   * The reports a State owes with a due date on or before {@code until}: the initial report and an annual update for
   * each calendar year from the year the initial report falls due, none submitted. A State's withdrawal ends the
   * reports falling due after it takes effect.
   *
   * @param standing the State's standing
   * @param until the last date
   * @return the reports a State owes with a due date on or before {@code until}: the initial report and an annual
   *     update for each calendar year from the year the initial report falls due, none submitted
   */
  public static ImmutableList<TransparencyReport> owedBy(Standing standing, LocalDate until) {
    ImmutableList.Builder<TransparencyReport> reports = ImmutableList.builder();
    Optional<LocalDate> eif = standing.entryIntoForce();
    if (eif.isEmpty()) {
      return ImmutableList.of();
    }
    Optional<LocalDate> end = standing.withdrawalEffective();
    TransparencyReport initial = initial(standing.state(), eif.get());
    if (!initial.due().isAfter(until) && end.map(w -> initial.due().isBefore(w)).orElse(true)) {
      reports.add(initial);
    }
    for (int year = initial.due().getYear(); ; year++) {
      LocalDate due = ConventionDates.annualReportDue(year);
      if (due.isAfter(until) || end.map(w -> !due.isBefore(w)).orElse(false)) {
        break;
      }
      reports.add(annual(standing.state(), year));
    }
    return reports.build();
  }

  /** {@return the due date: Art. 7(1) 180 days after entry into force, or Art. 7(2) 30 April after the covered year} */
  public LocalDate due() {
    return kind() == ReportKind.INITIAL
        ? ConventionDates.initialReportDue(start())
        : ConventionDates.annualReportDue(coveredYear().get());
  }

  /**
   * Whether the report was submitted on or before its due date: known from the day of submission, or from a day by
   * which it had been submitted that is not after the due date, or from its still not being submitted on a day after
   * the due date; empty where the data do not tell.
   *
   * @return whether the report was submitted on or before its due date: known from the day of submission, or from a
   *     day by which it had been submitted that is not after the due date, or from its still not being submitted on a
   *     day after the due date; empty where the data do not tell
   */
  public Optional<Boolean> submittedOnTime() {
    if (submittedOn().isPresent()) {
      return Optional.of(!submittedOn().get().isAfter(due()));
    }
    if (submittedBy().isPresent() && !submittedBy().get().isAfter(due())) {
      return Optional.of(true);
    }
    if (notSubmittedOn().isPresent() && notSubmittedOn().get().isAfter(due())) {
      return Optional.of(false);
    }
    if (submittedBy().isEmpty() && submissionsComplete()) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /**
   * Whether the report had been submitted on {@code date}, by what the data know; empty where they do not tell (no
   * submission recorded in data that do not record every one, or a submission known only by a later day).
   *
   * @param date the date
   * @return whether the report had been submitted on {@code date}, by what the data know; empty where they do not tell
   *     (no submission recorded in data that do not record every one, or a submission known only by a later day)
   */
  public Optional<Boolean> submittedAsOf(LocalDate date) {
    Obligations.checkDate(date);
    if (submittedOn().isPresent()) {
      return Optional.of(!date.isBefore(submittedOn().get()));
    }
    if (submittedBy().isPresent() && !date.isBefore(submittedBy().get())) {
      return Optional.of(true);
    }
    if (notSubmittedOn().isPresent() && !date.isAfter(notSubmittedOn().get())) {
      return Optional.of(false);
    }
    if (submittedBy().isEmpty() && submissionsComplete()) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /**
   * The status on {@code date}: completed (on time, late, or with its timeliness unknown) once the data know it was
   * submitted; {@link ObligationStatus#OVERDUE} past the due date while it is known not to have been submitted;
   * {@link ObligationStatus#PENDING} before the due date while it is known not to have been submitted; and
   * {@link ObligationStatus#UNKNOWN} where the data do not tell.
   */
  @Override
  public ObligationStatus statusOn(LocalDate date) {
    Obligations.checkDate(date);
    if (date.isBefore(start())) {
      return ObligationStatus.NOT_APPLICABLE;
    }
    Optional<Boolean> submitted = submittedAsOf(date);
    if (submitted.orElse(false)) {
      return submittedOnTime().map(onTime -> onTime ? ObligationStatus.COMPLETED_ON_TIME : ObligationStatus.COMPLETED_LATE)
          .orElse(ObligationStatus.COMPLETED_TIMELINESS_UNKNOWN);
    }
    if (ceasedOn().isPresent() && !date.isBefore(ceasedOn().get())) {
      return ObligationStatus.NOT_APPLICABLE;
    }
    if (submitted.isEmpty()) {
      return ObligationStatus.UNKNOWN;
    }
    return date.isAfter(due()) ? ObligationStatus.OVERDUE : ObligationStatus.PENDING;
  }


  @Override
  public ArticleRef legalBasis() {
    return kind() == ReportKind.INITIAL ? ArticleRef.of(7, "1") : ArticleRef.of(7, "2");
  }

  @Override
  public Optional<LocalDate> originalDeadline() {
    return Optional.of(due());
  }

  @Override
  public ImmutableList<Extension> extensions() {
    return ImmutableList.of();
  }

  @Override
  public Optional<LocalDate> completedOn() {
    return submittedOn();
  }

  /**
   * This report with what a source says of its submission.
   *
   * @param on the date it was submitted, if known
   * @param by the latest date it was submitted by, if known
   * @param notOn a date on which it was known not submitted, if any
   * @param complete whether the table is complete
   * @return this report with what a source says of its submission
   */
  public TransparencyReport withSubmission(Optional<LocalDate> on, Optional<LocalDate> by, Optional<LocalDate> notOn,
      boolean complete) {
    return builder().from(this).submittedOn(on).submittedBy(by).notSubmittedOn(notOn).submissionsComplete(complete)
        .build();
  }

  @Override
  public String description() {
    return kind() == ReportKind.INITIAL
        ? "Article 7 initial report"
        : "Article 7 annual report covering " + coveredYear().get();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    String who = state().code();
    if (kind() == ReportKind.INITIAL) {
      checkArgument(coveredYear().isEmpty(),
          "TransparencyReport.coveredYear is for annual updates only, but the initial report of %s has %s", who,
          coveredYear().orElse(null));
      checkArgument(!start().isBefore(ConventionDates.CONVENTION_ENTRY_INTO_FORCE),
          "TransparencyReport.start (entry into force) must not be before %s, was %s (state %s)",
          ConventionDates.CONVENTION_ENTRY_INTO_FORCE, start(), who);
    } else {
      checkArgument(coveredYear().isPresent(), "TransparencyReport.coveredYear is required for an annual update (state %s)",
          who);
      checkArgument(start().equals(LocalDate.of(coveredYear().get() + 1, 1, 1)),
          "TransparencyReport.start of an annual update covering %s must be %s-01-01, was %s (state %s)",
          coveredYear().get(), coveredYear().get() + 1, start(), who);
    }
    submittedOn().ifPresent(s -> checkArgument(!s.isBefore(ConventionDates.OPENED_FOR_SIGNATURE),
        "TransparencyReport.submittedOn must not be before the Convention existed, was %s (state %s)", s, who));
    checkArgument(submittedOn().isEmpty() || submittedBy().isEmpty(),
        "TransparencyReport of %s: give submittedOn (the day) or submittedBy (a day by which it was submitted), not "
            + "both; were %s and %s", who, submittedOn().orElse(null), submittedBy().orElse(null));
    notSubmittedOn().ifPresent(n -> {
      submittedOn().ifPresent(s -> checkArgument(n.isBefore(s),
          "TransparencyReport of %s: notSubmittedOn %s must be before submittedOn %s", who, n, s));
      submittedBy().ifPresent(b -> checkArgument(n.isBefore(b),
          "TransparencyReport of %s: notSubmittedOn %s must be before submittedBy %s", who, n, b));
    });
    Obligations.checkCeased("TransparencyReport", who, start(), ceasedOn(), submittedOn());
  }
}
