package org.ccmkit.indicators.result;

/**
 * How a computed figure stands against a figure a document printed. Said only where something was computed: without a
 * computed figure there is nothing to agree with.
 */
public enum Agreement {
  /** The two are the same figure (the computed one rounded to the printed one's decimals). */
  AGREES,
  /**
   * Neither contradicts the other, but they are not the same figure: a printed bound that the computed value meets, or
   * a computed lower bound (some members have no data) below the printed value.
   */
  CONSISTENT,
  /** The two cannot both be right: different values, or a value outside the other's bound. */
  DIFFERS,
  /**
   * Not compared: nothing was computed, the units cannot be compared, or the printed figure is an average over cycles.
   * (A printed figure of a period is compared with the cycle's value, or, for a change, with the change computed over
   * that period.)
   */
  NOT_COMPARED
}
