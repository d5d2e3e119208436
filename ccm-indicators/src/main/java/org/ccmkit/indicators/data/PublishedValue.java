package org.ccmkit.indicators.data;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.FigureUnit;
import org.immutables.value.Value;

/**
 * A figure a progress report, the Review Document or another source printed for an indicator in a cycle, with its
 * denominator where printed, the States it names, and its source.
 */
@Value.Immutable
public abstract class PublishedValue {

  /** Implemented in this package only (by the generated immutable class). */
  PublishedValue() {}

  /** {@return the indicator, e.g. {@code LAP-23.2}; empty for a status figure that matches no indicator} */
  public abstract Optional<String> indicator();

  /** {@return the cycle, e.g. {@code 13MSP}, or {@code mid-2026} for VCAP status figures} */
  public abstract String cycle();

  /** {@return the figure} */
  public abstract BigDecimal value();

  /** {@return the denominator, where printed} */
  public abstract Optional<BigDecimal> denominator();

  /** {@return the unit of the figure} */
  public abstract FigureUnit unit();

  /** {@return For a quantity, its unit (e.g. {@code USD}, {@code CHF}, {@code km2})} */
  public abstract Optional<String> quantityUnit();

  /**
   * For an indicator that combines several counts (LAP-4.2: women presiding, women delegates …), the part the figure
   * is for.
   *
   * @return For an indicator that combines several counts (LAP-4.2: women presiding, women delegates …), the part the
   *     figure is for
   */
  public abstract Optional<String> component();

  /** {@return where the document gives a bound rather than a figure ("at least eight"): which bound} */
  public abstract Optional<Bound> bound();

  /**
   * Where the figure is not one of its cycle but of several (an average, a total, a sentence about the whole review
   * period): the cycles it covers, e.g. {@code 10MSP–13MSP}. Such a figure is recorded at a cycle of its period.
   *
   * @return where the figure is not one of its cycle but of several (an average, a total, a sentence about the whole
   *     review period): the cycles it covers, e.g. {@code 10MSP–13MSP}
   */
  public abstract Optional<String> period();

  /** {@return the States the document names for the figure, by ISO code} */
  public abstract ImmutableList<String> states();

  /** {@return where it is printed} */
  public abstract SourceRef source();

  /** {@return the words the figure comes from, verbatim} */
  public abstract Optional<String> quote();

  /** {@return a remark: the range of an average, a flag the document puts on the figure} */
  public abstract Optional<String> note();

  /** {@return the {@link #period()} as its first and last cycle} */
  public Optional<CyclePeriod> cyclePeriod() {
    return period().map(CyclePeriod::of);
  }

  /**
   * {@return whether the figure is one of its cycle: not an average or total over cycles, and not a figure of a period}
   */
  public boolean isCycleFigure() {
    return unit() != FigureUnit.AVERAGE && period().isEmpty();
  }

  /** {@return whether the figure is a value rather than a bound} */
  public boolean isExact() {
    return bound().isEmpty();
  }

  /**
   * The figure in words, as the writers and reasons show it: {@code ≥ 8 of 10}, {@code 64 %}, {@code 5 (component
   * WOMEN_PRESIDING)}, {@code 3 (period 10MSP–13MSP)}.
   *
   * @return the figure in words, as the writers and reasons show it: {@code ≥ 8 of 10}, {@code 64 %}, {@code 5
   *     (component WOMEN_PRESIDING)}, {@code 3 (period 10MSP–13MSP)}
   */
  public String figure() {
    return bound().map(b -> b.symbol() + " ").orElse("") + value().toPlainString()
        + (unit() == FigureUnit.PERCENT ? " %" : "") + denominator().map(d -> " of " + d.toPlainString()).orElse("")
        + component().map(c -> " (component " + c + ")").orElse("") + period().map(x -> " (period " + x + ")")
        .orElse("");
  }

  /** {@return a builder} */
  public static ImmutablePublishedValue.Builder builder() {
    return ImmutablePublishedValue.builder();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    String what = indicator().orElse("(no indicator)") + " " + cycle() + " [" + source() + "]";
    checkArgument(unit() != FigureUnit.CHANGE, "PublishedValue.unit must be COUNT, PERCENT, QUANTITY or AVERAGE (a "
        + "printed figure, not a computed change), was CHANGE for %s", what);
    period().ifPresent(p -> checkArgument(CyclePeriod.parse(p).isPresent(), "PublishedValue.period must be two "
        + "meetings' short names joined by an en dash, like '10MSP–13MSP', was '%s' for %s", p, what));
    checkArgument(value().signum() >= 0, "PublishedValue.value must not be negative, was %s for %s", value(), what);
    denominator().ifPresent(d -> {
      checkArgument(d.signum() > 0, "PublishedValue.denominator must be positive, was %s for %s", d, what);
      checkArgument(unit() == FigureUnit.PERCENT || value().compareTo(d) <= 0,
          "PublishedValue.value %s is larger than its denominator %s for %s", value(), d, what);
    });
    checkArgument(unit() != FigureUnit.PERCENT || value().compareTo(BigDecimal.valueOf(100)) <= 0,
        "PublishedValue.value is a percentage above 100: %s for %s", value(), what);
  }

  @Override
  public String toString() {
    return indicator().orElse("-") + " " + cycle() + ": " + bound().map(b -> b.symbol() + " ").orElse("")
        + value().toPlainString() + denominator().map(d -> "/" + d.toPlainString()).orElse("") + " " + unit()
        + period().map(p -> " (period " + p + ")").orElse("") + " [" + source() + "]";
  }
}
