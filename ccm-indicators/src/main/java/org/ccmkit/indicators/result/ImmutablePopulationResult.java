package org.ccmkit.indicators.result;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The immutable implementation of {@link PopulationResult}, written by hand rather than generated so that its subjects
 * can be built on first use ({@link PopulationResult#deferred}): an evaluator knows who is in each population, as a set
 * of subjects, long before anyone reads why. Built either way, it holds a code and its subjects, equals and hashes by
 * them, and is safe to share between threads.
 *
 * <p>Use the builder to create instances: {@code ImmutablePopulationResult.builder()}.
 */
public final class ImmutablePopulationResult extends PopulationResult {

  private final PopulationCode code;
  /** An {@link ImmutableList}, or {@link DeferredSubjects} that build one on first use. */
  private final List<SubjectEntry> subjects;

  private ImmutablePopulationResult(PopulationCode code, List<SubjectEntry> subjects) {
    this.code = code;
    this.subjects = subjects;
  }

  /** The result of {@code code} whose {@code count} subjects {@code subjects} builds on first use. */
  static ImmutablePopulationResult ofDeferred(PopulationCode code, int count,
      Supplier<ImmutableList<String>> subjectCodes, Supplier<ImmutableList<SubjectEntry>> subjects) {
    return new ImmutablePopulationResult(code, new DeferredSubjects(code, count, subjectCodes, subjects));
  }

  /** {@return which population: initial population, denominator exclusion, denominator, numerator, no data} */
  @Override
  public PopulationCode code() {
    return code;
  }

  /** {@return the subjects, sorted by code, each once} */
  @Override
  public ImmutableList<SubjectEntry> subjects() {
    return subjects instanceof DeferredSubjects d ? d.list() : (ImmutableList<SubjectEntry>) subjects;
  }

  /** {@return the number of subjects, known without building them} */
  @Override
  public int count() {
    return subjects.size();
  }

  /** {@return the subjects' codes, sorted} */
  @Override
  public ImmutableList<String> subjectCodes() {
    return subjects instanceof DeferredSubjects d ? d.codes() : super.subjectCodes();
  }

  /**
   * Whether {@code subject} is in the population.
   *
   * @param subject the subject: a State's code or a meeting's id
   * @return whether {@code subject} is in the population
   */
  @Override
  public boolean contains(String subject) {
    return subjects instanceof DeferredSubjects d ? d.codes().contains(subject) : super.contains(subject);
  }

  /**
   * Creates a builder: {@code .code(…)} (required), {@code .addSubjects|addAllSubjects(…)}, {@code .build()}.
   *
   * @return a new builder
   */
  public static ImmutablePopulationResult.Builder builder() {
    return new ImmutablePopulationResult.Builder();
  }

  /**
   * Builds instances of {@link ImmutablePopulationResult}: set the attributes, then call {@link #build()}. Not
   * thread-safe; use it at once rather than keep it.
   */
  public static final class Builder {

    private PopulationCode code;
    private ImmutableList.Builder<SubjectEntry> subjects = ImmutableList.builder();

    private Builder() {}

    /**
     * Fills the builder from {@code instance}: its code replaces this one's, its subjects are added.
     *
     * @param instance the instance to copy
     * @return this builder
     */
    public Builder from(PopulationResult instance) {
      Objects.requireNonNull(instance, "instance");
      code(instance.code());
      addAllSubjects(instance.subjects());
      return this;
    }

    /**
     * Sets the {@link PopulationResult#code() code}.
     *
     * @param code the code
     * @return this builder
     */
    public Builder code(PopulationCode code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    /**
     * Adds one subject.
     *
     * @param element a subject
     * @return this builder
     */
    public Builder addSubjects(SubjectEntry element) {
      subjects.add(element);
      return this;
    }

    /**
     * Adds subjects.
     *
     * @param elements the subjects
     * @return this builder
     */
    public Builder addSubjects(SubjectEntry... elements) {
      subjects.add(elements);
      return this;
    }

    /**
     * Sets or replaces the subjects.
     *
     * @param elements the subjects
     * @return this builder
     */
    public Builder subjects(Iterable<? extends SubjectEntry> elements) {
      subjects = ImmutableList.builder();
      return addAllSubjects(elements);
    }

    /**
     * Adds subjects.
     *
     * @param elements the subjects
     * @return this builder
     */
    public Builder addAllSubjects(Iterable<? extends SubjectEntry> elements) {
      subjects.addAll(elements);
      return this;
    }

    /**
     * Builds the population result; its subjects are sorted by code.
     *
     * @return the population result
     * @throws IllegalStateException if the code is not set
     * @throws IllegalArgumentException if a subject is listed twice
     */
    public ImmutablePopulationResult build() {
      if (code == null) {
        List<String> missing = new ArrayList<>();
        missing.add("code");
        throw new IllegalStateException("Cannot build PopulationResult, some of required attributes are not set "
            + missing);
      }
      return (ImmutablePopulationResult) new ImmutablePopulationResult(code, subjects.build()).normalize();
    }
  }
}
