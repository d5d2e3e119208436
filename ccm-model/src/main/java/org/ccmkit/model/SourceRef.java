package org.ccmkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * Where a fact comes from: a document and a place in it that lets a reader find the passage, such as
 * {@code RD para 183}, {@code LAP line 217} or {@code UNIDIR p. 23}.
 *
 * <p>Document identifiers used by the shipped data: {@code CCM} (the Convention), {@code LAP}, {@code VCAP}, {@code RD}
 * (Draft Review Document 2021–2025), {@code UNIDIR} (<i>Vientiane Calling</i>), {@code GDWP} (gender and diversity
 * working paper) and {@code UNTC} (the depositary's status page). Users cite their own documents the same way.
 */
@Value.Immutable
public abstract class SourceRef {

  /** Implemented in this package only (by the generated immutable class). */
  SourceRef() {}

  /** {@return the document's identifier, e.g. {@code RD}} */
  public abstract String document();

  /** {@return the place in the document, e.g. {@code para 183}} */
  public abstract String locator();

  /**
   * A source reference to {@code locator} in {@code document}.
   *
   * @param document the document
   * @param locator where in the document: paragraph, footnote, line or table
   * @return a source reference to {@code locator} in {@code document}
   */
  public static SourceRef of(String document, String locator) {
    return ImmutableSourceRef.builder().document(document).locator(locator).build();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(!document().isBlank(), "SourceRef.document must not be blank, was '%s'", document());
    checkArgument(!locator().isBlank(), "SourceRef.locator must not be blank, was '%s' (document %s)", locator(), document());
  }

  @Override
  public String toString() {
    return document() + " " + locator();
  }
}
