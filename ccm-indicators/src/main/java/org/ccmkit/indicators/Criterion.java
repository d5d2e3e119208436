package org.ccmkit.indicators;

import org.ccmkit.indicators.data.ElementFacts;
import org.ccmkit.indicators.data.SubjectSet;

/**
 * An indicator's criterion in one cycle, over the facts of its data elements: the subjects that meet it (affirm every
 * element), those known not to (reported an element without affirming it), and those that reported anything.
 */
final class Criterion {

  private final ElementFacts[] elements;

  Criterion(ElementFacts[] elements) {
    this.elements = elements;
  }

  /** The subjects that affirm every element; with no element, {@code everyone}. */
  SubjectSet met(SubjectSet everyone) {
    SubjectSet met = everyone;
    for (ElementFacts e : elements) {
      met = met.and(e.affirming());
    }
    return met;
  }

  /** The subjects known not to meet the criterion: they reported some element and affirmed none of its facts. */
  SubjectSet knownUnmet() {
    SubjectSet unmet = SubjectSet.empty();
    for (ElementFacts e : elements) {
      unmet = unmet.or(e.reporting().andNot(e.affirming()));
    }
    return unmet;
  }

  /** The subjects that reported any element. */
  SubjectSet reportedAny() {
    SubjectSet reported = SubjectSet.empty();
    for (ElementFacts e : elements) {
      reported = reported.or(e.reporting());
    }
    return reported;
  }

  /** The subjects that affirmed any element. */
  SubjectSet affirmedAny() {
    SubjectSet affirmed = SubjectSet.empty();
    for (ElementFacts e : elements) {
      affirmed = affirmed.or(e.affirming());
    }
    return affirmed;
  }
}
