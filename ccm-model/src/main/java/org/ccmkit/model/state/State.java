package org.ccmkit.model.state;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/** A State, identified by its ISO 3166-1 alpha-3 code, with its name as the depositary prints it. */
@Value.Immutable
public abstract class State implements Comparable<State> {

  /** Implemented in this package only (by the generated immutable class). */
  State() {}

  /** {@return ISO 3166-1 alpha-3 code, e.g. {@code LAO}} */
  public abstract String code();

  /** {@return the name as the depositary prints it, e.g. "Lao People's Democratic Republic"} */
  public abstract String name();

  /**
   * A State with an ISO 3166-1 alpha-3 code and a name.
   *
   * @param code the code
   * @param name the name
   * @return a State with an ISO 3166-1 alpha-3 code and a name
   */
  public static State of(String code, String name) {
    return ImmutableState.builder().code(code).name(name).build();
  }

  /**
   * Whether {@code code} has the shape of an ISO 3166-1 alpha-3 code (three upper-case letters).
   *
   * @param code the code
   * @return whether {@code code} has the shape of an ISO 3166-1 alpha-3 code (three upper-case letters)
   */
  public static boolean isIso3(String code) {
    return code != null && code.matches("[A-Z]{3}");
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(isIso3(code()), "State.code must be an ISO 3166-1 alpha-3 code (three upper-case letters), was '%s'",
        code());
    checkArgument(!name().isBlank(), "State.name must not be blank (code %s)", code());
  }

  @Override
  public int compareTo(State o) {
    return code().compareTo(o.code());
  }

  @Override
  public String toString() {
    return name() + " (" + code() + ")";
  }
}
