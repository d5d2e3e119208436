package org.ccmkit.io.table;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/** An attribute of a State to stratify indicators by, such as its region: ({@code LAO}, {@code region}, {@code Asia}). */
@Value.Immutable
public abstract class StateAttribute {

  /** Implemented in this package only (by the generated immutable class). */
  StateAttribute() {}

  /** {@return the State's ISO code} */
  public abstract String state();

  /** {@return the attribute's name} */
  public abstract String attribute();

  /** {@return the attribute's value} */
  public abstract String value();

  /**
   * An attribute.
   *
   * @param state the State's ISO 3166-1 alpha-3 code
   * @param attribute the attribute's name
   * @param value the value
   * @return an attribute
   */
  public static StateAttribute of(String state, String attribute, String value) {
    return ImmutableStateAttribute.builder().state(state).attribute(attribute).value(value).build();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(!attribute().isBlank(), "StateAttribute.attribute must not be blank (state %s)", state());
    checkArgument(!value().isBlank(), "StateAttribute.value must not be blank (state %s, attribute %s)", state(),
        attribute());
  }
}
