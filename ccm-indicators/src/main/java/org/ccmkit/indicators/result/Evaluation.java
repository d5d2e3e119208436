package org.ccmkit.indicators.result;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ccmkit.model.UnknownIdException;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.Indicator;

/**
 * An indicator evaluated for a reporting cycle, in the manner of a FHIR MeasureReport: the population rule and the date
 * it was computed on, the named populations with their subjects and the facts behind each, the score, the change from
 * the baseline, the figures documents published beside the computed one, and a status that says whether there is a
 * value and, if not, why.
 *
 * <p>Immutable and checked when made: a failure names the evaluation by its indicator and meeting, and the rule it
 * breaks. Made by {@link #of(Indicator, ReportingCycle, EvaluationStatus, Optional, String, PopulationResult.Deferred,
 * Optional, Optional, List, List)} or a {@linkplain #builder() builder}. Its population results may be made when they
 * are first read ({@link PopulationResult.Deferred}); an evaluation equals, hashes and reads the same either way.
 * Written by hand rather than generated, for that and because an evaluator makes one for every indicator of a plan.
 */
public final class Evaluation {

  private final Indicator indicator;
  private final ReportingCycle cycle;
  private final EvaluationStatus status;
  private final String populationRule;
  /** The populations' codes, counts and subjects, from which their results are made when first read. */
  private final PopulationResult.Deferred source;
  /** The population results, once made. */
  private volatile ImmutableList<PopulationResult> populations;
  private final Optional<Score> score;
  /** The reason, baseline, published figures and flags: one shared value where there are none, as for most. */
  private final Notes notes;

  /** What most evaluations have none of, kept apart so that they share one value of nothing. */
  private record Notes(Optional<String> reason, Optional<BaselineComparison> baseline,
      ImmutableList<PublishedComparison> published, ImmutableList<ConsistencyFlag> flags) {

    static final Notes NONE = new Notes(Optional.empty(), Optional.empty(), ImmutableList.of(), ImmutableList.of());

    static Notes of(Optional<String> reason, Optional<BaselineComparison> baseline,
        ImmutableList<PublishedComparison> published, ImmutableList<ConsistencyFlag> flags) {
      return reason.isEmpty() && baseline.isEmpty() && published.isEmpty() && flags.isEmpty() ? NONE
          : new Notes(reason, baseline, published, flags);
    }
  }

  private Evaluation(Indicator indicator, ReportingCycle cycle, EvaluationStatus status, Optional<String> reason,
      String populationRule, PopulationResult.Deferred source, Optional<Score> score,
      Optional<BaselineComparison> baseline, ImmutableList<PublishedComparison> published,
      ImmutableList<ConsistencyFlag> flags) {
    checkArgument(indicator != null, "Evaluation.indicator must not be null");
    String id = indicator.id();
    checkArgument(cycle != null, "Evaluation %s: cycle must not be null", id);
    checkArgument(status != null, "Evaluation %s %s: status must not be null", id, cycle.meeting());
    checkArgument(reason != null, "Evaluation %s %s: reason must not be null; use Optional.empty()", id,
        cycle.meeting());
    checkArgument(populationRule != null, "Evaluation %s %s: populationRule must not be null", id, cycle.meeting());
    checkArgument(source != null, "Evaluation %s %s: populations must not be null", id, cycle.meeting());
    checkArgument(score != null, "Evaluation %s %s: score must not be null; use Optional.empty()", id,
        cycle.meeting());
    checkArgument(baseline != null, "Evaluation %s %s: baseline must not be null; use Optional.empty()", id,
        cycle.meeting());
    this.indicator = indicator;
    this.cycle = cycle;
    this.status = status;
    this.populationRule = populationRule;
    this.source = source;
    this.score = score;
    this.notes = Notes.of(reason, baseline, published, flags);
    check();
  }

