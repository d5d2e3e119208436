package org.ccmkit.indicators.data;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A figure that is a bound rather than a value: "at least eight (8)", "above twenty-two (22)", "did not exceed
 * fifty-one (51)", "around 40". A bound is kept as a bound (shown as {@code ≥ 8}); it never becomes a trend point.
 * A computed count is {@link #AT_LEAST} its value when some members of the population have no data.
 */
public enum Bound {
  /** "at least", "never fell below": the true figure is the value or more. */
  AT_LEAST("≥"),
  /** "above", "more than": the true figure is more than the value. */
  MORE_THAN(">"),
  /** "did not exceed", "has not extended beyond": the true figure is the value or less. */
  AT_MOST("≤"),
  /** "around", "approximately". */
  APPROXIMATE("≈");

  private final String symbol;

  Bound(String symbol) {
    this.symbol = symbol;
  }

  /** {@return the symbol written before the value: {@code ≥}, {@code >}, {@code ≤}, {@code ≈}} */
  public String symbol() {
    return symbol;
  }

  /**
   * Whether an exact figure {@code exact} is consistent with this bound on {@code value}; an approximation is
   * consistent with any figure within 10 % of it.
   *
   * @param value the value
   * @param exact the exact value
   * @return whether an exact figure {@code exact} is consistent with this bound on {@code value}; an approximation is
   *     consistent with any figure within 10 % of it
   */
  public boolean admits(BigDecimal value, BigDecimal exact) {
    checkArgument(value != null && exact != null, "value and exact must not be null");
    switch (this) {
      case AT_LEAST:
        return exact.compareTo(value) >= 0;
      case MORE_THAN:
        return exact.compareTo(value) > 0;
      case AT_MOST:
        return exact.compareTo(value) <= 0;
      default:
        return exact.subtract(value).abs().compareTo(value.abs().multiply(BigDecimal.valueOf(0.1))) <= 0;
    }
  }

  /**
   * The bound named {@code text} ({@code AT_LEAST}, {@code at-least} …).
   *
   * @param text the text
   * @return the bound named {@code text} ({@code AT_LEAST}, {@code at-least} …)
   */
  public static Bound parse(String text) {
    checkArgument(text != null, "bound must not be null; expected one of %s", known());
    String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Bound b : values()) {
      if (b.name().equals(key)) {
        return b;
      }
    }
    throw new IllegalArgumentException("unknown bound '" + text + "'; expected one of " + known());
  }

  private static String known() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
