package org.ccmkit.model.plan;

import org.ccmkit.model.SourceRef;
import org.immutables.value.Value;

/** A section of an action plan that groups its actions, e.g. "V. Survey and clearance". */
@Value.Immutable
public abstract class ThematicArea {

  /** Implemented in this package only (by the generated immutable class). */
  ThematicArea() {}

  /** {@return the id: the plan's id and the section's numeral, e.g. {@code LAP-V}} */
  public abstract String id();

  /** {@return the section's numeral as printed, e.g. {@code V}; empty for a section printed without one} */
  public abstract java.util.Optional<String> numeral();

  /** {@return the section's title, verbatim} */
  public abstract String title();

  /** {@return where the section starts} */
  public abstract SourceRef source();

  /** {@return a builder} */
  public static ImmutableThematicArea.Builder builder() {
    return ImmutableThematicArea.builder();
  }

  @Override
  public String toString() {
    return numeral().map(n -> n + ". ").orElse("") + title();
  }
}
