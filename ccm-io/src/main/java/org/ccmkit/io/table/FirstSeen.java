package org.ccmkit.io.table;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.ccmkit.indicators.data.Fact;

/**
 * The first fact read for each subject, cycle, element and source document, with its line and row, for the duplicate
 * and conflict checks of one read. Subjects are numbered as they are first seen, and so are the other strings, apart
 * ({@link #subjectId}, {@link #id}), which also gives the read's one copy of each ({@link #subjectName},
 * {@link #name}). While every number fits in 16 bits:
 *
 * <ul>
 *   <li>the facts of one cycle, element and document (a group, found in a small open-addressing table) are kept in an
 *       array by subject number: a long table names the same few hundred subjects in every group, so the arrays are
 *       dense and small, and a lookup reads memory near the one before it;
 *   <li>a group whose subjects are too sparse for an array (the arrays may hold at most four slots for each fact, plus
 *       65,536) is kept in an open-addressing table of the four numbers packed in a long, each key beside its entry.
 * </ul>
 *
 * A key with a larger number goes to a map of records. A key always takes the same path, since a string keeps its
 * number and a group stays where it went. No object is made a row.
 */
final class FirstSeen {

  private static final int MAX_ID = 0xFFFF;

  /** The most array slots for each fact seen, beyond {@link #FREE_SLOTS}. */
  private static final int SLOTS_PER_FACT = 4;

  private static final int FREE_SLOTS = 1 << 16;

  private final Numbering subjects = new Numbering();
  private final Numbering others = new Numbering();
  private final Map<Key, Integer> overflow = new HashMap<>();

  /** Groups: {@code groupKeys[i]} a cycle, element and document packed, {@code groupSlots[i]} 1 + its number. */
  private long[] groupKeys = new long[1 << 8];
  private int[] groupSlots = new int[1 << 8];
  private int groups;
  /** Each group's entries by subject number (1 + the entry's index, 0: none), or null if the group is in the table. */
  private int[][] members = new int[1 << 7][];
  private long slotsInArrays;

  /** Open addressing: {@code table[2i]} a key, {@code table[2i + 1]} 1 + the index of its entry (0: empty slot). */
  private long[] table = new long[2 << 8];
  private int size;

  private Fact[] facts = new Fact[1 << 10];
  private int[] lines = new int[1 << 10];
  private int[] rows = new int[1 << 10];
  private int count;

  private record Key(String subject, String cycle, String element, String document) {}

  /** {@return the number of subject {@code s} in this read (-1 past 65,536 subjects, for a new one)} */
  int subjectId(String s) {
    return subjects.id(s);
  }

  /** {@return the subject numbered {@code id}: the first copy of it read} */
  String subjectName(int id) {
    return subjects.name(id);
  }

  /**
   * The number of {@code s} (a cycle, an element or a document) in this read, given to it when first seen; -1 once more
   * than 65,536 of them are numbered and {@code s} is not one of them.
   */
  int id(String s) {
    return others.id(s);
  }

  /** {@return the string numbered {@code id}: the first copy of it read} */
  String name(int id) {
    return others.name(id);
  }

  /** Strings numbered 0, 1, … as they are first seen, at most 65,536 of them. */
  private static final class Numbering {
    private final Map<String, Integer> ids = new HashMap<>();
    private String[] names = new String[1 << 8];

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

    String name(int id) {
      return names[id];
    }
  }

  /**
   * Remembers {@code fact} at {@code line} and {@code row} unless a fact was already seen for its key.
   *
   * @return the index of the fact seen first for the key (see {@link #fact}), or -1 if {@code fact} is the first
   */
  int putIfAbsent(Fact fact, int line, int row) {
    return putIfAbsent(subjectId(fact.subject()), id(fact.cycle()), id(fact.element()), id(fact.source().document()),
        fact, line, row);
  }

  /**
   * {@link #putIfAbsent(Fact, int, int)} for a fact whose subject has the number {@code s} ({@link #subjectId}) and
   * whose cycle, element and source document have the numbers {@code c}, {@code e} and {@code d} ({@link #id}).
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
    long group = ((long) c << 32) | ((long) e << 16) | d;
    int g = group(group);
    int[] m = members[g];
    if (m != null && s >= m.length) {
      m = widen(g, group, s);
    }
    if (m != null) {
      if (m[s] != 0) {
        return m[s] - 1;
      }
      m[s] = count + 1;
      add(fact, line, row);
      return -1;
    }
    return tablePutIfAbsent(((long) s << 48) | group, fact, line, row);
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

  /** The number of group {@code key}, a new one (with an empty array) if it is not yet seen. */
  private int group(long key) {
    int mask = groupKeys.length - 1;
    int i = mix(key) & mask;
    while (groupSlots[i] != 0) {
      if (groupKeys[i] == key) {
        return groupSlots[i] - 1;
      }
      i = (i + 1) & mask;
    }
    int g = groups++;
    groupKeys[i] = key;
    groupSlots[i] = g + 1;
    if (g == members.length) {
      members = Arrays.copyOf(members, g * 2);
    }
    members[g] = new int[0];
    if (groups * 2 > groupKeys.length) {
      growGroups();
    }
    return g;
  }

  /**
   * Group {@code g}'s array, wide enough for subject {@code s}; null, its entries moved to the table, if that would take
   * more array slots than the facts seen allow.
   */
  private int[] widen(int g, long group, int s) {
    int[] m = members[g];
    int width = Math.max(s + 1, Math.max(8, m.length * 2));
    if (slotsInArrays + width - m.length <= (long) SLOTS_PER_FACT * count + FREE_SLOTS) {
      slotsInArrays += width - m.length;
      members[g] = Arrays.copyOf(m, width);
      return members[g];
    }
    for (int subject = 0; subject < m.length; subject++) {
      if (m[subject] != 0) {
        tablePut(((long) subject << 48) | group, m[subject]);
      }
    }
    slotsInArrays -= m.length;
    members[g] = null;
    return null;
  }

  private int tablePutIfAbsent(long key, Fact fact, int line, int row) {
    int mask = (table.length >> 1) - 1;
    int i = mix(key) & mask;
    while (table[2 * i + 1] != 0) {
      if (table[2 * i] == key) {
        return (int) table[2 * i + 1] - 1;
      }
      i = (i + 1) & mask;
    }
    add(fact, line, row);
    table[2 * i] = key;
    table[2 * i + 1] = count;
    if (++size * 4 > table.length) {
      growTable();
    }
    return -1;
  }

  /** Puts {@code key} with {@code entry} (1 + an index), which the table does not hold. */
  private void tablePut(long key, long entry) {
    int mask = (table.length >> 1) - 1;
    int i = mix(key) & mask;
    while (table[2 * i + 1] != 0) {
      i = (i + 1) & mask;
    }
    table[2 * i] = key;
    table[2 * i + 1] = entry;
    if (++size * 4 > table.length) {
      growTable();
    }
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
  private void growTable() {
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

  private void growGroups() {
    long[] oldKeys = groupKeys;
    int[] oldSlots = groupSlots;
    groupKeys = new long[oldKeys.length * 2];
    groupSlots = new int[oldKeys.length * 2];
    int mask = groupKeys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldSlots[j] != 0) {
        int i = mix(oldKeys[j]) & mask;
        while (groupSlots[i] != 0) {
          i = (i + 1) & mask;
        }
        groupKeys[i] = oldKeys[j];
        groupSlots[i] = oldSlots[j];
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
