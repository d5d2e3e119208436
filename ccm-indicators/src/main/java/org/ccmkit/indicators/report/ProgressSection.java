package org.ccmkit.indicators.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import org.ccmkit.model.plan.ThematicArea;
import org.immutables.value.Value;

/** The part of a progress report for one thematic area of the plan, its indicators in document order. */
@Value.Immutable
public abstract class ProgressSection {

  /** Implemented in this package only (by the generated immutable class). */
  ProgressSection() {}

  /** {@return the thematic area, e.g. "V. Survey and clearance"} */
  public abstract ThematicArea area();

  /** {@return the area's indicators, in document order} */
  public abstract ImmutableList<ProgressEntry> entries();

  /**
   * A section.
   *
   * @param area the thematic area
   * @param entries the entries
   * @return a section
   */
  public static ProgressSection of(ThematicArea area, Iterable<ProgressEntry> entries) {
    checkArgument(area != null, "ProgressSection.area must not be null");
    checkArgument(entries != null, "ProgressSection.entries must not be null (area %s)", area.id());
    return ImmutableProgressSection.builder().area(area).addAllEntries(entries).build();
  }

  /** {@return the thematic area and how many indicators it holds} */
  @Override
  public String toString() {
    return "ProgressSection " + area().id() + " (" + area().title() + "): " + entries().size() + " indicators";
  }
}
