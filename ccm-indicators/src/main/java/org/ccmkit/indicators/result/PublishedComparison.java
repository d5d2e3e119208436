package org.ccmkit.indicators.result;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.ccmkit.indicators.data.Bound;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.model.plan.FigureUnit;
import org.immutables.value.Value;

/**
 * A figure a document published for the indicator and cycle, set beside the computed one: the computed figure in the
 * published unit, whether they differ (the computed figure rounded to the published figure's decimals), whether the
 * denominators differ, and which named States only one side counts. A difference is shown, never hidden.
 */
@Value.Immutable
public abstract class PublishedComparison {

  /** Implemented in this package only (by the generated immutable class). */
  PublishedComparison() {}

  /** {@return the published figure with its source} */
  public abstract PublishedValue published();

  /**
   * {@return the computed figure in the published unit; empty when nothing was computed or the units cannot be compared}
   */
  public abstract Optional<BigDecimal> computed();

  /**
   * Where the computed figure is a bound: {@link Bound#AT_LEAST} when some members of the population have no data.
   *
   * @return where the computed figure is a bound: {@link Bound#AT_LEAST} when some members of the population have no
   *     data
   */
  public abstract Optional<Bound> computedBound();

  /**
   * Where the printed figure is of a period and the computed figure beside it was computed over that period rather
   * than for the cycle: what it covers, e.g. "States Parties entering between 2021-01-01 and 2025-12-31".
   *
   * @return where the printed figure is of a period and the computed figure beside it was computed over that period
   *     rather than for the cycle: what it covers, e.g. "States Parties entering between 2021-01-01 and 2025-12-31"
   */
  public abstract Optional<String> computedOver();

  /**
   * {@return where the computed figure is a figure of a period (computed from facts of a period): the cycles it covers}
   */
  public abstract Optional<String> computedPeriod();

  /** {@return the computed denominator, where there is one} */
  public abstract Optional<Long> computedDenominator();

  /**
   * States the document names for the figure that the computed numerator does not count, sorted.
   *
   * @return those States' codes
   */
  public abstract ImmutableList<String> onlyPublished();

  /**
   * States the computed numerator counts that the document does not name, sorted; empty when the document names no
   * States.
   *
   * @return those States' codes
   */
  public abstract ImmutableList<String> onlyComputed();

  /** {@return a builder} */
  public static ImmutablePublishedComparison.Builder builder() {
    return ImmutablePublishedComparison.builder();
  }

  /**
   * Whether the computed figure, rounded to as many decimals as the published one, is a different number from it
   * (bounds aside); empty when there is no computed figure to compare.
   *
   * @return whether the computed figure, rounded to as many decimals as the published one, is a different number from
   *     it (bounds aside); empty when there is no computed figure to compare
   */
  public Optional<Boolean> valueDiffers() {
    return computed().map(c -> c.setScale(Math.max(published().value().scale(), 0), RoundingMode.HALF_UP)
        .compareTo(published().value()) != 0);
  }

  /** {@return whether the published denominator differs from the computed one; empty when either is missing} */
  public Optional<Boolean> denominatorDiffers() {
    if (published().denominator().isEmpty() || computedDenominator().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(published().denominator().get().compareTo(BigDecimal.valueOf(computedDenominator().get())) != 0);
  }

  /**
   * How the computed figure stands against the printed one, by value, bounds and the States named: see
   * {@link Agreement}. {@link Agreement#NOT_COMPARED} when nothing was computed or the printed figure is an average.
   *
   * @return how the computed figure stands against the printed one, by value, bounds and the States named: see {@link
   *     Agreement}
   */
  public Agreement agreement() {
    if (computed().isEmpty()) {
      return Agreement.NOT_COMPARED;
    }
    if (!onlyPublished().isEmpty() || !onlyComputed().isEmpty()) {
      return Agreement.DIFFERS;
    }
    Agreement byValue = byValue();
    // A figure of a period and a figure of a cycle are not the same figure, however equal.
    boolean samePeriod = (computedPeriod().isPresent() || computedOver().isPresent()) == published().period()
        .isPresent();
    return byValue == Agreement.AGREES && !samePeriod ? Agreement.CONSISTENT : byValue;
  }

  private Agreement byValue() {
    BigDecimal c = computed().get().setScale(Math.max(published().value().scale(), 0), RoundingMode.HALF_UP);
    BigDecimal p = published().value();
    Optional<Bound> printed = published().bound();
    if (computedBound().isEmpty()) {
      if (printed.isEmpty()) {
        return c.compareTo(p) == 0 ? Agreement.AGREES : Agreement.DIFFERS;
      }
      return printed.get().admits(p, c) ? Agreement.CONSISTENT : Agreement.DIFFERS;
    }
    // The computed figure is at least c: it contradicts a printed figure only where the printed one must be smaller,
    // or where the printed figure could not be reached within the computed denominator.
    if (computedDenominator().isPresent() && published().unit() == FigureUnit.COUNT
        && exceeds(p, printed, BigDecimal.valueOf(computedDenominator().get()))) {
      return Agreement.DIFFERS;
    }
    if (printed.isEmpty()) {
      int cmp = c.compareTo(p);
      return cmp == 0 ? Agreement.AGREES : cmp < 0 ? Agreement.CONSISTENT : Agreement.DIFFERS;
    }
    boolean upper = printed.get() == Bound.AT_MOST;
    boolean aboveApproximate = printed.get() == Bound.APPROXIMATE
        && c.compareTo(p.multiply(BigDecimal.valueOf(1.1))) > 0;
    return upper && c.compareTo(p) > 0 || aboveApproximate ? Agreement.DIFFERS : Agreement.CONSISTENT;
  }

  /** Whether a printed count {@code p} (with its bound) cannot be met within {@code denominator} members. */
  private static boolean exceeds(BigDecimal p, Optional<Bound> bound, BigDecimal denominator) {
    if (bound.isEmpty() || bound.get() == Bound.AT_LEAST) {
      return p.compareTo(denominator) > 0;
    }
    return bound.get() == Bound.MORE_THAN && p.compareTo(denominator) >= 0;
  }

  /**
   * Whether the two disagree in any way that can be checked: the value ({@link #agreement()} is
   * {@link Agreement#DIFFERS}), the denominator, or the States named.
   *
   * @return whether the two disagree in any way that can be checked: the value ({@link #agreement()} is {@link
   *     Agreement#DIFFERS}), the denominator, or the States named
   */
  public boolean differs() {
    return agreement() == Agreement.DIFFERS || denominatorDiffers().orElse(false);
  }

  /** {@return the computed figure minus the published one; empty when there is no computed figure} */
  public Optional<BigDecimal> difference() {
    return computed().map(c -> c.subtract(published().value()));
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(computed().isEmpty() || published().unit() != FigureUnit.AVERAGE,
        "PublishedComparison cannot compare a computed figure with an average over cycles (%s)", published());
  }

  @Override
  public String toString() {
    return "published " + published() + " / computed "
        + computed().map(c -> computedBound().map(b -> b.symbol() + " ").orElse("") + c.toPlainString()).orElse("-")
        + " " + agreement();
  }
}
