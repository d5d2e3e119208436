package org.ccmkit.indicators;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.ccmkit.indicators.data.DatasetMemo;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.Indicator;

/**
 * The checks that turn a question the dataset cannot answer into an error rather than an empty answer: a cycle that
 * is not the dataset's, and a published figure whose indicator id differs from an evaluated indicator's only in case.
 * Each error names the offending value and the known ones, with a "did you mean".
 */
final class Known {

  private Known() {}

  /**
   * Refuses {@code cycle} unless it is one of the dataset's cycles, or the cycle of one of its meetings.
   *
   * @throws IllegalArgumentException naming the cycle, the dataset's cycles and the nearest
   */
  static void cycle(MonitoringDataset dataset, ReportingCycle cycle) {
    if (dataset.cycles().contains(cycle)
        || dataset.meetings().stream().anyMatch(m -> m.id().equals(cycle.meeting()) && ReportingCycle.of(m).equals(cycle))) {
      return;
    }
    List<String> known = dataset.cycles().stream().map(Known::describe).toList();
    // The nearest cycle is the nearest in time: the 13MSP's for a 14MSP, not the 10MSP's, as near in spelling.
    Optional<ReportingCycle> nearest = dataset.cycles().stream().min(Comparator
        .comparingInt((ReportingCycle c) -> Math.abs(c.year() - cycle.year())).thenComparing(Comparator.reverseOrder()));
    throw new IllegalArgumentException("cycle " + describe(cycle) + " is not a cycle of the dataset; its cycles are "
        + (known.isEmpty() ? "none" : String.join(", ", known))
        + nearest.map(n -> "; did you mean " + describe(n) + "?").orElse(""));
  }

  private static String describe(ReportingCycle cycle) {
    return cycle.meeting() + " (" + cycle.year() + ")";
  }

  /**
   * Refuses a dataset whose published figures name an indicator by an id that differs from one of {@code indicators}'
   * only in case ({@code vcap-1.a} for {@code VCAP-1.a}): the figures would silently not be the indicator's.
   *
   * @throws IllegalArgumentException naming the id as printed and the indicator's
   */
  static void indicatorIds(MonitoringDataset dataset, Collection<Indicator> indicators) {
    if (dataset.memo().get(PrintedIds.KEY).noneDiffersInCase(indicators)) {
      return;
    }
    Map<String, String> byUpperCase = indicators.stream().map(Indicator::id).distinct()
        .collect(ImmutableMap.toImmutableMap(id -> id.toUpperCase(Locale.ROOT), id -> id));
    for (String id : dataset.publishedByIndicator().keySet()) {
      String same = byUpperCase.get(id.toUpperCase(Locale.ROOT));
      if (same != null && !same.equals(id)) {
        throw new IllegalArgumentException("published values name indicator '" + id + "', which is no indicator's id "
            + "(ids are case-sensitive); did you mean " + same + "? The published values of " + same + " are those "
            + "whose indicator is '" + same + "'");
      }
    }
  }

  /**
   * The ids the dataset's published values name indicators by, kept with the dataset: a quick check that no evaluated
   * indicator's id differs from one of them only in case. It holds, for ids all ASCII, the hash of each id with its
   * letters in upper case, so that most ids are cleared by one search of an array; an id whose hash is among them is
   * compared with the printed ids letter by letter.
   */
  private static final class PrintedIds {

    static final DatasetMemo.Key<PrintedIds> KEY = PrintedIds::of;

    private final NavigableMap<String, List<String>> byLetters;
    private final int[] upperCaseHashes;
    private final boolean ascii;
    /**
     * The last indicators found to differ from no printed id only in case: a plan evaluated again (its indicator list
     * is immutable, and the same list each time) is not checked again. Read and written without a lock: any thread
     * may see an older list, and then checks again.
     */
    private volatile Collection<Indicator> lastCleared;

    private PrintedIds(NavigableMap<String, List<String>> byLetters, int[] upperCaseHashes, boolean ascii) {
      this.byLetters = byLetters;
      this.upperCaseHashes = upperCaseHashes;
      this.ascii = ascii;
    }

    static PrintedIds of(MonitoringDataset dataset) {
      TreeMap<String, List<String>> ids = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      dataset.publishedByIndicator().keySet().forEach(id -> ids.computeIfAbsent(id, k -> new ArrayList<>()).add(id));
      int[] hashes = dataset.publishedByIndicator().keySet().stream().mapToInt(PrintedIds::upperCaseHash).sorted()
          .toArray();
      return new PrintedIds(Collections.unmodifiableNavigableMap(ids), hashes,
          dataset.publishedByIndicator().keySet().stream().allMatch(id -> upperCaseHash(id) != NOT_ASCII));
    }

    /**
     * Whether no id of {@code indicators} differs from a printed one only in case; false also where the quick check
     * cannot tell: an id that is not ASCII, whose case {@link String#CASE_INSENSITIVE_ORDER} folds otherwise than
     * {@link String#toUpperCase(Locale)}.
     */
    boolean noneDiffersInCase(Collection<Indicator> indicators) {
      if (indicators == lastCleared) {
        return true;
      }
      boolean none = noneDiffersInCaseChecked(indicators);
      if (none && indicators instanceof ImmutableCollection) {
        lastCleared = indicators;
      }
      return none;
    }

    /** {@link #noneDiffersInCase}, id by id. */
    private boolean noneDiffersInCaseChecked(Collection<Indicator> indicators) {
      if (!ascii) {
        return false;
      }
      for (Indicator i : indicators) {
        int hash = upperCaseHash(i.id());
        if (hash == NOT_ASCII) {
          return false;
        }
        if (Arrays.binarySearch(upperCaseHashes, hash) >= 0) {
          List<String> same = byLetters.get(i.id());
          if (same != null && (same.size() > 1 || !same.get(0).equals(i.id()))) {
            return false;
          }
        }
      }
      return true;
    }

    /** What an id that is not all ASCII hashes to here. */
    private static final int NOT_ASCII = Integer.MIN_VALUE;

    /** The hash of {@code id} with its ASCII letters in upper case, as {@link String#hashCode} computes it. */
    private static int upperCaseHash(String id) {
      int h = 0;
      for (int c = 0; c < id.length(); c++) {
        char ch = id.charAt(c);
        if (ch > 0x7f) {
          return NOT_ASCII;
        }
        h = 31 * h + (ch >= 'a' && ch <= 'z' ? ch - ('a' - 'A') : ch);
      }
      return h == NOT_ASCII ? NOT_ASCII + 1 : h;
    }
  }
}
