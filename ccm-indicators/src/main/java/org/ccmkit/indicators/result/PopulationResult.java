package org.ccmkit.indicators.result;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * One named population of an evaluation (FHIR MeasureReport {@code group.population}): its code, and its subjects
 * sorted by code (however they are given), each once, with the reasons and facts behind it.
 */
@Value.Immutable
public abstract class PopulationResult {

  /** {@return which population: initial population, denominator exclusion, denominator, numerator, no data} */
  public abstract PopulationCode code();

  /** {@return the subjects, sorted by code, each once} */
  public abstract ImmutableList<SubjectEntry> subjects();

  /**
   * A population result; the subjects are sorted by code.
   *
   * @param code the code
   * @param subjects the subjects
   * @return a population result; the subjects are sorted by code
   */
  public static PopulationResult of(PopulationCode code, Iterable<SubjectEntry> subjects) {
    checkArgument(code != null, "PopulationResult.code must not be null");
    checkArgument(subjects != null, "PopulationResult.subjects must not be null (code %s)", code);
    return ImmutablePopulationResult.builder().code(code).subjects(subjects).build();
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
   * Sorts the subjects by code if they are not; refuses a subject listed twice.
   *
   * @return the population result
   */
  @Value.Check
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
    return ImmutablePopulationResult.builder().code(code()).subjects(bySubject).build();
  }

  @Override
  public String toString() {
    return code().code() + " (" + count() + "): " + subjectCodes();
  }
}
