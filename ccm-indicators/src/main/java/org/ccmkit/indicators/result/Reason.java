package org.ccmkit.indicators.result;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.immutables.value.Value;

/**
 * Why a subject belongs to a population, or was left out of one, in words a reader of the Convention recognises
 * ("State Party: Convention in force since 2012-03-01"; "Article 4 clearance (contamination at entry into force):
 * UNDER_EXTENSION, deadline 2027-03-01"), with the source of the fact it rests on where one is recorded.
 */
@Value.Immutable
public abstract class Reason {

  /** Implemented in this package only (by the generated immutable class). */
  Reason() {}

  /** {@return the reason, in words} */
  public abstract String text();

  /** {@return where the fact behind the reason is recorded, if it is} */
  public abstract Optional<SourceRef> source();

  /**
   * A reason without a recorded source.
   *
   * @param text the text
   * @return a reason without a recorded source
   */
  public static Reason of(String text) {
    checkArgument(text != null, "Reason.text must not be null");
    return ImmutableReason.builder().text(text).build();
  }

  /**
   * A reason resting on a recorded fact.
   *
   * @param text the text
   * @param source where it is recorded
   * @return a reason resting on a recorded fact
   */
  public static Reason of(String text, Optional<SourceRef> source) {
    checkArgument(text != null, "Reason.text must not be null");
    checkArgument(source != null, "Reason.source must not be null; use Optional.empty() (text '%s')", text);
    return ImmutableReason.builder().text(text).source(source).build();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(!text().isBlank(), "Reason.text must not be blank, was '%s'", text());
  }

  @Override
  public String toString() {
    return text() + source().map(s -> " [" + s + "]").orElse("");
  }
}
