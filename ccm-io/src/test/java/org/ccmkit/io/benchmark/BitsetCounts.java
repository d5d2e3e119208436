package org.ccmkit.io.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;

/**
 * The benchmark's plain bitset loop, the machine's limit for the counts: the subjects numbered once, a {@code long[]}
 * of the subjects affirming each data element in the cycle, one of each population and one of the requests of each
 * article; an indicator's denominator is its population AND its qualifier, its numerator that AND each element, and
 * the counts are population counts of the words. No subject lists, no reasons, no facts behind the counts.
 */
final class BitsetCounts {

  private static final long[] EVERYONE = new long[0];

  private final int words;
  private final long[][] population;
  private final long[][] qualifier;
  private final long[][][] elements;

  BitsetCounts(PlanCounts input) {
    Map<String, Integer> index = new HashMap<>();
    input.populations.forEach(p -> p.forEach(s -> index.putIfAbsent(s, index.size())));
    input.affirmative.forEach(f -> index.putIfAbsent(f.subject(), index.size()));
    input.requests.forEach(r -> index.putIfAbsent(r.id(), index.size()));
    words = (index.size() + 63) / 64;
    Map<String, long[]> affirming = new HashMap<>();
    for (Fact f : input.affirmative) {
      set(affirming.computeIfAbsent(f.element(), k -> new long[words]), index.get(f.subject()));
    }
    Map<Integer, long[]> requests = new HashMap<>();
    for (ExtensionRequest r : input.requests) {
      set(requests.computeIfAbsent(r.article(), k -> new long[words]), index.get(r.id()));
    }
    int n = input.indicators.size();
    population = new long[n][];
    qualifier = new long[n][];
    elements = new long[n][][];
    for (int k = 0; k < n; k++) {
      PlanCounts.Counted c = input.indicators.get(k);
      long[] members = new long[words];
      input.populations.get(c.population()).forEach(s -> set(members, index.get(s)));
      population[k] = members;
      if (c.qualifier().isPresent()) {
        long[] q = affirming.getOrDefault(c.qualifier().get(), new long[words]).clone();
        long[] r = c.requestArticle().map(a -> requests.getOrDefault(a, new long[words])).orElse(new long[words]);
        for (int w = 0; w < words; w++) {
          q[w] |= r[w];
        }
        qualifier[k] = q;
      } else {
        qualifier[k] = EVERYONE;
      }
      List<String> keys = c.elements();
      elements[k] = new long[keys.size()][];
      for (int e = 0; e < keys.size(); e++) {
        elements[k][e] = affirming.getOrDefault(keys.get(e), new long[words]);
      }
    }
  }

  private static void set(long[] bits, int i) {
    bits[i >> 6] |= 1L << i;
  }

  /** The denominator and numerator of each indicator, in order. */
  int[] count() {
    int[] counts = new int[2 * population.length];
    for (int k = 0; k < population.length; k++) {
      long[] p = population[k];
      long[] q = qualifier[k];
      long[][] es = elements[k];
      int denominator = 0;
      int numerator = 0;
      for (int w = 0; w < words; w++) {
        long d = q == EVERYONE ? p[w] : p[w] & q[w];
        long m = d;
        for (long[] e : es) {
          m &= e[w];
        }
        denominator += Long.bitCount(d);
        numerator += Long.bitCount(m);
      }
      counts[2 * k] = denominator;
      counts[2 * k + 1] = numerator;
    }
    return counts;
  }
}
