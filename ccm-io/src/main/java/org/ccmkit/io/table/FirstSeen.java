package org.ccmkit.io.table;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.ccmkit.indicators.data.Fact;

/**
 * The first fact read for each subject, cycle, element and source document, with its line and row, for the duplicate
 * and conflict checks of one read. The four strings are numbered as they are first seen; while each number fits in 16
 * bits the key is their 64-bit packing, held in an open-addressing table of primitives (no objects a row); a key with a
 * larger number goes to a map of records. A key always takes the same path, since a string keeps its number.
 */
final class FirstSeen {

  private static final int MAX_ID = 0xFFFF;

  private final Map<String, Integer> ids = new HashMap<>();
  private final Map<Key, Integer> overflow = new HashMap<>();

  /** Open addressing: {@code slots[i]} is 1 + the index of the entry whose key is {@code keys[i]}, 0 when empty. */
  private long[] keys = new long[1 << 10];
  private int[] slots = new int[1 << 10];
  private int size;

  private Fact[] facts = new Fact[1 << 10];
  private int[] lines = new int[1 << 10];
  private int[] rows = new int[1 << 10];
  private int count;

  private record Key(String subject, String cycle, String element, String document) {}

  /**
   * Remembers {@code fact} at {@code line} and {@code row} unless a fact was already seen for its key.
   *
   * @return the index of the fact seen first for the key (see {@link #fact}), or -1 if {@code fact} is the first
   */
  int putIfAbsent(Fact fact, int line, int row) {
    int s = id(fact.subject());
    int c = id(fact.cycle());
    int e = id(fact.element());
    int d = id(fact.source().document());
    if (s < 0 || c < 0 || e < 0 || d < 0) {
      Integer first = overflow.putIfAbsent(
          new Key(fact.subject(), fact.cycle(), fact.element(), fact.source().document()), count);
      if (first != null) {
        return first;
      }
      add(fact, line, row);
      return -1;
    }
    long key = ((long) s << 48) | ((long) c << 32) | ((long) e << 16) | d;
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (slots[i] != 0) {
      if (keys[i] == key) {
        return slots[i] - 1;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    slots[i] = count + 1;
    add(fact, line, row);
    if (++size * 2 > keys.length) {
      grow();
    }
    return -1;
  }

  Fact fact(int index) {
    return facts[index];
  }

  int line(int index) {
    return lines[index];
  }

  int row(int index) {
    return rows[index];
  }

  private int id(String s) {
    Integer id = ids.get(s);
    if (id != null) {
      return id;
    }
    if (ids.size() > MAX_ID) {
      return -1;
    }
    ids.put(s, ids.size());
    return ids.size() - 1;
  }

  private void add(Fact fact, int line, int row) {
    if (count == facts.length) {
      facts = Arrays.copyOf(facts, count * 2);
      lines = Arrays.copyOf(lines, count * 2);
      rows = Arrays.copyOf(rows, count * 2);
    }
    facts[count] = fact;
    lines[count] = line;
    rows[count] = row;
    count++;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[oldKeys.length * 2];
    slots = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldSlots[j] != 0) {
        int i = mix(oldKeys[j]) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        slots[i] = oldSlots[j];
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    return (int) (h ^ (h >>> 32));
  }
}