  /**
   * The evaluation of the given attributes, its population results made from {@code populations} when first read.
   *
   * @param indicator the indicator evaluated
   * @param cycle the reporting cycle
   * @param status the status
   * @param reason why there is no computed value, or which printed figure was taken
   * @param populationRule the population rule as applied, in words
   * @param populations the populations' codes, counts and subjects; {@link PopulationResult#listed} for results
   *     already made
   * @param score the value
   * @param baseline the value against the baseline
   * @param published the figures documents published, each beside the computed one
   * @param flags the consistency flags
   * @return the evaluation
   * @throws IllegalArgumentException if an argument is null or the attributes break a rule of the accessors; the
   *     message names the evaluation and the rule
   */
  public static Evaluation of(Indicator indicator, ReportingCycle cycle, EvaluationStatus status,
      Optional<String> reason, String populationRule, PopulationResult.Deferred populations, Optional<Score> score,
      Optional<BaselineComparison> baseline, List<PublishedComparison> published, List<ConsistencyFlag> flags) {
    return new Evaluation(indicator, cycle, status, reason, populationRule, populations, score, baseline,
        listOf(published, "published", indicator), listOf(flags, "flags", indicator));
  }

  private static <T> ImmutableList<T> listOf(List<T> list, String field, Indicator indicator) {
    checkArgument(list != null, "Evaluation %s: %s must not be null", indicator == null ? "?" : indicator.id(), field);
    if (list instanceof ImmutableList<T> immutable) {
      return immutable;
    }
    for (T t : list) {
      checkArgument(t != null, "Evaluation %s: %s must not contain null", indicator == null ? "?" : indicator.id(),
          field);
    }
    return ImmutableList.copyOf(list);
  }

  /** {@return the indicator evaluated} */
  public Indicator indicator() {
    return indicator;
  }

  /** {@return the reporting cycle} */
  public ReportingCycle cycle() {
    return cycle;
  }

  /** {@return whether there is a value, and whether it was computed or taken from print} */
  public EvaluationStatus status() {
    return status;
  }

  /**
   * Why there is no computed value, and for a printed value which figure was taken and by which rule: required unless
   * the status is {@link EvaluationStatus#COMPUTED}.
   *
   * @return why there is no computed value, and for a printed value which figure was taken and by which rule: required
   *     unless the status is {@link EvaluationStatus#COMPUTED}
   */
  public Optional<String> reason() {
    return notes.reason;
  }

  /**
   * The population rule as applied, in words, saying which sense of "States Parties" it uses and on which date:
   * "States Parties (Convention in force on 2025-04-30) with an outstanding Article 4 clearance obligation".
   *
   * @return the population rule as applied, in words, saying which sense of "States Parties" it uses and on which
   *     date: "States Parties (Convention in force on 2025-04-30) with an outstanding Article 4 clearance obligation"
   */
  public String populationRule() {
    return populationRule;
  }

  /**
   * The named populations, in the order initial population, denominator exclusion, denominator exception,
   * denominator, numerator, numerator exclusion, no data; each present at most once, the exclusion where the
   * indicator has a qualifier, the exception and the numerator exclusion where its counting rule has them. An indicator
   * without a population has an initial population and a numerator only.
   *
   * @return the named populations, in the order initial population, denominator exclusion, denominator exception,
   *     denominator, numerator, numerator exclusion, no data; each present at most once, the exclusion where the
   *     indicator has a qualifier, the exception and the numerator exclusion where its counting rule has them;
   *     made when first read, where the evaluation was given them {@linkplain PopulationResult.Deferred deferred}
   */
  public ImmutableList<PopulationResult> populations() {
    ImmutableList<PopulationResult> made = populations;
    if (made == null) {
      synchronized (this) {
        made = populations;
        if (made == null) {
          made = source.results();
          populations = made;
        }
      }
    }
    return made;
  }

  /**
   * The value; present exactly when the status is {@link EvaluationStatus#COMPUTED} or
   * {@link EvaluationStatus#PUBLISHED}.
   *
   * @return the value; present exactly when the status is {@link EvaluationStatus#COMPUTED} or {@link
   *     EvaluationStatus#PUBLISHED}
   */
  public Optional<Score> score() {
    return score;
  }

