package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.ccmkit.indicators.data.ElementFacts;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.result.ImmutableSubjectEntry;
import org.ccmkit.indicators.result.Reason;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.indicators.result.SubjectOutcome;

/**
 * The explanation of each subject of an evaluation, read from the facts of the indicator's data elements by the
 * subject's index: its facts (the qualifier's first, then each element's in the indicator's order, then those of the
 * rule's exclusion and exception), the elements it did not affirm, and what it adds to a sum.
 */
final class SubjectEntries {

  private final ImmutableList<String> elements;
  private final ElementFacts[] facts;
  private final ElementFacts[] exemptions;
  private final SubjectQuantity quantity;

  /**
   * The entries of subjects counted over {@code elements}, whose facts are {@code facts}; {@code exemptions} are the
   * facts of the rule's numerator exclusion and denominator exception, listed after the elements'.
   */
  SubjectEntries(ImmutableList<String> elements, ElementFacts[] facts, ElementFacts[] exemptions,
      SubjectQuantity quantity) {
    this.elements = elements;
    this.facts = facts;
    this.exemptions = exemptions;
    this.quantity = quantity;
  }

  /** The entry of a subject counted over the elements. */
  SubjectEntry of(String subject, Optional<String> name, int index, SubjectOutcome outcome,
      ImmutableList<Reason> reasons, ImmutableList<Fact> qualifierFacts) {
    return ImmutableSubjectEntry.of(subject, name, outcome, reasons, factsOf(index, qualifierFacts),
        unmetElements(index), quantity.of(facts, index));
  }

  /** The entry of a subject the qualifier left out: its facts for the qualifier, every element unmet. */
  SubjectEntry excluded(String subject, Optional<String> name, ImmutableList<Reason> reasons,
      ImmutableList<Fact> qualifierFacts) {
    return ImmutableSubjectEntry.of(subject, name, SubjectOutcome.EXCLUDED, reasons, qualifierFacts, elements,
        Optional.empty());
  }

  private ImmutableList<Fact> factsOf(int index, ImmutableList<Fact> qualifierFacts) {
    if (facts.length == 1 && qualifierFacts.isEmpty() && exemptions.length == 0) {
      return facts[0].factsOf(index);
    }
    ImmutableList.Builder<Fact> all = ImmutableList.builder();
    all.addAll(qualifierFacts);
    for (ElementFacts e : facts) {
      all.addAll(e.factsOf(index));
    }
    for (ElementFacts e : exemptions) {
      all.addAll(e.factsOf(index));
    }
    return all.build();
  }

  private ImmutableList<String> unmetElements(int index) {
    int unmet = 0;
    for (ElementFacts e : facts) {
      unmet += e.affirming().contains(index) ? 0 : 1;
    }
    if (unmet == 0 || unmet == facts.length) {
      return unmet == 0 ? ImmutableList.of() : elements;
    }
    ImmutableList.Builder<String> part = ImmutableList.builder();
    for (int i = 0; i < facts.length; i++) {
      if (!facts[i].affirming().contains(index)) {
        part.add(elements.get(i));
      }
    }
    return part.build();
  }
}
