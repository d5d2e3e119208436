package org.ccmkit.indicators.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The outcome of checking rules on a dataset: how many (rule, subject, cycle) checks were made, how many passed, the
 * failures, and the checks skipped by a missing-value strategy or a condition not met, each with why. Checks made =
 * passed + failures; nothing considered is dropped without being counted.
 */
@Value.Immutable
public abstract class ValidationResult {

  /** Implemented in this package only (by the generated immutable class). */
  ValidationResult() {}

  /** {@return the rules checked} */
  public abstract ImmutableList<ValidationRule> rules();

  /** {@return the checks made} */
  public abstract int checks();

  /** {@return the checks that passed} */
  public abstract int passed();

  /** {@return the checks that failed, located} */
  public abstract ImmutableList<ValidationFailure> failures();

  /** {@return the checks skipped, each with its subject, cycle and why ("no value for meeting.delegation-size")} */
  public abstract ImmutableList<String> skipped();

  /** {@return a builder} */
  public static ImmutableValidationResult.Builder builder() {
    return ImmutableValidationResult.builder();
  }

  /**
   * The failures of the given importance.
   *
   * @param importance the importance
   * @return the failures of the given importance
   */
  public ImmutableList<ValidationFailure> failures(Importance importance) {
    return failures().stream().filter(f -> f.importance() == importance).collect(ImmutableList.toImmutableList());
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(checks() == passed() + failures().size(),
        "ValidationResult: checks (%s) must be passed (%s) + failures (%s)", checks(), passed(), failures().size());
  }

  @Override
  public String toString() {
    return checks() + " checks of " + rules().size() + " rules: " + passed() + " passed, " + failures().size()
        + " failed, " + skipped().size() + " skipped";
  }
}