  /** {@return the value against the baseline, where both are known in one unit} */
  public Optional<BaselineComparison> baseline() {
    return notes.baseline;
  }

  /** {@return the figures documents published for the indicator and cycle, each beside the computed one} */
  public ImmutableList<PublishedComparison> published() {
    return notes.published;
  }

  /** {@return what in the figures cannot all be so, or must be known to read the value; each with its sources} */
  public ImmutableList<ConsistencyFlag> flags() {
    return notes.flags;
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
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

  /** Validates the attributes on construction; a failure names the evaluation and the rule it breaks. */
  private void check() {
    // The messages name the evaluation by its indicator and meeting; they are formatted only if a check fails. The
    // populations are checked by their codes and counts, without making their results.
    String id = indicator.id();
    String meeting = cycle.meeting();
    checkArgument(score.isPresent() == status.hasValue(),
        "Evaluation %s %s: a score must be present exactly when the status is COMPUTED or PUBLISHED, status was %s",
        id, meeting, status);
    checkArgument(status == EvaluationStatus.COMPUTED || notes.reason.isPresent(),
        "Evaluation %s %s with status %s must say why in reason", id, meeting, status);
    ImmutableList<PopulationCode> codes = source.codes();
    // In order and each once is the codes' ordinals strictly increasing; the message is made only if they are not.
    int last = -1;
    boolean numeratorListed = false;
    for (int i = 0, n = codes.size(); i < n; i++) {
      PopulationCode code = codes.get(i);
      if (code == null || code.ordinal() <= last) {
        refuseCodes(codes);
      }
      last = code.ordinal();
      numeratorListed |= code == PopulationCode.NUMERATOR;
    }
    if (status == EvaluationStatus.COMPUTED && score.get().change().isEmpty()
        && indicator.population().base() != org.ccmkit.model.plan.PopulationBase.NONE) {
      Optional<Long> count = score.get().count();
      long counted = count.isPresent() ? count.get() : -1L;
      int numerator = numeratorListed ? source.count(PopulationCode.NUMERATOR) : 0;
      if (counted != numerator) { // the numbers are boxed for the message only
        throw new IllegalArgumentException("Evaluation " + id + " " + meeting + ": the computed count " + counted
            + " must be the numerator's size " + numerator);
      }
    }
  }

  /** Throws the error of {@code codes}, which are not in order and each once: the first code that is not. */
  private void refuseCodes(ImmutableList<PopulationCode> codes) {
    String id = indicator.id();
    String meeting = cycle.meeting();
    int seen = 0; // a bit for each population code listed
    PopulationCode last = null;
    for (PopulationCode code : codes) {
      checkArgument(code != null, "Evaluation %s %s lists a population without a code", id, meeting);
      int bit = 1 << code.ordinal();
      checkArgument((seen & bit) == 0, "Evaluation %s %s lists population %s twice", id, meeting, code);
      seen |= bit;
      checkArgument(last == null || last.compareTo(code) < 0,
          "Evaluation %s %s lists populations out of order: %s after %s", id, meeting, code, last);
      last = code;
    }
    throw new IllegalStateException("Evaluation " + id + " " + meeting + ": populations " + codes
        + " refused although in order, each once");
  }

  /**
   * {@return whether {@code o} is an evaluation of equal attributes: indicator, cycle, status, reason, population rule,
   * populations (their results, made if they are not yet), score, baseline, published figures and flags}
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Evaluation e && indicator.equals(e.indicator) && cycle.equals(e.cycle)
        && status == e.status && populationRule.equals(e.populationRule) && score.equals(e.score)
        && notes.equals(e.notes) && populations().equals(e.populations());
  }

  /** {@return a hash of the attributes {@link #equals} compares} */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + indicator.hashCode();
    h += (h << 5) + cycle.hashCode();
    h += (h << 5) + status.hashCode();
    h += (h << 5) + notes.reason.hashCode();
    h += (h << 5) + populationRule.hashCode();
    h += (h << 5) + populations().hashCode();
    h += (h << 5) + score.hashCode();
    h += (h << 5) + notes.baseline.hashCode();
    h += (h << 5) + notes.published.hashCode();
    h += (h << 5) + notes.flags.hashCode();
    return h;
  }

