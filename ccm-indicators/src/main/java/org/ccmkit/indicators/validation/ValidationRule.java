package org.ccmkit.indicators.validation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.ccmkit.model.plan.DataElement;
import org.immutables.value.Value;

/**
 * A user-written rule over a dataset's facts, checked for every subject and cycle with a fact for one of its elements:
 * "women delegates ≤ delegates" is {@code left = sum(meeting.delegation-women)}, {@code operator = LESS_OR_EQUAL},
 * {@code right = sum(meeting.delegation-size)}. A rule may apply only where a condition element is affirmative ("a
 * State reporting completed clearance has no outstanding clearance area": when {@code art4.clearance-completed},
 * {@code art4.area-remaining = 0}).
 */
@Value.Immutable
public abstract class ValidationRule {

  /** Implemented in this package only (by the generated immutable class). */
  ValidationRule() {}

  /** {@return a short id: {@code W1}} */
  public abstract String id();

  /** {@return what the rule says, in the user's words} */
  public abstract String description();

  /** {@return how much a failure matters} */
  public abstract Importance importance();

  /** {@return the left side} */
  public abstract Side left();

  /** {@return the comparison} */
  public abstract Operator operator();

  /** {@return the right side} */
  public abstract Side right();

  /** {@return a data element that must be affirmative for the rule to apply to a subject in a cycle} */
  public abstract Optional<String> when();

  /** {@return a builder} */
  public static ImmutableValidationRule.Builder builder() {
    return ImmutableValidationRule.builder();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(!id().isBlank(), "ValidationRule.id must not be blank (%s)", description());
    checkArgument(!description().isBlank(), "ValidationRule.description must not be blank (rule %s)", id());
    checkArgument(!left().elements().isEmpty() || !right().elements().isEmpty(),
        "ValidationRule %s compares two constants (%s %s %s): it needs a data element", id(), left(),
        operator().symbol(), right());
    when().ifPresent(w -> checkArgument(DataElement.isKey(w),
        "ValidationRule %s: when '%s' is not a data element key", id(), w));
  }

  @Override
  public String toString() {
    return id() + " (" + importance() + "): " + when().map(w -> "when " + w + ", ").orElse("") + left() + " "
        + operator().symbol() + " " + right() + " — " + description();
  }
}
