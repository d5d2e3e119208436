package org.ccmkit.indicators.result;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.model.UnknownIdException;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.Indicator;
import org.immutables.value.Value;

/**
 * An indicator evaluated for a reporting cycle, in the manner of a FHIR MeasureReport: the population rule and the date
 * it was computed on, the named populations with their subjects and the facts behind each, the score, the change from
 * the baseline, the figures documents published beside the computed one, and a status that says whether there is a
 * value and, if not, why.
 */
@Value.Immutable
public abstract class Evaluation {

  /** Implemented in this package only (by the generated immutable class). */
  Evaluation() {}

  /** {@return the indicator evaluated} */
  @Value.Parameter
  public abstract Indicator indicator();

  /** {@return the reporting cycle} */
  @Value.Parameter
  public abstract ReportingCycle cycle();

  /** {@return whether there is a value, and whether it was computed or taken from print} */
  @Value.Parameter
  public abstract EvaluationStatus status();

  /**
   * Why there is no computed value, and for a printed value which figure was taken and by which rule: required unless
   * the status is {@link EvaluationStatus#COMPUTED}.
   *
   * @return why there is no computed value, and for a printed value which figure was taken and by which rule: required
   *     unless the status is {@link EvaluationStatus#COMPUTED}
   */
  @Value.Parameter
  public abstract Optional<String> reason();

  /**
   * The population rule as applied, in words, saying which sense of "States Parties" it uses and on which date:
   * "States Parties (Convention in force on 2025-04-30) with an outstanding Article 4 clearance obligation".
   *
   * @return the population rule as applied, in words, saying which sense of "States Parties" it uses and on which
   *     date: "States Parties (Convention in force on 2025-04-30) with an outstanding Article 4 clearance obligation"
   */
  @Value.Parameter
  public abstract String populationRule();

  /**
   * The named populations, in the order initial population, denominator exclusion, denominator exception,
   * denominator, numerator, numerator exclusion, no data; each present at most once, the exclusion where the
   * indicator has a qualifier, the exception and the numerator exclusion where its counting rule has them. An indicator
   * without a population has an initial population and a numerator only.
   *
   * @return the named populations, in the order initial population, denominator exclusion, denominator exception,
   *     denominator, numerator, numerator exclusion, no data; each present at most once, the exclusion where the
   *     indicator has a qualifier, the exception and the numerator exclusion where its counting rule has them
   */
  @Value.Parameter
  public abstract ImmutableList<PopulationResult> populations();

  /**
   * The value; present exactly when the status is {@link EvaluationStatus#COMPUTED} or
   * {@link EvaluationStatus#PUBLISHED}.
   *
   * @return the value; present exactly when the status is {@link EvaluationStatus#COMPUTED} or {@link
   *     EvaluationStatus#PUBLISHED}
   */
  @Value.Parameter
  public abstract Optional<Score> score();

  /** {@return the value against the baseline, where both are known in one unit} */
  @Value.Parameter
  public abstract Optional<BaselineComparison> baseline();

  /** {@return the figures documents published for the indicator and cycle, each beside the computed one} */
  @Value.Parameter
  public abstract ImmutableList<PublishedComparison> published();

  /** {@return what in the figures cannot all be so, or must be known to read the value; each with its sources} */
  @Value.Parameter
  public abstract ImmutableList<ConsistencyFlag> flags();

  /** {@return a builder} */
  public static ImmutableEvaluation.Builder builder() {
    return ImmutableEvaluation.builder();
  }

  /** {@return the date the populations were computed on: the cycle's date (the day its reports fall due)} */
  public LocalDate date() {
    return cycle().date();
  }

  /** {@return the headline value, if there is one} */
  public Optional<BigDecimal> value() {
    return score().map(Score::value);
  }

  /**
   * The population with the given code, if the evaluation has it.
   *
   * @param code the code
   * @return the population with the given code, if the evaluation has it
   */
  public Optional<PopulationResult> population(PopulationCode code) {
    ImmutableList<PopulationResult> populations = populations();
    for (int i = 0; i < populations.size(); i++) {
      if (populations.get(i).code() == code) {
        return Optional.of(populations.get(i));
      }
    }
    return Optional.empty();
  }

  /** {@return the initial population (empty list if the evaluation has none)} */
  public ImmutableList<SubjectEntry> initialPopulation() {
    return subjects(PopulationCode.INITIAL_POPULATION);
  }

  /** {@return the denominator's subjects} */
  public ImmutableList<SubjectEntry> denominator() {
    return subjects(PopulationCode.DENOMINATOR);
  }

  /** {@return the subjects the qualifier excluded from the denominator} */
  public ImmutableList<SubjectEntry> exclusions() {
    return subjects(PopulationCode.DENOMINATOR_EXCLUSION);
  }

  /** {@return the numerator's subjects: those counted} */
  public ImmutableList<SubjectEntry> numerator() {
    return subjects(PopulationCode.NUMERATOR);
  }

