package org.ccmkit.model.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indicator's baseline exactly as the plan prints it ({@code X%}, {@code 112}, {@code 16; 13MSP}, {@code 2/100%},
 * {@code 0; 2026}), with the number and percentage parsed where one is printed and the date or meeting it is as of.
 * A baseline printed as {@code X} or {@code X%} is not yet known.
 */
@Value.Immutable
public abstract class Baseline {

  /** Implemented in this package only (by the generated immutable class). */
  Baseline() {}

  /** {@return the text as printed, e.g. {@code 16; 13MSP}} */
  public abstract String raw();

  /** {@return the number printed, if any ({@code 16} for {@code 16; 13MSP}, {@code 2} for {@code 2/100%})} */
  public abstract Optional<BigDecimal> value();

  /** {@return the percentage printed, if any ({@code 100} for {@code 2/100%})} */
  public abstract Optional<BigDecimal> percent();

  /** {@return the date or meeting the baseline is as of: {@code mid-2026} unless the entry names another} */
  public abstract String asOf();

  /** {@return a builder} */
  public static ImmutableBaseline.Builder builder() {
    return ImmutableBaseline.builder();
  }

  /** {@return whether a number or percentage is printed} */
  public boolean isKnown() {
    return value().isPresent() || percent().isPresent();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(!asOf().isBlank(), "Baseline.asOf must not be blank (raw '%s')", raw());
    percent().ifPresent(p -> checkArgument(p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0,
        "Baseline.percent must be between 0 and 100, was %s (raw '%s')", p, raw()));
  }

  @Override
  public String toString() {
    return raw() + " (as of " + asOf() + ")";
  }
}
