package org.ccmkit.io.table;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.ccmkit.indicators.data.Fact;

/**
 * The first fact read for each subject, cycle, element and source document, with its line and row, for the duplicate
 * and conflict checks of one read. The strings are numbered as they are first seen ({@link #id}), which also gives the
 * read's one copy of each ({@link #name}); while each number fits in 16 bits a key is the 64-bit packing of its four,
 * held in an open-addressing table of primitives where a key and its entry sit side by side (no object a row, one
 * cache line a lookup); a key with a larger number goes to a map of records. A key always takes the same path, since a
 * string keeps its number.
 */
final class FirstSeen {

  private static final int MAX_ID = 0xFFFF;

  private final Map<String, Integer> ids = new HashMap<>();
  private String[] names = new String[1 << 8];
  private final Map<Key, Integer> overflow = new HashMap<>();

  /** Open addressing: {@code table[2i]} is a key, {@code table[2i + 1]} 1 + the index of its entry (0: empty slot). */
  private long[] table = new long[2 << 10];
  private int size;

  private Fact[] facts = new Fact[1 << 10];
  private int[] lines = new int[1 << 10];
  private int[] rows = new int[1 << 10];
  private int count;

  private record Key(String subject, String cycle, String element, String document) {}

  /**
   * The number of {@code s} in this read, given to it when first seen; -1 once more than 65,536 strings are numbered
   * and {@code s} is not one of them.
   */
  int id(String s) {
    Integer id = ids.get(s);
    if (id != null) {
      return id;
    }
    int next = ids.size();
    if (next > MAX_ID) {
      return -1;
    }
    ids.put(s, next);
    if (next == names.length) {
      names = Arrays.copyOf(names, next * 2);
    }
    names[next] = s;
    return next;
  }

  /** {@return the string numbered {@code id}: the first copy of it read} */
  String name(int id) {
    return names[id];
  }

  /**
   * Remembers {@code fact} at {@code line} and {@code row} unless a fact was already seen for its key.
   *
   * @return the index of the fact seen first for the key (see {@link #fact}), or -1 if {@code fact} is the first
   */
  int putIfAbsent(Fact fact, int line, int row) {
    return putIfAbsent(id(fact.subject()), id(fact.cycle()), id(fact.element()), id(fact.source().document()), fact,
        line, row);
  }

  /**
   * {@link #putIfAbsent(Fact, int, int)} for a fact whose subject, cycle, element and source document have the numbers
   * {@code s}, {@code c}, {@code e} and {@code d} ({@link #id}).
   */
  int putIfAbsent(int s, int c, int e, int d, Fact fact, int line, int row) {
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
    int mask = (table.length >> 1) - 1;
    int i = mix(key) & mask;
    while (table[2 * i + 1] != 0) {
      if (table[2 * i] == key) {
        return (int) table[2 * i + 1] - 1;
      }
      i = (i + 1) & mask;
    }
    table[2 * i] = key;
    table[2 * i + 1] = count + 1;
    add(fact, line, row);
    if (++size * 4 > table.length) {
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

  /** Twice the slots, each entry placed again; the table stays at most half full. */
  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    int mask = (table.length >> 1) - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j + 1] != 0) {
        int i = mix(old[j]) & mask;
        while (table[2 * i + 1] != 0) {
          i = (i + 1) & mask;
        }
        table[2 * i] = old[j];
        table[2 * i + 1] = old[j + 1];
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
