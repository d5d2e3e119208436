package org.ccmkit.indicators.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import org.ccmkit.model.plan.Direction;

/**
 * How an indicator moved since the previous cycle (or, where there is no previous value, since its baseline), judged by
 * its desired direction.
 */
public enum Trend {
  /** Moved the desired way: up for {@link Direction#INCREASE}, down for {@link Direction#DECREASE}. */
  IMPROVED,
  /** Did not move. */
  HELD,
  /** Moved against the desired direction. */
  REGRESSED,
  /** Moved, for an indicator whose direction is {@link Direction#NEUTRAL} (neither way is progress). */
  CHANGED,
  /**
   * No trend point now (no value, or a value that is a bound or a figure of a period), or no trend point in the same
   * unit to compare it with.
   */
  NO_DATA;

  /**
   * The trend from {@code before} to {@code now} for an indicator with desired direction {@code direction}.
   *
   * @param direction the direction of progress
   * @param before the earlier value
   * @param now the value now
   * @return the trend from {@code before} to {@code now} for an indicator with desired direction {@code direction}
   */
  public static Trend of(Direction direction, BigDecimal before, BigDecimal now) {
    checkArgument(direction != null && before != null && now != null,
        "Trend.of needs a direction and two values, was direction=%s, before=%s, now=%s", direction, before, now);
    int c = now.compareTo(before);
    if (c == 0) {
      return HELD;
    }
    switch (direction) {
      case INCREASE:
        return c > 0 ? IMPROVED : REGRESSED;
      case DECREASE:
        return c < 0 ? IMPROVED : REGRESSED;
      default:
        return CHANGED;
    }
  }
}