  @Override
  public String toString() {
    return indicator().id() + " " + cycle().meeting() + ": " + status()
        + score().map(s -> " " + s).orElse("") + reason().map(r -> " — " + r).orElse("")
        + (flags().isEmpty() ? "" : " " + flags().size() + " flag(s)");
  }

  /**
   * Builds an {@link Evaluation}: the indicator, cycle, status and population rule must be set; the optional
   * attributes unset are empty, the lists unset have nothing. {@link #build()} checks them. Not safe for use by several
   * threads at once.
   */
  public static final class Builder {

    private Indicator indicator;
    private ReportingCycle cycle;
    private EvaluationStatus status;
    private Optional<String> reason = Optional.empty();
    private String populationRule;
    private final List<PopulationResult> populations = new java.util.ArrayList<>();
    private Optional<Score> score = Optional.empty();
    private Optional<BaselineComparison> baseline = Optional.empty();
    private final List<PublishedComparison> published = new java.util.ArrayList<>();
    private final List<ConsistencyFlag> flags = new java.util.ArrayList<>();

    private Builder() {}

    /**
     * Sets every attribute to that of {@code evaluation}, its populations, published figures and flags added to any
     * added before.
     *
     * @param evaluation the evaluation to copy
     * @return this builder
     */
    public Builder from(Evaluation evaluation) {
      checkArgument(evaluation != null, "Evaluation.Builder.from: evaluation must not be null");
      indicator = evaluation.indicator;
      cycle = evaluation.cycle;
      status = evaluation.status;
      reason = evaluation.notes.reason;
      populationRule = evaluation.populationRule;
      populations.addAll(evaluation.populations());
      score = evaluation.score;
      baseline = evaluation.notes.baseline;
      published.addAll(evaluation.notes.published);
      flags.addAll(evaluation.notes.flags);
      return this;
    }

    /**
     * Sets the indicator evaluated.
     *
     * @param indicator the indicator
     * @return this builder
     */
    public Builder indicator(Indicator indicator) {
      this.indicator = required(indicator, "indicator");
      return this;
    }

