package org.ccmkit.indicators.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.ccmkit.model.plan.DataElement;
import org.immutables.value.Value;

/**
 * One side of a rule: the sum of some data elements' values (a number as given, {@code true} as 1 and {@code false}
 * as 0) plus a constant, with what to do when an element has no value.
 */
@Value.Immutable
public abstract class Side {

  /** Implemented in this package only (by the generated immutable class). */
  Side() {}

  /** {@return the data elements summed; may be empty for a constant side} */
  public abstract ImmutableList<String> elements();

  /** {@return the constant added} */
  @Value.Default
  public BigDecimal constant() {
    return BigDecimal.ZERO;
  }

  /** {@return what to do when an element has no value} */
  @Value.Default
  public MissingValueStrategy missing() {
    return MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING;
  }

  /**
   * The sum of {@code elements}, skipping the check when any is missing.
   *
   * @param elements the data elements
   * @return the sum of {@code elements}, skipping the check when any is missing
   */
  public static Side sum(String... elements) {
    return ImmutableSide.builder().addElements(elements).build();
  }

  /**
   * A constant.
   *
   * @param value the value
   * @return a constant
   */
  public static Side constant(long value) {
    return ImmutableSide.builder().constant(BigDecimal.valueOf(value)).build();
  }

  /**
   * This side with another missing-value strategy.
   *
   * @param strategy the strategy
   * @return this side with another missing-value strategy
   */
  public Side withMissing(MissingValueStrategy strategy) {
    return ImmutableSide.builder().from(this).missing(strategy).build();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    for (String e : elements()) {
      checkArgument(DataElement.isKey(e), "Side.elements: '%s' is not a data element key (like 'meeting.delegation-women')",
          e);
    }
  }

  @Override
  public String toString() {
    String sum = String.join(" + ", elements());
    if (sum.isEmpty()) {
      return constant().toPlainString();
    }
    return constant().signum() == 0 ? sum : sum + " + " + constant().toPlainString();
  }
}
