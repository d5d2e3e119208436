package org.ccmkit.indicators.result;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;
import org.ccmkit.model.plan.Baseline;
import org.ccmkit.model.plan.FigureUnit;
import org.immutables.value.Value;

/**
 * An indicator's value set against its baseline: the baseline the plan printed (VCAP: "16; 13MSP", "2/100%") or, where
 * the plan printed none or an unknown one ("X%"), the value computed for a cycle the caller names (the LAP set its
 * baselines in its first year, the 10MSP cycle). The change is the value minus the baseline, in one unit.
 */
@Value.Immutable
public abstract class BaselineComparison {

  /** Implemented in this package only (by the generated immutable class). */
  BaselineComparison() {}

  /** {@return the baseline as the plan printed it, when the comparison uses it} */
  public abstract Optional<Baseline> printed();

  /** {@return the cycle whose value is the baseline, when the comparison uses one (e.g. {@code 10MSP})} */
  public abstract Optional<String> baselineCycle();

  /** {@return the unit both figures are in} */
  public abstract FigureUnit unit();

  /** {@return the baseline figure} */
  public abstract BigDecimal baselineValue();

  /** {@return the value in the cycle evaluated} */
  public abstract BigDecimal value();

  /** {@return a builder} */
  public static ImmutableBaselineComparison.Builder builder() {
    return ImmutableBaselineComparison.builder();
  }

  /** {@return the change from the baseline: value minus baseline (negative when the value fell)} */
  public BigDecimal change() {
    return value().subtract(baselineValue());
  }

  /** {@return what the baseline is: "baseline 16; 13MSP (as of 13MSP)" or "baseline cycle 10MSP"} */
  public String reference() {
    return printed().map(b -> "baseline " + b).orElseGet(() -> "baseline cycle " + baselineCycle().orElseThrow());
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(printed().isPresent() != baselineCycle().isPresent(),
        "BaselineComparison needs exactly one of printed (%s) and baselineCycle (%s)", printed().orElse(null),
        baselineCycle().orElse(null));
  }

  @Override
  public String toString() {
    return value().toPlainString() + " against " + reference() + ": change " + change().toPlainString() + " "
        + unit();
  }
}