  /** {@return the denominator's subjects that reported nothing for the indicator in the cycle} */
  public ImmutableList<SubjectEntry> noData() {
    return subjects(PopulationCode.NO_DATA);
  }

  /** {@return the codes of the subjects counted, sorted} */
  public ImmutableList<String> numeratorCodes() {
    return population(PopulationCode.NUMERATOR).map(PopulationResult::subjectCodes).orElse(ImmutableList.of());
  }

  /**
   * The entry of a subject in the evaluation, from the widest population that lists it.
   *
   * @param subject the subject: a State's code or a meeting's id
   * @return the entry of a subject in the evaluation, from the widest population that lists it
   */
  public Optional<SubjectEntry> subject(String subject) {
    return populations().stream().flatMap(p -> p.subjects().stream()).filter(s -> s.subject().equals(subject))
        .findFirst();
  }

  /**
   * The entry of a subject in the evaluation, or an exception naming the subjects it lists and the one probably meant.
   *
   * @param subject the subject: a State's code or a meeting's id
   * @return its entry, from the widest population that lists it
   * @throws UnknownIdException if no population of the evaluation lists {@code subject}
   */
  public SubjectEntry subjectOrThrow(String subject) {
    return subject(subject).orElseThrow(() -> UnknownIdException.of("subject",
        "the evaluation of " + indicator().id() + " at " + cycle().meeting(), subject, populations().stream()
            .flatMap(p -> p.subjects().stream()).map(SubjectEntry::subject).distinct().sorted().toList()));
  }

  /**
   * Whether a published figure and the computed one cannot both be right; false when nothing was computed (there is
   * nothing to differ from). A value computed as a bound and shown from print still has its comparisons.
   *
   * @return whether a published figure and the computed one cannot both be right; false when nothing was computed
   *     (there is nothing to differ from)
   */
  public boolean hasPublishedDifference() {
    return published().stream().anyMatch(PublishedComparison::differs);
  }

  /**
   * Whether the value can be a point of a trend: there is a value, and it is an exact figure of the cycle (not a
   * bound, not a figure of a period).
   *
   * @return whether the value can be a point of a trend: there is a value, and it is an exact figure of the cycle (not
   *     a bound, not a figure of a period)
   */
  public boolean isTrendPoint() {
    return score().map(Score::isExact).orElse(false);
  }

  /**
   * The flags of the given kind.
   *
   * @param kind the kind
   * @return the flags of the given kind
   */
  public ImmutableList<ConsistencyFlag> flags(FlagKind kind) {
    return flags().stream().filter(f -> f.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  private ImmutableList<SubjectEntry> subjects(PopulationCode code) {
    return population(code).map(PopulationResult::subjects).orElse(ImmutableList.of());
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    // The messages name the evaluation by its indicator and meeting; they are formatted only if a check fails. Each
    // optional is read once: a generated accessor makes a new Optional at each call.
    String id = indicator().id();
    String meeting = cycle().meeting();
    EvaluationStatus status = status();
    Optional<Score> score = score();
    checkArgument(score.isPresent() == status.hasValue(),
        "Evaluation %s %s: a score must be present exactly when the status is COMPUTED or PUBLISHED, status was %s",
        id, meeting, status);
    checkArgument(status == EvaluationStatus.COMPUTED || reason().isPresent(),
        "Evaluation %s %s with status %s must say why in reason", id, meeting, status);
    if (status == EvaluationStatus.COMPUTED && score.get().change().isEmpty()
        && indicator().population().base() != org.ccmkit.model.plan.PopulationBase.NONE) {
      Optional<Long> count = score.get().count();
      long counted = count.isPresent() ? count.get() : -1L;
      int numerator = 0;
      ImmutableList<PopulationResult> populations = populations();
      for (int i = 0; i < populations.size(); i++) {
        if (populations.get(i).code() == PopulationCode.NUMERATOR) {
          numerator = populations.get(i).count();
          break;
        }
      }
      checkArgument(counted == numerator,
          "Evaluation %s %s: the computed count %s must be the numerator's size %s", id, meeting, counted, numerator);
    }
    int seen = 0; // a bit for each population code listed
    PopulationCode last = null;
    ImmutableList<PopulationResult> populations = populations();
    for (int i = 0; i < populations.size(); i++) {
      PopulationResult p = populations.get(i);
      int bit = 1 << p.code().ordinal();
      checkArgument((seen & bit) == 0, "Evaluation %s %s lists population %s twice", id, meeting, p.code());
      seen |= bit;
      checkArgument(last == null || last.compareTo(p.code()) < 0,
          "Evaluation %s %s lists populations out of order: %s after %s", id, meeting, p.code(), last);
      last = p.code();
    }
  }

  @Override
  public String toString() {
    return indicator().id() + " " + cycle().meeting() + ": " + status()
        + score().map(s -> " " + s).orElse("") + reason().map(r -> " — " + r).orElse("")
        + (flags().isEmpty() ? "" : " " + flags().size() + " flag(s)");
  }
}
