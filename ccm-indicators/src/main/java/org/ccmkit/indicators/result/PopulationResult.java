package org.ccmkit.indicators.result;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * One named population of an evaluation (FHIR MeasureReport {@code group.population}): its code, and its subjects
 * sorted by code (however they are given), each once, with the reasons and facts behind it.
 */
public abstract class PopulationResult {

  /** Implemented in this package only. */
  PopulationResult() {}

  /** {@return which population: initial population, denominator exclusion, denominator, numerator, no data} */
  public abstract PopulationCode code();

  /** {@return the subjects, sorted by code, each once} */
  public abstract ImmutableList<SubjectEntry> subjects();

  /**
   * A population result; the subjects are sorted by code. A population of no subjects is one shared value for each
   * code (results are immutable, and an evaluator makes many empty ones).
   *
   * @param code the code
   * @param subjects the subjects
   * @return a population result; the subjects are sorted by code
   */
  public static PopulationResult of(PopulationCode code, Iterable<SubjectEntry> subjects) {
    checkArgument(code != null, "PopulationResult.code must not be null");
    checkArgument(subjects != null, "PopulationResult.subjects must not be null (code %s)", code);
    if (subjects instanceof Collection<?> c && c.isEmpty()) {
      return PopulationResultValue.empty(code);
    }
    return PopulationResultValue.builder().code(code).subjects(subjects).build();
  }

  /**
   * A population result whose subjects are built on first use (by {@link #subjects()}, {@link #equals} or
   * {@link #hashCode}), once, from any thread: an evaluator knows who is in a population, as a set of subjects, long
   * before anyone reads why. It equals, and hashes as, the result of {@link #of} with the same subjects. Until the
   * subjects are built, it holds what {@code subjects} needs to build them; then it lets go of it.
   *
   * @param code the code
   * @param count the number of subjects {@code subjects} gives
   * @param subjectCodes gives the subjects' codes, sorted, each once, without building the subjects
   * @param subjects gives the subjects, sorted by code, each once; called at most once, and must be a pure function
   * @return a population result whose subjects are built on first use
   */
  public static PopulationResult deferred(PopulationCode code, int count, Supplier<ImmutableList<String>> subjectCodes,
      Supplier<ImmutableList<SubjectEntry>> subjects) {
    checkArgument(code != null, "PopulationResult.code must not be null");
    checkArgument(subjectCodes != null, "PopulationResult.subjectCodes must not be null (code %s)", code);
    checkArgument(subjects != null, "PopulationResult.subjects must not be null (code %s)", code);
    return deferred(code, count, new Source() {
      @Override
      public ImmutableList<String> subjectCodes(PopulationCode c) {
        return subjectCodes.get();
      }

      @Override
      public ImmutableList<SubjectEntry> subjects(PopulationCode c) {
        return subjects.get();
      }
    });
  }

  /**
   * A population result whose subjects {@code source} builds on first use, as {@link #deferred(PopulationCode, int,
   * Supplier, Supplier)} gives it: the evaluator gives the same source to all of an evaluation's populations, which
   * ask it, each by its own code, for their subjects.
   *
   * @param code the code
   * @param count the number of subjects {@code source} gives for {@code code}
   * @param source builds the subjects and their codes
   * @return a population result whose subjects are built on first use
   */
  public static PopulationResult deferred(PopulationCode code, int count, Source source) {
    checkArgument(code != null, "PopulationResult.code must not be null");
    checkArgument(count >= 0, "PopulationResult.count must not be negative, was %s (code %s)", count, code);
    checkArgument(source != null, "PopulationResult.source must not be null (code %s)", code);
    return PopulationResultValue.ofDeferred(code, count, source);
  }

  /**
   * What builds the subjects of deferred population results ({@link #deferred(PopulationCode, int, Source)}), shared
   * by the populations of one evaluation: each asks it for its own, by its code, at most once for its subjects and once
   * for their codes. Its methods must be pure functions of the code and safe to call from several threads at once.
   */
  public interface Source {

    /**
     * The codes of the subjects of population {@code code}, sorted, each once, built without building the subjects.
     *
     * @param code the population's code
     * @return the codes of the subjects of population {@code code}, sorted, each once
     */
    ImmutableList<String> subjectCodes(PopulationCode code);

    /**
     * The subjects of population {@code code}, sorted by code, each once.
     *
     * @param code the population's code
     * @return the subjects of population {@code code}, sorted by code, each once
     */
    ImmutableList<SubjectEntry> subjects(PopulationCode code);
  }

  /**
   * An evaluation's populations before their results are made: their codes in order, the number of subjects of each,
   * and what builds their subjects. An evaluation keeps it and makes its population results from it when they are
   * first read ({@link Evaluation#populations()}): an evaluator knows who is in each population, and how many, long
   * before anyone reads them, and a plan's evaluation need not make an object for each population of each indicator.
   * Its methods must be pure and safe to call from several threads at once.
   */
  public interface Deferred extends Source {

