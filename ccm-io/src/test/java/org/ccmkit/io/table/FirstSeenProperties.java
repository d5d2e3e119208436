package org.ccmkit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.model.SourceRef;
import org.junit.jupiter.api.Test;

/** The duplicate check's table of first facts agrees with a plain map of records, on both of its paths. */
class FirstSeenProperties {

  private record Key(String subject, String cycle, String element, String document) {}

  /**
   * The subject of number {@code s}, each number its own: a State code (AAA, AAB, ...) for the first 17,576, then an
   * extension request of one of them (AAA-4-1MSP, ...): a fact's subject is a State, a meeting or an extension request.
   */
  private static String code(int s) {
    int state = s % 17_576;
    String code = new String(new char[] {(char) ('A' + state / 676), (char) ('A' + state / 26 % 26),
        (char) ('A' + state % 26)});
    return s < 17_576 ? code : code + "-4-" + (s / 17_576) + "MSP";
  }

  private static Fact fact(int s, int c, int e, int d) {
    return Fact.builder().subject(code(s)).cycle((c + 1) + "MSP").element("bench.e" + e).value(FactValue.of(true))
        .source(SourceRef.of("doc" + d, "p. 1")).build();
  }

  @Property
  void firstFactOfEachKeyIsTheOneRemembered(
      @ForAll @Size(max = 300) List<@IntRange(max = 7) Integer> subjects,
      @ForAll @IntRange(max = 3) int cycles) {
    FirstSeen seen = new FirstSeen();
    Map<Key, Integer> expected = new HashMap<>();
    int row = 0;
    for (int s : subjects) {
      row++;
      Fact f = fact(s, row % (cycles + 1), row % 5, row % 3);
      Integer first = expected.putIfAbsent(new Key(f.subject(), f.cycle(), f.element(), f.source().document()), row);
      int index = seen.putIfAbsent(f, row * 10, row);
      if (first == null) {
        assertEquals(-1, index);
      } else {
        assertEquals(first, seen.row(index));
        assertEquals(first * 10, seen.line(index));
        assertEquals(f.subject(), seen.fact(index).subject());
      }
    }
  }

  @Property(tries = 200)
  void sparseSubjectsGoFromTheArraysToTheTableAndAreStillFound(
      @ForAll @Size(min = 1, max = 3000) List<@IntRange(max = 20_000) Integer> subjects,
      @ForAll @IntRange(min = 1, max = 400) int elements) {
    FirstSeen seen = new FirstSeen();
    Map<Key, Integer> expected = new HashMap<>();
    int row = 0;
    for (int s : subjects) {
      row++;
      Fact f = fact(s, 0, (s + row) % elements, 0);
      Integer first = expected.putIfAbsent(new Key(f.subject(), f.cycle(), f.element(), f.source().document()), row);
      int index = seen.putIfAbsent(f, row, row);
      assertEquals(first == null ? -1 : (int) first, index < 0 ? -1 : seen.row(index), f.toString());
    }
    // Every key read again finds its first fact, wherever its group went.
    for (Map.Entry<Key, Integer> e : expected.entrySet()) {
      Key k = e.getKey();
      Fact again = Fact.builder().subject(k.subject()).cycle(k.cycle()).element(k.element())
          .value(FactValue.of(false)).source(SourceRef.of(k.document(), "p. 2")).build();
      int index = seen.putIfAbsent(again, 0, 0);
      assertEquals(e.getValue(), index < 0 ? null : seen.row(index), k.toString());
    }
  }

  @Test
  void aGroupPerFactWithAFreshSubjectEachLeavesTheArraysAndIsStillFound() {
    FirstSeen seen = new FirstSeen();
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      assertEquals(-1, seen.putIfAbsent(fact(i, 0, i, 0), i + 1, i + 1));
    }
    for (int i = 0; i < n; i++) {
      int index = seen.putIfAbsent(fact(i, 0, i, 0), 0, 0);
      assertEquals(i + 1, seen.row(index));
      assertEquals(-1, seen.putIfAbsent(fact(i, 0, i, 1), 0, 0));
    }
  }

  @Test
  void moreDistinctStringsThanTheyPackStillFindTheFirst() {
    FirstSeen seen = new FirstSeen();
    int n = 70_000;
    for (int i = 0; i < n; i++) {
      assertEquals(-1, seen.putIfAbsent(fact(1, 1, 1, i), i + 1, i + 1));
    }
    for (int i = 0; i < n; i += 997) {
      int index = seen.putIfAbsent(fact(1, 1, 1, i), 0, 0);
      assertEquals(i + 1, seen.row(index));
    }
    assertEquals(-1, seen.putIfAbsent(fact(2, 1, 1, n - 1), 0, 0));
  }
}
