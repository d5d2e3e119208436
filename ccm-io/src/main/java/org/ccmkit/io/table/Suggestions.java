package org.ccmkit.io.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …" for a name the read does not know (a State code, a data element, a column, a cycle, an indicator):
 * the known names nearest to it by edit distance, and a name that differs only in case said to be so.
 */
final class Suggestions {

  /** How many suggestions are named at most. */
  static final int MAX = 3;

  private Suggestions() {}

  /**
   * The words to add to a failure's expectation for {@code value} among {@code known}: {@code did you mean 'LAO'?},
   * {@code 'lao' differs from 'LAO' only in case}; empty if no known name is near.
   */
  static Optional<String> of(String value, Collection<String> known) {
    if (value == null || value.isEmpty() || value.length() > 200) {
      return Optional.empty();
    }
    for (String k : known) {
      if (k.equalsIgnoreCase(value) && !k.equals(value)) {
        return Optional.of("'" + value + "' differs from '" + k + "' only in case: write '" + k + "'");
      }
    }
    int threshold = Math.max(1, Math.min(3, value.length() / 3));
    List<String> best = new ArrayList<>();
    int bestDistance = threshold + 1;
    String v = value.toLowerCase(Locale.ROOT);
    for (String k : known) {
      if (Math.abs(k.length() - value.length()) > threshold) {
        continue;
      }
      int d = distance(v, k.toLowerCase(Locale.ROOT), threshold);
      if (d > threshold) {
        continue;
      }
      if (d < bestDistance) {
        bestDistance = d;
        best.clear();
        best.add(k);
      } else if (d == bestDistance && best.size() < MAX) {
        best.add(k);
      }
    }
    if (best.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder s = new StringBuilder("did you mean ");
    for (int i = 0; i < best.size(); i++) {
      s.append(i == 0 ? "" : i == best.size() - 1 ? " or " : ", ").append('\'').append(best.get(i)).append('\'');
    }
    return Optional.of(s.append('?').toString());
  }

  /** {@code expected}, followed by the suggestion for {@code value} among {@code known} if there is one. */
  static String expected(String expected, String value, Collection<String> known) {
    return of(value, known).map(s -> expected + "; " + s).orElse(expected);
  }

  /**
   * The edit distance of {@code a} and {@code b}, counting two adjacent letters swapped as one edit ({@code qoute} for
   * {@code quote}: the commonest typing slip) besides a letter added, removed or changed (the optimal string alignment
   * distance), or {@code limit + 1} once it is known to exceed it.
   */
  static int distance(String a, String b, int limit) {
    int[] beforePrevious = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
        }
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] free = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = free;
    }
    return previous[b.length()];
  }
}
