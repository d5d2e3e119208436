package org.ccmkit.indicators;

import java.util.List;
import org.ccmkit.indicators.data.ElementFacts;
import org.ccmkit.indicators.data.FactIndex;

/** The facts of one cycle of a dataset, by data element, as its {@link FactIndex} holds them. */
final class CycleFacts {

  private final FactIndex index;
  private final String meeting;

  CycleFacts(FactIndex index, String meeting) {
    this.index = index;
    this.meeting = meeting;
  }

  /** The facts of data element {@code key}. */
  ElementFacts of(String key) {
    return index.element(meeting, key);
  }

  /** The facts of each of {@code keys}, in order. */
  ElementFacts[] of(List<String> keys) {
    ElementFacts[] facts = new ElementFacts[keys.size()];
    for (int i = 0; i < facts.length; i++) {
      facts[i] = of(keys.get(i));
    }
    return facts;
  }
}
