package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.ccmkit.indicators.data.Fact;

/**
 * Walks the facts of one data element in a cycle (subjects in code order) alongside a population's members (also in
 * code order): a merge of two sorted lists, so that finding each member's facts costs a comparison, not a lookup.
 */
final class FactCursor {

  private final Map.Entry<?, ?>[] entries;
  private int next;

  FactCursor(ImmutableMap<String, ImmutableList<Fact>> facts) {
    this.entries = facts.entrySet().toArray(new Map.Entry<?, ?>[0]);
  }

  /** The facts of {@code subject}; subjects must be asked for in increasing code order. */
  @SuppressWarnings("unchecked")
  ImmutableList<Fact> factsOf(String subject) {
    while (next < entries.length) {
      Map.Entry<?, ?> e = entries[next];
      int c = ((String) e.getKey()).compareTo(subject);
      if (c > 0) {
        break;
      }
      next++;
      if (c == 0) {
        return (ImmutableList<Fact>) e.getValue();
      }
    }
    return ImmutableList.of();
  }
}
