package org.ccmkit.model.plan;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The unit of a figure, computed or printed: the one unit enum of the library. An indicator's value is expressed in
 * one or two of them, headline first (see {@code Indicator#units()}): "The number of …" in COUNT, "Percentage of …" in
 * PERCENT, "Number and percentage of …" in PERCENT then COUNT, a sum in QUANTITY, "The increase in the number of …" in
 * CHANGE. A computed score's value is a COUNT, a PERCENT, a QUANTITY or a CHANGE (see {@code Score#unit()}); a figure
 * a document printed is a COUNT, a PERCENT, a QUANTITY or an AVERAGE (see {@code PublishedValue#unit()}).
 */
public enum FigureUnit {
  /** A count of subjects (or of cases, for an indicator without a population): "The number of …". */
  COUNT,
  /** A percentage, 0 to 100, of the population: "Percentage of …". */
  PERCENT,
  /** A quantity that is not a count of subjects: money, munitions, square kilometres, people. */
  QUANTITY,
  /**
   * A change in a count, which may be negative: "the increase in the number of States Parties", from the start of the
   * plan's period to the cycle, with the subjects that entered and those that left.
   */
  CHANGE,
  /** A printed average over several cycles, ending with the figure's cycle; no indicator is expressed in it. */
  AVERAGE;

  /**
   * The units an indicator's value may be expressed in, headline first, as the plans word them: [COUNT] "The number
   * of …", [PERCENT] "Percentage of …", [PERCENT, COUNT] "Number and percentage of …" (the percentage the headline),
   * [QUANTITY] a sum, [CHANGE] "The increase in the number of …".
   */
  public static final ImmutableList<ImmutableList<FigureUnit>> INDICATOR_UNITS = ImmutableList.of(
      ImmutableList.of(COUNT), ImmutableList.of(PERCENT), ImmutableList.of(PERCENT, COUNT),
      ImmutableList.of(QUANTITY), ImmutableList.of(CHANGE));

  /**
   * Whether {@code units} is one of the {@link #INDICATOR_UNITS}.
   *
   * @param units the units, headline first
   * @return whether {@code units} is one of the {@link #INDICATOR_UNITS}
   */
  public static boolean isIndicatorUnits(List<FigureUnit> units) {
    // By size and unit rather than by comparing lists: every score an evaluator builds is checked.
    // IndicatorUnitsTest checks this against INDICATOR_UNITS for every list of up to three units.
    switch (units.size()) {
      case 1: {
        FigureUnit u = units.get(0);
        return u == COUNT || u == PERCENT || u == QUANTITY || u == CHANGE;
      }
      case 2:
        return units.get(0) == PERCENT && units.get(1) == COUNT;
      default:
        return false;
    }
  }

  /**
   * The {@link #INDICATOR_UNITS} as a sentence's list, {@code [COUNT], [PERCENT], [PERCENT, COUNT], [QUANTITY] or
   * [CHANGE]}, for error messages.
   *
   * @return the {@link #INDICATOR_UNITS} as a sentence's list
   */
  public static String indicatorUnitsInWords() {
    List<String> each = INDICATOR_UNITS.stream().map(List::toString).collect(Collectors.toList());
    return String.join(", ", each.subList(0, each.size() - 1)) + " or " + each.get(each.size() - 1);
  }
}
