package org.ccmkit.indicators.data;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/**
 * The cycles a figure of several cycles covers, first and last, as the documents write it with an en dash:
 * {@code 10MSP–13MSP} (the Lausanne Action Plan's review period), {@code 1MSP–13MSP} ("since 2010"). Parsed here
 * once, so that no code reads the String for its ends; {@link #toString()} writes it back as it was read.
 *
 * @param first the short name of the period's first meeting, e.g. {@code 10MSP}
 * @param last the short name of the period's last meeting, e.g. {@code 13MSP}
 */
public record CyclePeriod(String first, String last) {

  /** The en dash between the first and the last cycle. */
  public static final char DASH = '–';

  /**
   * Validates the period.
   *
   * @param first the first meeting's short name
   * @param last the last meeting's short name
   */
  public CyclePeriod {
    checkArgument(first != null && SubjectId.isMeetingId(first, 0),
        "CyclePeriod.first must be a meeting's short name such as 10MSP, was '%s'", first);
    checkArgument(last != null && SubjectId.isMeetingId(last, 0),
        "CyclePeriod.last must be a meeting's short name such as 13MSP, was '%s'", last);
  }

  /**
   * A period as written: {@code 10MSP–13MSP}.
   *
   * @param text the first and the last meeting's short names joined by an en dash
   * @return the period
   * @throws IllegalArgumentException naming the text and the form expected
   */
  public static CyclePeriod of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException("a period of cycles must be two meetings' short "
        + "names joined by an en dash, like '10MSP–13MSP', was " + (text == null ? "null" : "'" + text + "'")));
  }

  /**
   * A period as written, if it is one.
   *
   * @param text the first and the last meeting's short names joined by an en dash; may be null
   * @return the period, or empty if {@code text} is not two meetings' short names joined by an en dash
   */
  public static Optional<CyclePeriod> parse(String text) {
    int dash = text == null ? -1 : text.indexOf(DASH);
    if (dash < 0 || !SubjectId.isMeetingId(text.substring(0, dash), 0)
        || !SubjectId.isMeetingId(text.substring(dash + 1), 0)) {
      return Optional.empty();
    }
    return Optional.of(new CyclePeriod(text.substring(0, dash), text.substring(dash + 1)));
  }

  /** {@return the period as written: {@code 10MSP–13MSP}} */
  @Override
  public String toString() {
    return first + DASH + last;
  }
}
