package org.ccmkit.model.plan;

import org.ccmkit.model.SourceRef;
import org.immutables.value.Value;

/** A section of an action plan that groups its actions, e.g. "V. Survey and clearance". */
@Value.Immutable
public abstract class ThematicArea {

  /** The id: the plan's id and the section's numeral, e.g. {@code LAP-V}. */
  public abstract String id();

  /** The section's numeral as printed, e.g. {@code V}; empty for a section printed without one. */
  public abstract java.util.Optional<String> numeral();

  /** The section's title, verbatim. */
  public abstract String title();

  /** Where the section starts. */
  public abstract SourceRef source();

  /** A builder. */
  public static ImmutableThematicArea.Builder builder() {
    return ImmutableThematicArea.builder();
  }

  @Override
  public String toString() {
    return numeral().map(n -> n + ". ").orElse("") + title();
  }
}
