package org.ccmkit.indicators.data;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A set of subjects of one dataset, as a bitset over the dense numbering its {@link FactIndex} gives them ({@link
 * FactIndex#subjects()}: subjects in code order, so that the set's order is the subjects' code order). The
 * evaluator's core works with these: the subjects that report a data element in a cycle, those that affirm it, the
 * members of a population; a numerator is the intersection of a population with the subjects that meet its criterion.
 * Immutable: an operation gives a new set, or one of its operands where that is the result.
 */
public final class SubjectSet {

  private static final long[] NO_WORDS = {};
  private static final SubjectSet EMPTY = new SubjectSet(NO_WORDS);

  /** The set's bits, 64 subjects a word as in {@link BitSet#toLongArray()}; the last word, if any, is not zero. */
  private final long[] words;
  /**
   * The number of subjects, counted once: an evaluation asks the size of each of its sets for its population results,
   * its score and its reasons.
   */
  private final int size;

  private SubjectSet(long[] words) {
    this.words = words;
    int n = 0;
    for (long w : words) {
      n += Long.bitCount(w);
    }
    this.size = n;
  }

  /** The set of {@code words}, which the caller gives up; trailing zero words are dropped. */
  private static SubjectSet ofWords(long[] words, int length) {
    int n = length;
    while (n > 0 && words[n - 1] == 0) {
      n--;
    }
    return n == 0 ? EMPTY : new SubjectSet(n == words.length ? words : Arrays.copyOf(words, n));
  }

  /** {@return the empty set} */
  public static SubjectSet empty() {
    return EMPTY;
  }

  /**
   * The set of the given subject indices; {@code bits} is copied.
   *
   * @param bits the bits
   * @return the set of the given subject indices; {@code bits} is copied
   */
  public static SubjectSet of(BitSet bits) {
    long[] words = bits.toLongArray();
    return words.length == 0 ? EMPTY : new SubjectSet(words);
  }

  /**
   * The subjects in both sets.
   *
   * @param other the other one
   * @return the subjects in both sets
   */
  public SubjectSet and(SubjectSet other) {
    if (other == this) {
      return this;
    }
    if (isEmpty() || other.isEmpty()) {
      return EMPTY;
    }
    if (other.containsAll(this)) {
      return this;
    }
    if (containsAll(other)) {
      return other;
    }
    int n = Math.min(words.length, other.words.length);
    long[] both = new long[n];
    for (int i = 0; i < n; i++) {
      both[i] = words[i] & other.words[i];
    }
    return ofWords(both, n);
  }

  /**
   * The subjects in either set.
   *
   * @param other the other one
   * @return the subjects in either set
   */
  public SubjectSet or(SubjectSet other) {
    if (other.isEmpty() || other == this) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    long[] longer = words.length >= other.words.length ? words : other.words;
    long[] shorter = longer == words ? other.words : words;
    long[] either = longer.clone();
    for (int i = 0; i < shorter.length; i++) {
      either[i] |= shorter[i];
    }
    return new SubjectSet(either);
  }

  /**
   * The subjects in this set and not in {@code other}.
   *
   * @param other the other one
   * @return the subjects in this set and not in {@code other}
   */
  public SubjectSet andNot(SubjectSet other) {
    if (other == this) {
      return EMPTY;
    }
    if (!intersects(other)) {
      return this;
    }
    long[] rest = words.clone();
    for (int i = 0, n = Math.min(rest.length, other.words.length); i < n; i++) {
      rest[i] &= ~other.words[i];
    }
    return ofWords(rest, rest.length);
  }

  /**
   * The subjects in this set and in neither {@code first} nor {@code second}.
   *
   * @param first the one
   * @param second the other one
   * @return the subjects in this set and in neither {@code first} nor {@code second}
   */
  public SubjectSet andNot(SubjectSet first, SubjectSet second) {
    if (!intersects(first) || !intersects(second)) {
      return andNot(intersects(first) ? first : second);
    }
    long[] rest = words.clone();
    for (int i = 0, n = Math.min(rest.length, first.words.length); i < n; i++) {
      rest[i] &= ~first.words[i];
    }
    for (int i = 0, n = Math.min(rest.length, second.words.length); i < n; i++) {
      rest[i] &= ~second.words[i];
    }
    return ofWords(rest, rest.length);
  }

  /**
   * The subjects in at least {@code n} of {@code sets}.
   *
   * @param n the number
   * @param sets the sets
   * @return the subjects in at least {@code n} of {@code sets}
   */
  public static SubjectSet inAtLeast(int n, List<SubjectSet> sets) {
    int length = sets.stream().mapToInt(s -> s.words.length).max().orElse(0) * Long.SIZE;
    int[] count = new int[length];
    sets.forEach(s -> s.forEach(i -> count[i]++));
    long[] result = new long[length / Long.SIZE];
    for (int i = 0; i < length; i++) {
      if (count[i] >= n) {
        result[i / Long.SIZE] |= 1L << i;
      }
    }
    return ofWords(result, result.length);
  }

  /**
   * Whether the subject of index {@code subject} is in the set.
   *
   * @param subject the subject: a State's code or a meeting's id
   * @return whether the subject of index {@code subject} is in the set
   */
  public boolean contains(int subject) {
    int word = subject >> 6;
    return subject >= 0 && word < words.length && (words[word] & 1L << subject) != 0;
  }

  /**
   * Whether any subject of {@code other} is in this set.
   *
   * @param other the other one
   * @return whether any subject of {@code other} is in this set
   */
  public boolean intersects(SubjectSet other) {
    for (int i = 0, n = Math.min(words.length, other.words.length); i < n; i++) {
      if ((words[i] & other.words[i]) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every subject of {@code other} is in this set.
   *
   * @param other the other one
   * @return whether every subject of {@code other} is in this set
   */
  public boolean containsAll(SubjectSet other) {
    if (other.words.length > words.length) {
      return false;
    }
    for (int i = 0; i < other.words.length; i++) {
      if ((other.words[i] & ~words[i]) != 0) {
        return false;
      }
    }
    return true;
  }

  /** {@return the number of subjects} */
  public int size() {
    return size;
  }

  /**
   * {@return how many words of 64 subjects the set's bits take, up to the last that is not zero: its words are those of
   * index 0 to {@code wordCount() - 1}}
   */
  public int wordCount() {
    return words.length;
  }

  /**
   * The set's word of index {@code index}: whether each of the subjects 64·{@code index} to 64·{@code index} + 63 is in
   * the set, one bit each, as {@link BitSet#toLongArray()} gives them; zero beyond the last word. What a loop reads to
   * count the subjects of several sets combined without making the combination.
   *
   * @param index the word's index, from 0
   * @return the set's word of index {@code index}; zero at or beyond {@link #wordCount()}
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public long word(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("SubjectSet.word: index must not be negative, was " + index);
    }
    return index < words.length ? words[index] : 0L;
  }

  /** {@return whether the set has no subject} */
  public boolean isEmpty() {
    return words.length == 0;
  }

  /**
   * Gives each subject's index to {@code action}, in increasing order (the subjects' code order).
   *
   * @param action the action
   */
  public void forEach(IntConsumer action) {
    for (int i = 0; i < words.length; i++) {
      for (long w = words[i]; w != 0; w &= w - 1) {
        action.accept(i * Long.SIZE + Long.numberOfTrailingZeros(w));
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubjectSet s && Arrays.equals(words, s.words);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }

  @Override
  public String toString() {
    return "SubjectSet" + BitSet.valueOf(words);
  }
}
