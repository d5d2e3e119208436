package org.ccmkit.io.catalogue;

import com.google.common.collect.ImmutableList;

/** Thrown when a catalogue file cannot be read; the message lists every problem, each with its file and location. */
public final class CatalogueException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems found, each with its file and location. */
  private final ImmutableList<String> problems;

  /**
   * An exception listing the given problems.
   *
   * @param problems the problems found
   */
  public CatalogueException(ImmutableList<String> problems) {
    super(problems.size() + " problem(s) in catalogue:\n  " + String.join("\n  ", problems));
    this.problems = problems;
  }

  /** {@return the problems, one per entry} */
  public ImmutableList<String> problems() {
    return problems;
  }
}
