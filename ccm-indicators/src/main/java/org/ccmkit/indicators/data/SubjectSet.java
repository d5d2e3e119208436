package org.ccmkit.indicators.data;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A set of subjects of one dataset, as a bitset over the dense numbering its {@link FactIndex} gives them ({@link
 * FactIndex#subjects()}: subjects in code order, so that the set's order is the subjects' code order). The
 * evaluator's core works with these: the subjects that report a data element in a cycle, those that affirm it, the
 * members of a population; a numerator is the intersection of a population with the subjects that meet its criterion.
 * Immutable: every operation gives a new set.
 */
public final class SubjectSet {

  private static final SubjectSet EMPTY = new SubjectSet(new BitSet(0));

  private final BitSet bits;

  private SubjectSet(BitSet bits) {
    this.bits = bits;
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
    return new SubjectSet((BitSet) bits.clone());
  }

  /**
   * The subjects in both sets.
   *
   * @param other the other one
   * @return the subjects in both sets
   */
  public SubjectSet and(SubjectSet other) {
    if (isEmpty() || other.isEmpty()) {
      return EMPTY;
    }
    BitSet b = (BitSet) bits.clone();
    b.and(other.bits);
    return new SubjectSet(b);
  }

  /**
   * The subjects in either set.
   *
   * @param other the other one
   * @return the subjects in either set
   */
  public SubjectSet or(SubjectSet other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    BitSet b = (BitSet) bits.clone();
    b.or(other.bits);
    return new SubjectSet(b);
  }

  /**
   * The subjects in this set and not in {@code other}.
   *
   * @param other the other one
   * @return the subjects in this set and not in {@code other}
   */
  public SubjectSet andNot(SubjectSet other) {
    if (isEmpty() || other.isEmpty()) {
      return this;
    }
    BitSet b = (BitSet) bits.clone();
    b.andNot(other.bits);
    return new SubjectSet(b);
  }

  /**
   * The subjects in at least {@code n} of {@code sets}.
   *
   * @param n the number
   * @param sets the sets
   * @return the subjects in at least {@code n} of {@code sets}
   */
  public static SubjectSet inAtLeast(int n, List<SubjectSet> sets) {
    int length = sets.stream().mapToInt(s -> s.bits.length()).max().orElse(0);
    int[] count = new int[length];
    sets.forEach(s -> s.forEach(i -> count[i]++));
    BitSet result = new BitSet(length);
    for (int i = 0; i < length; i++) {
      if (count[i] >= n) {
        result.set(i);
      }
    }
    return new SubjectSet(result);
  }

  /**
   * Whether the subject of index {@code subject} is in the set.
   *
   * @param subject the subject: a State's code or a meeting's id
   * @return whether the subject of index {@code subject} is in the set
   */
  public boolean contains(int subject) {
    return subject >= 0 && bits.get(subject);
  }

  /**
   * Whether any subject of {@code other} is in this set.
   *
   * @param other the other one
   * @return whether any subject of {@code other} is in this set
   */
  public boolean intersects(SubjectSet other) {
    return bits.intersects(other.bits);
  }

  /**
   * Whether every subject of {@code other} is in this set.
   *
   * @param other the other one
   * @return whether every subject of {@code other} is in this set
   */
  public boolean containsAll(SubjectSet other) {
    return other.andNot(this).isEmpty();
  }

  /** {@return the number of subjects} */
  public int size() {
    return bits.cardinality();
  }

  /** {@return whether the set has no subject} */
  public boolean isEmpty() {
    return bits.isEmpty();
  }

  /**
   * Gives each subject's index to {@code action}, in increasing order (the subjects' code order).
   *
   * @param action the action
   */
  public void forEach(IntConsumer action) {
    for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
      action.accept(i);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubjectSet s && bits.equals(s.bits);
  }

  @Override
  public int hashCode() {
    return bits.hashCode();
  }

  @Override
  public String toString() {
    return "SubjectSet" + bits;
  }
}
