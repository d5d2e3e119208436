package org.ccmkit.indicators;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.ccmkit.indicators.data.ElementFacts;
import org.ccmkit.indicators.data.FactIndex;

/** The facts of one cycle of a dataset, by data element, as its {@link FactIndex} holds them. */
final class CycleFacts {

  /** The cycle's facts by data element key, looked up once for every element an indicator of the cycle asks for. */
  private final ImmutableMap<String, ElementFacts> byElement;

  CycleFacts(FactIndex index, String meeting) {
    this.byElement = index.elementsOf(meeting);
  }

  /** The facts of data element {@code key}. */
  ElementFacts of(String key) {
    ElementFacts e = byElement.get(key);
    return e == null ? ElementFacts.none() : e;
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
