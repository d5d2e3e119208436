package org.ccmkit.indicators.result;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import org.ccmkit.model.SourceRef;
import org.immutables.value.Value;

/**
 * Something in an evaluation's figures that cannot all be so, or that a reader must know to read the value: a printed
 * figure larger than its population, a printed denominator that differs from the population computed, a component
 * figure shown for a whole indicator, documents that disagree. Each flag names its sources and, where there are any,
 * the States that make the difference.
 */
@Value.Immutable
public abstract class ConsistencyFlag {

  /** Implemented in this package only (by the generated immutable class). */
  ConsistencyFlag() {}

  /** {@return what kind of inconsistency} */
  public abstract FlagKind kind();

  /** {@return the flag in words, with the figures} */
  public abstract String message();

  /** {@return the sources of the figures concerned} */
  public abstract ImmutableList<SourceRef> sources();

  /** {@return the States that make the difference, by code, sorted; empty where none can be named} */
  public abstract ImmutableList<String> states();

  /**
   * A flag.
   *
   * @param kind the kind
   * @param message the message
   * @param sources the sources
   * @param states the States
   * @return a flag
   */
  public static ConsistencyFlag of(FlagKind kind, String message, Iterable<SourceRef> sources,
      Iterable<String> states) {
    return ImmutableConsistencyFlag.builder().kind(kind).message(message).sources(sources)
        .states(ImmutableList.sortedCopyOf(states)).build();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(!message().isBlank(), "ConsistencyFlag.message must not be blank (%s)", kind());
  }

  @Override
  public String toString() {
    return kind() + ": " + message() + (states().isEmpty() ? "" : " " + states()) + " " + sources();
  }
}