    /**
     * Sets the reporting cycle.
     *
     * @param cycle the cycle
     * @return this builder
     */
    public Builder cycle(ReportingCycle cycle) {
      this.cycle = required(cycle, "cycle");
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(EvaluationStatus status) {
      this.status = required(status, "status");
      return this;
    }

    /**
     * Sets the reason.
     *
     * @param reason the reason
     * @return this builder
     */
    public Builder reason(String reason) {
      this.reason = Optional.of(required(reason, "reason"));
      return this;
    }

    /**
     * Sets the reason, or unsets it.
     *
     * @param reason the reason, or empty
     * @return this builder
     */
    public Builder reason(Optional<String> reason) {
      this.reason = required(reason, "reason");
      return this;
    }

    /**
     * Sets the population rule as applied, in words.
     *
     * @param populationRule the rule
     * @return this builder
     */
    public Builder populationRule(String populationRule) {
      this.populationRule = required(populationRule, "populationRule");
      return this;
    }

    /**
     * Adds population results, after any added before.
     *
     * @param populations the results
     * @return this builder
     */
    public Builder addPopulations(PopulationResult... populations) {
      return addAllPopulations(java.util.Arrays.asList(required(populations, "populations")));
    }

    /**
     * Adds population results, after any added before.
     *
     * @param populations the results
     * @return this builder
     */
    public Builder addAllPopulations(Iterable<? extends PopulationResult> populations) {
      for (PopulationResult p : required(populations, "populations")) {
        this.populations.add(required(p, "populations' element"));
      }
      return this;
    }

    /**
     * Sets the population results, replacing any added before.
     *
     * @param populations the results
     * @return this builder
     */
    public Builder populations(Iterable<? extends PopulationResult> populations) {
      required(populations, "populations");
      this.populations.clear();
      return addAllPopulations(populations);
    }

    /**
     * Sets the value.
     *
     * @param score the value
     * @return this builder
     */
    public Builder score(Score score) {
      this.score = Optional.of(required(score, "score"));
      return this;
    }

    /**
     * Sets the value, or unsets it.
     *
     * @param score the value, or empty
     * @return this builder
     */
    public Builder score(Optional<Score> score) {
      this.score = required(score, "score");
      return this;
    }

    /**
     * Sets the value against the baseline.
     *
     * @param baseline the comparison
     * @return this builder
     */
    public Builder baseline(BaselineComparison baseline) {
      this.baseline = Optional.of(required(baseline, "baseline"));
      return this;
    }

    /**
     * Sets the value against the baseline, or unsets it.
     *
     * @param baseline the comparison, or empty
     * @return this builder
     */
    public Builder baseline(Optional<BaselineComparison> baseline) {
      this.baseline = required(baseline, "baseline");
      return this;
    }

    /**
     * Adds published figures, after any added before.
     *
     * @param published the comparisons
     * @return this builder
     */
    public Builder addPublished(PublishedComparison... published) {
      return addAllPublished(java.util.Arrays.asList(required(published, "published")));
    }

    /**
     * Adds published figures, after any added before.
     *
     * @param published the comparisons
     * @return this builder
     */
    public Builder addAllPublished(Iterable<? extends PublishedComparison> published) {
      for (PublishedComparison p : required(published, "published")) {
        this.published.add(required(p, "published's element"));
      }
      return this;
    }

    /**
     * Sets the published figures, replacing any added before.
     *
     * @param published the comparisons
     * @return this builder
     */
    public Builder published(Iterable<? extends PublishedComparison> published) {
      required(published, "published");
      this.published.clear();
      return addAllPublished(published);
    }

    /**
     * Adds consistency flags, after any added before.
     *
     * @param flags the flags
     * @return this builder
     */
    public Builder addFlags(ConsistencyFlag... flags) {
      return addAllFlags(java.util.Arrays.asList(required(flags, "flags")));
    }

    /**
     * Adds consistency flags, after any added before.
     *
     * @param flags the flags
     * @return this builder
     */
    public Builder addAllFlags(Iterable<? extends ConsistencyFlag> flags) {
      for (ConsistencyFlag f : required(flags, "flags")) {
        this.flags.add(required(f, "flags' element"));
      }
      return this;
    }

    /**
     * Sets the consistency flags, replacing any added before.
     *
     * @param flags the flags
     * @return this builder
     */
    public Builder flags(Iterable<? extends ConsistencyFlag> flags) {
      required(flags, "flags");
      this.flags.clear();
      return addAllFlags(flags);
    }

    /**
     * {@return the evaluation}
     *
     * @throws IllegalArgumentException if the indicator, cycle, status or population rule is not set, or the
     *     attributes break a rule of the accessors; the message names what is missing or the rule
     */
    public Evaluation build() {
      java.util.List<String> missing = new java.util.ArrayList<>();
      if (indicator == null) {
        missing.add("indicator");
      }
      if (cycle == null) {
        missing.add("cycle");
      }
      if (status == null) {
        missing.add("status");
      }
      if (populationRule == null) {
        missing.add("populationRule");
      }
      checkArgument(missing.isEmpty(), "Evaluation.Builder: %s must be set before build()", missing);
      return new Evaluation(indicator, cycle, status, reason, populationRule, PopulationResult.listed(populations),
          score, baseline, ImmutableList.copyOf(published), ImmutableList.copyOf(flags));
    }

    private static <T> T required(T value, String field) {
      checkArgument(value != null, "Evaluation.%s must not be null", field);
      return value;
    }
  }
}
