package org.ccmkit.indicators.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * A {@link SubjectSet} is the set of subject indices its {@link BitSet} would be: every operation, size, membership
 * and order agrees with {@code java.util.BitSet}'s, for sets up to 300 subjects (several words, and words left empty
 * at the end by an operation), including a set combined with itself.
 */
@StatisticsReport(onFailureOnly = true)
class SubjectSetProperties {

  @Provide
  Arbitrary<Set<Integer>> subjects() {
    return Arbitraries.integers().between(0, 299).set().ofMaxSize(120);
  }

  private static BitSet bits(Set<Integer> subjects) {
    BitSet b = new BitSet();
    subjects.forEach(b::set);
    return b;
  }

  private static BitSet bitsOf(SubjectSet s) {
    BitSet b = new BitSet();
    s.forEach(b::set);
    return b;
  }

  @Property
  void operationsAgreeWithBitSet(@ForAll("subjects") Set<Integer> a, @ForAll("subjects") Set<Integer> b,
      @ForAll("subjects") Set<Integer> c) {
    SubjectSet x = SubjectSet.of(bits(a));
    SubjectSet y = SubjectSet.of(bits(b));
    SubjectSet z = SubjectSet.of(bits(c));
    BitSet and = bits(a);
    and.and(bits(b));
    BitSet or = bits(a);
    or.or(bits(b));
    BitSet andNot = bits(a);
    andNot.andNot(bits(b));
    BitSet andNotEither = (BitSet) andNot.clone();
    andNotEither.andNot(bits(c));
    Statistics.label("intersect").collect(bits(a).intersects(bits(b)));
    Statistics.label("empty operand").collect(a.isEmpty() || b.isEmpty());

    assertEquals(and, bitsOf(x.and(y)));
    assertEquals(or, bitsOf(x.or(y)));
    assertEquals(andNot, bitsOf(x.andNot(y)));
    assertEquals(andNotEither, bitsOf(x.andNot(y, z)));
    assertEquals(SubjectSet.of(and), x.and(y));
    assertEquals(SubjectSet.of(andNot), x.andNot(y));
    assertEquals(SubjectSet.of(andNot).hashCode(), x.andNot(y).hashCode());
    assertEquals(bits(a).intersects(bits(b)), x.intersects(y));
    assertEquals(andNot.isEmpty(), y.containsAll(x));
    assertEquals(a.size(), x.size());
    assertEquals(a.isEmpty(), x.isEmpty());
    for (int i = -1; i < 320; i++) {
      assertEquals(a.contains(i), x.contains(i), "contains " + i);
    }
    assertEquals(bits(a).toString(), x.toString().substring("SubjectSet".length()));
  }

  /** A set's words are those of its BitSet, zero past the last, and a negative index is named. */
  @Property
  void theWordsAreTheBitSetsWords(@ForAll("subjects") Set<Integer> a) {
    SubjectSet x = SubjectSet.of(bits(a));
    long[] words = bits(a).toLongArray();
    assertEquals(words.length, x.wordCount());
    for (int i = 0; i < words.length + 3; i++) {
      assertEquals(i < words.length ? words[i] : 0L, x.word(i), "word " + i);
    }
    IllegalArgumentException negative = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> x.word(-1));
    assertEquals("SubjectSet.word: index must not be negative, was -1", negative.getMessage());
  }

  @Property
  void aSetWithItselfIsItselfOrEmpty(@ForAll("subjects") Set<Integer> a) {
    SubjectSet x = SubjectSet.of(bits(a));
    assertEquals(x, x.and(x));
    assertEquals(x, x.or(x));
    assertEquals(SubjectSet.empty(), x.andNot(x));
    assertEquals(SubjectSet.empty(), x.andNot(x, SubjectSet.empty()));
    assertEquals(x, x.andNot(SubjectSet.empty(), SubjectSet.empty()));
  }

  @Property
  void forEachGivesTheSubjectsInIncreasingOrder(@ForAll("subjects") Set<Integer> a) {
    List<Integer> given = new ArrayList<>();
    SubjectSet.of(bits(a)).forEach(given::add);
    assertEquals(a.stream().sorted().toList(), given);
  }

  @Property
  void inAtLeastCountsTheSetsEachSubjectIsIn(@ForAll("subjects") Set<Integer> a, @ForAll("subjects") Set<Integer> b,
      @ForAll("subjects") Set<Integer> c, @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 3) int n) {
    List<SubjectSet> sets = List.of(SubjectSet.of(bits(a)), SubjectSet.of(bits(b)), SubjectSet.of(bits(c)));
    BitSet expected = new BitSet();
    for (int i = 0; i < 300; i++) {
      int in = (a.contains(i) ? 1 : 0) + (b.contains(i) ? 1 : 0) + (c.contains(i) ? 1 : 0);
      if (in >= n) {
        expected.set(i);
      }
    }
    Statistics.label("n").collect(n);
    assertEquals(SubjectSet.of(expected), SubjectSet.inAtLeast(n, sets));
  }
}
