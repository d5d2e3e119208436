package org.ccmkit.indicators.result;

/** The kinds of {@link ConsistencyFlag}. */
public enum FlagKind {
  /** A printed count is larger than the population computed for the cycle (20 of a population of 14). */
  PUBLISHED_EXCEEDS_POPULATION,
  /**
   * A printed denominator differs from the population computed for the cycle (UNIDIR's "of 10" at the 10MSP, when South
   * Sudan was not yet a State Party); the flag names the States that are in the population at some other cycle.
   */
  DENOMINATOR_DIFFERS_FROM_POPULATION,
  /** The only printed figures are for a component of the indicator (LAP-4.2's women presiding), shown for the whole. */
  COMPONENT_FOR_WHOLE,
  /** Documents print different exact figures for the cycle. */
  SOURCES_DIFFER,
  /** The computed figure and a printed one cannot both be right. */
  COMPUTED_DIFFERS_FROM_PUBLISHED,
  /** The value shown is a figure of a period (an average, the whole review period), not of the cycle. */
  PERIOD_FIGURE,
  /** The value shown is a bound, not a value. */
  BOUND,
  /** The value counts facts that evidence the indicator only loosely or in part; each fact's note says how. */
  LOOSE_ATTRIBUTION
}
