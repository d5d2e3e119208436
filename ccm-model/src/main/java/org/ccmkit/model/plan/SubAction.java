package org.ccmkit.model.plan;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/** A lettered sub-action of an action (LAP action 11 a)–d); VCAP A., B., C. …), verbatim. */
@Value.Immutable
public abstract class SubAction {

  /** Implemented in this package only (by the generated immutable class). */
  SubAction() {}

  /** {@return the letter, lower case} */
  public abstract String letter();

  /** {@return the text, verbatim} */
  public abstract String text();

  /**
   * A sub-action.
   *
   * @param letter the sub-action's letter
   * @param text the text
   * @return a sub-action
   */
  public static SubAction of(String letter, String text) {
    return ImmutableSubAction.builder().letter(letter).text(text).build();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(letter().matches("[a-z]{1,2}"), "SubAction.letter must be lower-case letters, was '%s'", letter());
    checkArgument(!text().isBlank(), "SubAction.text must not be blank (letter %s)", letter());
  }
}
