package org.ccmkit.indicators.validation;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.immutables.value.Value;

/**
 * A rule that does not hold, or could not be checked, for one subject in one cycle: located by rule, subject and
 * cycle, with the values of both sides where known, what is wrong in words, and the sources of the facts behind it.
 */
@Value.Immutable
public abstract class ValidationFailure {

  /** Implemented in this package only (by the generated immutable class). */
  ValidationFailure() {}

  /** {@return the rule} */
  public abstract ValidationRule rule();

  /** {@return the subject: a State's ISO code, a delegation, an extension request} */
  public abstract String subject();

  /** {@return the cycle (the meeting's short name)} */
  public abstract String cycle();

  /** {@return the left side's value, where it could be computed} */
  public abstract Optional<BigDecimal> left();

  /** {@return the right side's value, where it could be computed} */
  public abstract Optional<BigDecimal> right();

  /** {@return what is wrong, in the user's words} */
  public abstract String message();

  /** {@return the sources of the facts the sides were computed from} */
  public abstract ImmutableList<SourceRef> sources();

  /** {@return whether the rule was checked and does not hold (rather than needing a value that is missing)} */
  public abstract boolean violated();

  /** {@return a builder} */
  public static ImmutableValidationFailure.Builder builder() {
    return ImmutableValidationFailure.builder();
  }

  /** {@return the rule's importance} */
  public Importance importance() {
    return rule().importance();
  }

  @Override
  public String toString() {
    return "rule " + rule().id() + " (" + importance() + "), " + subject() + " " + cycle() + ": " + message()
        + (sources().isEmpty() ? "" : " " + sources());
  }
}
