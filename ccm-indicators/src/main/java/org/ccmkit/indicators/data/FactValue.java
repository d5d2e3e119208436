package org.ccmkit.indicators.data;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.model.plan.ValueType;
import org.immutables.value.Value;

/**
 * The value of a reported fact: a yes/no, a number (count, quantity or percentage), a date or text, as the data
 * element's {@link ValueType} says.
 */
@Value.Immutable
public abstract class FactValue {

  /** Implemented in this package only (by the generated immutable class). */
  FactValue() {}

  /** {@return the type of the value} */
  public abstract ValueType type();

  /** {@return the value as a boolean, for {@link ValueType#BOOLEAN}} */
  public abstract Optional<Boolean> bool();

  /**
   * {@return the value as a number, for {@link ValueType#COUNT}, {@link ValueType#QUANTITY}, {@link ValueType#PERCENT}}
   */
  public abstract Optional<BigDecimal> number();

  /** {@return the value as a date, for {@link ValueType#DATE}} */
  public abstract Optional<LocalDate> date();

  /** {@return the value as text, for {@link ValueType#TEXT}} */
  public abstract Optional<String> text();

  /**
   * Yes or no.
   *
   * @param value the value
   * @return the fact value
   */
  public static FactValue of(boolean value) {
    return ImmutableFactValue.builder().type(ValueType.BOOLEAN).bool(value).build();
  }

  /**
   * A number of the given type (count, quantity or percent).
   *
   * @param type the type
   * @param value the value
   * @return a number of the given type (count, quantity or percent)
   */
  public static FactValue of(ValueType type, BigDecimal value) {
    return ImmutableFactValue.builder().type(type).number(value).build();
  }

  /**
   * A count.
   *
   * @param value the value
   * @return a count
   */
  public static FactValue count(long value) {
    return of(ValueType.COUNT, BigDecimal.valueOf(value));
  }

  /**
   * A date.
   *
   * @param value the value
   * @return a date
   */
  public static FactValue of(LocalDate value) {
    return ImmutableFactValue.builder().type(ValueType.DATE).date(value).build();
  }

  /**
   * Text.
   *
   * @param value the value
   * @return Text
   */
  public static FactValue of(String value) {
    return ImmutableFactValue.builder().type(ValueType.TEXT).text(value).build();
  }

  /**
   * Whether the value counts a subject in: yes, a number above zero, a date, non-blank text. A "no" or a zero is a
   * reported fact that does not count.
   *
   * @return whether the value counts a subject in: yes, a number above zero, a date, non-blank text
   */
  public boolean isAffirmative() {
    switch (type()) {
      case BOOLEAN:
        return bool().get();
      case DATE:
        return true;
      case TEXT:
        return !text().get().isBlank();
      default:
        return number().get().signum() > 0;
    }
  }

  /** {@return the value as written in data files: {@code true}, {@code 12}, {@code 2025-04-30}, text} */
  public String asText() {
    switch (type()) {
      case BOOLEAN:
        return bool().get().toString();
      case DATE:
        return date().get().toString();
      case TEXT:
        return text().get();
      default:
        return number().get().toPlainString();
    }
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    boolean isNumber = type() == ValueType.COUNT || type() == ValueType.QUANTITY || type() == ValueType.PERCENT;
    checkArgument(bool().isPresent() == (type() == ValueType.BOOLEAN) && number().isPresent() == isNumber
            && date().isPresent() == (type() == ValueType.DATE) && text().isPresent() == (type() == ValueType.TEXT),
        "FactValue of type %s must carry exactly a value of that type, was %s", type(), this.asDebugString());
    number().ifPresent(n -> {
      checkArgument(n.signum() >= 0, "FactValue %s must not be negative, was %s", type(), n);
      checkArgument(type() != ValueType.COUNT || n.stripTrailingZeros().scale() <= 0,
          "FactValue COUNT must be a whole number, was %s", n);
      checkArgument(type() != ValueType.PERCENT || n.compareTo(BigDecimal.valueOf(100)) <= 0,
          "FactValue PERCENT must be between 0 and 100, was %s", n);
    });
  }

  private String asDebugString() {
    return "bool=" + bool().orElse(null) + " number=" + number().orElse(null) + " date=" + date().orElse(null)
        + " text=" + text().orElse(null);
  }

  @Override
  public String toString() {
    return asText();
  }
}
