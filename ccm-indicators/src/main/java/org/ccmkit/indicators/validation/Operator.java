package org.ccmkit.indicators.validation;

import java.math.BigDecimal;

/** How a rule compares its left side with its right. */
public enum Operator {
  /** Left less than right. */
  LESS_THAN("<"),
  /** Left not greater than right. */
  LESS_OR_EQUAL("≤"),
  /** Left equal to right (as numbers: 1.0 equals 1). */
  EQUAL("="),
  /** Left different from right. */
  NOT_EQUAL("≠"),
  /** Left not less than right. */
  GREATER_OR_EQUAL("≥"),
  /** Left greater than right. */
  GREATER_THAN(">");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  /** {@return the symbol: {@code ≤}} */
  public String symbol() {
    return symbol;
  }

  /**
   * Whether {@code left} and {@code right} stand in this relation.
   *
   * @param left the left
   * @param right the right
   * @return whether {@code left} and {@code right} stand in this relation
   */
  public boolean holds(BigDecimal left, BigDecimal right) {
    int c = left.compareTo(right);
    switch (this) {
      case LESS_THAN:
        return c < 0;
      case LESS_OR_EQUAL:
        return c <= 0;
      case EQUAL:
        return c == 0;
      case NOT_EQUAL:
        return c != 0;
      case GREATER_OR_EQUAL:
        return c >= 0;
      default:
        return c > 0;
    }
  }
}