    /** {@return the codes of the populations, in the order of {@link Evaluation#populations()}, each once} */
    ImmutableList<PopulationCode> codes();

    /**
     * The number of subjects of population {@code code}, one of {@link #codes()}.
     *
     * @param code the population's code
     * @return the number of subjects of population {@code code}
     */
    int count(PopulationCode code);

    /**
     * The population results, in the order of {@link #codes()}: each {@linkplain PopulationResult#deferred(
     * PopulationCode, int, Source) deferred} on this source, an empty one shared. Called at most once by an evaluation.
     *
     * @return the population results, in the order of {@link #codes()}
     */
    default ImmutableList<PopulationResult> results() {
      ImmutableList<PopulationCode> codes = codes();
      PopulationResult[] results = new PopulationResult[codes.size()];
      for (int i = 0; i < results.length; i++) {
        PopulationCode code = codes.get(i);
        int count = count(code);
        results[i] = count == 0 ? PopulationResultValue.empty(code) : PopulationResultValue.ofDeferred(code, count, this);
      }
      return ImmutableList.copyOf(results);
    }
  }

  /**
   * The populations {@code results}, as an evaluation takes them: already made.
   *
   * @param results the population results, in the order of {@link Evaluation#populations()}
   * @return the populations {@code results}
   * @throws IllegalArgumentException if {@code results} or one of them is null
   */
  public static Deferred listed(Iterable<? extends PopulationResult> results) {
    checkArgument(results != null, "populations must not be null");
    ImmutableList.Builder<PopulationResult> copy = ImmutableList.builder();
    for (PopulationResult r : results) {
      checkArgument(r != null, "populations must not contain null, was %s", results);
      copy.add(r);
    }
    return new Listed(copy.build());
  }

  /** Populations already made. */
  private static final class Listed implements Deferred {

    private final ImmutableList<PopulationResult> results;
    private final ImmutableList<PopulationCode> codes;

    Listed(ImmutableList<PopulationResult> results) {
      this.results = results;
      this.codes = results.stream().map(PopulationResult::code).collect(ImmutableList.toImmutableList());
    }

    @Override
    public ImmutableList<PopulationCode> codes() {
      return codes;
    }

    @Override
    public int count(PopulationCode code) {
      return result(code).count();
    }

    @Override
    public ImmutableList<String> subjectCodes(PopulationCode code) {
      return result(code).subjectCodes();
    }

    @Override
    public ImmutableList<SubjectEntry> subjects(PopulationCode code) {
      return result(code).subjects();
    }

    @Override
    public ImmutableList<PopulationResult> results() {
      return results;
    }

    private PopulationResult result(PopulationCode code) {
      for (PopulationResult r : results) {
        if (r.code() == code) {
          return r;
        }
      }
      throw new IllegalArgumentException("no population " + code + " among " + codes);
    }
  }

  /** {@return the number of subjects} */
  public int count() {
    return subjects().size();
  }

  /** {@return the subjects' codes, sorted} */
  public ImmutableList<String> subjectCodes() {
    return subjects().stream().map(SubjectEntry::subject).collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether {@code subject} is in the population.
   *
   * @param subject the subject: a State's code or a meeting's id
   * @return whether {@code subject} is in the population
   */
  public boolean contains(String subject) {
    return subjects().stream().anyMatch(s -> s.subject().equals(subject));
  }

  /**
   * Sorts the subjects by code if they are not; refuses a subject listed twice. The builder calls it.
   *
   * @return the population result
   */
  protected PopulationResult normalize() {
    boolean sorted = true;
    for (int i = 1; i < subjects().size(); i++) {
      int c = subjects().get(i - 1).subject().compareTo(subjects().get(i).subject());
      sorted &= c < 0;
      checkArgument(c != 0, "PopulationResult %s lists subject %s twice", code(), subjects().get(i).subject());
    }
    if (sorted) {
      return this;
    }
    ImmutableList<SubjectEntry> bySubject = ImmutableList.sortedCopyOf(subjects());
    for (int i = 1; i < bySubject.size(); i++) {
      checkArgument(!bySubject.get(i - 1).subject().equals(bySubject.get(i).subject()),
          "PopulationResult %s lists subject %s twice", code(), bySubject.get(i).subject());
    }
    return PopulationResultValue.builder().code(code()).subjects(bySubject).build();
  }

  /**
   * Whether {@code o} is a population result with the same code and the same subjects.
   *
   * @param o the object to compare with
   * @return whether {@code o} is a population result with the same code and the same subjects
   */
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof PopulationResult p && code().equals(p.code()) && subjects().equals(p.subjects());
  }

  /** {@return the hash of the code and the subjects} */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + code().hashCode();
    h += (h << 5) + subjects().hashCode();
    return h;
  }

  @Override
  public String toString() {
    return code().code() + " (" + count() + "): " + subjectCodes();
  }
}
