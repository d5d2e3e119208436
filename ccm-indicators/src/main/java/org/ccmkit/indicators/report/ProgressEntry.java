package org.ccmkit.indicators.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;
import org.ccmkit.indicators.result.BaselineComparison;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.model.plan.Baseline;
import org.ccmkit.model.plan.Indicator;
import org.immutables.value.Value;

/**
 * One line of a progress report: an indicator, its evaluation in the cycle, its value in the previous cycle, its
 * baseline, and whether it improved, held or regressed in the light of its desired direction.
 */
@Value.Immutable
public abstract class ProgressEntry {

  /** Implemented in this package only (by the generated immutable class). */
  ProgressEntry() {}

  /** {@return the evaluation in the report's cycle} */
  public abstract Evaluation evaluation();

  /** {@return the evaluation in the previous cycle, if the dataset has one} */
  public abstract Optional<Evaluation> previous();

  /** {@return how the value moved since the previous cycle, else since the baseline} */
  public abstract Trend trend();

  /** {@return a builder} */
  public static ImmutableProgressEntry.Builder builder() {
    return ImmutableProgressEntry.builder();
  }

  /** {@return the indicator} */
  public Indicator indicator() {
    return evaluation().indicator();
  }

  /** {@return the value in the cycle} */
  public Optional<BigDecimal> value() {
    return evaluation().value();
  }

  /** {@return the value in the previous cycle} */
  public Optional<BigDecimal> previousValue() {
    return previous().flatMap(Evaluation::value);
  }

  /** {@return the baseline as the plan printed it, if it did} */
  public Optional<Baseline> printedBaseline() {
    return indicator().baseline();
  }

  /** {@return the value against the baseline, where both are known in one unit} */
  public Optional<BaselineComparison> baseline() {
    return evaluation().baseline();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    previous().ifPresent(p -> checkArgument(p.indicator().id().equals(evaluation().indicator().id())
            && p.cycle().compareTo(evaluation().cycle()) < 0,
        "ProgressEntry.previous must be an earlier evaluation of %s, was %s", evaluation().indicator().id(), p));
    checkArgument(trend() == Trend.NO_DATA || value().isPresent(),
        "ProgressEntry of %s has trend %s without a value", evaluation().indicator().id(), trend());
  }

  @Override
  public String toString() {
    return indicator().id() + ": " + value().map(BigDecimal::toPlainString).orElse("-") + " (previous "
        + previousValue().map(BigDecimal::toPlainString).orElse("-") + ") " + trend();
  }
}
