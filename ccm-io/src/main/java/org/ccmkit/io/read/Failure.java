package org.ccmkit.io.read;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing wrong with the input, found while reading it: its {@linkplain FailureKind kind}, its {@linkplain Location
 * location}, the reason in words, the offending value as written (shortened if long) and what was expected instead.
 * {@link #message()} puts them together: {@code states.csv, line 4, row 3, field 'deposit': date before the Convention
 * existed: '2007-05-01'; expected a date on or after 2008-12-03}.
 */
@Value.Immutable
public abstract class Failure {

  /** Implemented in this package only (by the generated immutable class). */
  Failure() {}

  /** The longest offending value quoted in a message; longer values are cut and marked with an ellipsis. */
  public static final int MAX_VALUE_LENGTH = 80;

  /** {@return the kind of failure} */
  public abstract FailureKind kind();

  /** {@return where it was found} */
  public abstract Location location();

  /** {@return what is wrong, in words} */
  public abstract String reason();

  /** {@return the offending value as written, where there is one} */
  public abstract Optional<String> value();

  /** {@return what was expected instead, where that can be said} */
  public abstract Optional<String> expected();

  /** {@return a builder} */
  public static ImmutableFailure.Builder builder() {
    return ImmutableFailure.builder();
  }

  /**
   * A failure with no offending value.
   *
   * @param kind the kind
   * @param location where in the input
   * @param reason why, in words
   * @return a failure with no offending value
   */
  public static Failure of(FailureKind kind, Location location, String reason) {
    return builder().kind(kind).location(location).reason(reason).build();
  }

  /**
   * A failure quoting the offending {@code value} (shortened if long; null for none) and what was expected.
   *
   * @param kind the kind
   * @param location where in the input
   * @param reason why, in words
   * @param value the value
   * @param expected what was expected
   * @return a failure quoting the offending {@code value} (shortened if long; null for none) and what was expected
   */
  public static Failure of(FailureKind kind, Location location, String reason, String value, String expected) {
    return builder().kind(kind).location(location).reason(reason).value(Optional.ofNullable(value).map(Failure::shorten))
        .expected(Optional.ofNullable(expected)).build();
  }

  /**
   * The value cut to {@link #MAX_VALUE_LENGTH} characters, control characters shown as escapes.
   *
   * @param value the value
   * @return the value cut to {@link #MAX_VALUE_LENGTH} characters, control characters shown as escapes
   */
  public static String shorten(String value) {
    StringBuilder s = new StringBuilder();
    value.codePoints().limit(MAX_VALUE_LENGTH).forEach(c -> {
      if (Character.isISOControl(c)) {
        s.append(String.format("\\u%04x", c));
      } else {
        s.appendCodePoint(c);
      }
    });
    return value.codePointCount(0, value.length()) > MAX_VALUE_LENGTH ? s.append('…').toString() : s.toString();
  }

  /** {@return the full message: location, reason, value, expectation} */
  @Value.Lazy
  public String message() {
    StringBuilder s = new StringBuilder().append(location()).append(": ").append(reason());
    value().ifPresent(v -> s.append(": '").append(v).append('\''));
    expected().ifPresent(e -> s.append("; expected ").append(e));
    return s.toString();
  }

  @Override
  public String toString() {
    return kind() + " " + message();
  }
}
