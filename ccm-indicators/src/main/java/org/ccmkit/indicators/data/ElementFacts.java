package org.ccmkit.indicators.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;
import java.util.Optional;
import org.ccmkit.model.plan.ValueType;

/**
 * The facts of one data element in one cycle, arranged for counting by the subjects' indices in their {@link
 * FactIndex}: the subjects that report the element, those with an affirmative fact for it, each subject's facts
 * (deduplicated, sorted by source), and the greatest number its facts give ("where sources give different numbers,
 * the greatest is used"). Built once per dataset; immutable.
 */
public final class ElementFacts {

  static final ElementFacts NONE = new ElementFacts(ImmutableMap.of(), SubjectSet.empty(), SubjectSet.empty(),
      SubjectSet.empty(), SubjectSet.empty(), SubjectSet.empty(), new ImmutableList<?>[0], new BigDecimal[0],
      new BigDecimal[0]);

  private final ImmutableMap<String, ImmutableList<Fact>> bySubject;
  private final SubjectSet reporting;
  private final SubjectSet affirming;
  private final SubjectSet notAffirming;
  private final SubjectSet ofPeriod;
  private final SubjectSet loose;
  private final ImmutableList<?>[] facts;
  private final BigDecimal[] greatest;
  private final BigDecimal[] greatestCount;
  /**
   * {@link #greatestCount} as a {@code long}, 0 where there is none, if every subject's is a whole number within a
   * {@code long}; else {@code null}: a sum over many subjects then adds longs, not {@code BigDecimal}s. Empty, and
   * never read, where no subject has a count.
   */
  private final long[] wholeCount;

  private ElementFacts(ImmutableMap<String, ImmutableList<Fact>> bySubject, SubjectSet reporting,
      SubjectSet affirming, SubjectSet notAffirming, SubjectSet ofPeriod, SubjectSet loose, ImmutableList<?>[] facts,
      BigDecimal[] greatest, BigDecimal[] greatestCount) {
    this.bySubject = bySubject;
    this.reporting = reporting;
    this.affirming = affirming;
    this.notAffirming = notAffirming;
    this.ofPeriod = ofPeriod;
    this.loose = loose;
    this.facts = facts;
    this.greatest = greatest;
    this.greatestCount = greatestCount;
    this.wholeCount = wholeNumbers(greatestCount);
  }

  /** The whole counts of an element no subject gave a count for: none is read. */
  private static final long[] NO_COUNTS = {};

  /**
   * {@code numbers} as longs, 0 for none, if each is a whole number within a long; else {@code null}. Most elements
   * are yes or no, with no number at all: they share one empty array, which is never read.
   */
  private static long[] wholeNumbers(BigDecimal[] numbers) {
    if (Arrays.stream(numbers).allMatch(Objects::isNull)) {
      return NO_COUNTS;
    }
    long[] whole = new long[numbers.length];
    for (int i = 0; i < numbers.length; i++) {
      if (numbers[i] != null) {
        try {
          whole[i] = numbers[i].longValueExact();
        } catch (ArithmeticException notWhole) {
          return null;
        }
      }
    }
    return whole;
  }

  /** The element's facts: subject → its facts, subjects in code order; {@code indexOf} numbers the subjects. */
  static ElementFacts of(ImmutableMap<String, ImmutableList<Fact>> bySubject, ImmutableMap<String, Integer> indexOf) {
    int n = indexOf.size();
    BitSet reporting = new BitSet(n);
    BitSet affirming = new BitSet(n);
    BitSet ofPeriod = new BitSet(n);
    BitSet loose = new BitSet(n);
    ImmutableList<?>[] facts = new ImmutableList<?>[n];
    BigDecimal[] greatest = new BigDecimal[n];
    BigDecimal[] greatestCount = new BigDecimal[n];
    bySubject.forEach((subject, own) -> {
      int i = indexOf.get(subject);
      reporting.set(i);
      facts[i] = own;
      for (Fact f : own) {
        if (f.value().isAffirmative()) {
          affirming.set(i);
        }
        if (f.period().isPresent()) {
          ofPeriod.set(i);
        }
        if (f.loose()) {
          loose.set(i);
        }
        if (f.value().number().isPresent()) {
          BigDecimal number = f.value().number().get();
          greatest[i] = greater(greatest[i], number);
          if (f.value().type() == ValueType.COUNT || f.value().type() == ValueType.QUANTITY) {
            greatestCount[i] = greater(greatestCount[i], number);
          }
        }
      }
    });
    SubjectSet reportingSet = SubjectSet.of(reporting);
    SubjectSet affirmingSet = SubjectSet.of(affirming);
    return new ElementFacts(bySubject, reportingSet, affirmingSet, reportingSet.andNot(affirmingSet),
        SubjectSet.of(ofPeriod), SubjectSet.of(loose), facts, greatest, greatestCount);
  }

  /**
   * The facts of an element no subject reported: every set empty, no facts.
   *
   * @return the facts of an element no subject reported
   */
  public static ElementFacts none() {
    return NONE;
  }

  private static BigDecimal greater(BigDecimal a, BigDecimal b) {
    return a == null || b.compareTo(a) > 0 ? b : a;
  }

  /** {@return the facts by subject, subjects in code order} */
  public ImmutableMap<String, ImmutableList<Fact>> bySubject() {
    return bySubject;
  }

  /** {@return the subjects with any fact for the element in the cycle} */
  public SubjectSet reporting() {
    return reporting;
  }

  /**
   * {@return the subjects with an affirmative fact for the element in the cycle (where sources disagree, one suffices)}
   */
  public SubjectSet affirming() {
    return affirming;
  }

  /** {@return the subjects that report the element and have no affirmative fact for it: known not to meet it} */
  public SubjectSet notAffirming() {
    return notAffirming;
  }

  /** {@return the subjects with a fact for the element that is a fact of a period rather than of the cycle} */
  public SubjectSet ofPeriod() {
    return ofPeriod;
  }

  /** {@return the subjects with a fact that evidences the element only {@linkplain Fact#loose() loosely}} */
  public SubjectSet loose() {
    return loose;
  }

  /**
   * The facts of the subject of index {@code subject}, deduplicated and sorted by source; empty if none.
   *
   * @param subject the subject: a State's code or a meeting's id
   * @return the facts of the subject of index {@code subject}, deduplicated and sorted by source; empty if none
   */
  @SuppressWarnings("unchecked")
  public ImmutableList<Fact> factsOf(int subject) {
    ImmutableList<Fact> own = subject < facts.length ? (ImmutableList<Fact>) facts[subject] : null;
    return own == null ? ImmutableList.of() : own;
  }

  /**
   * The greatest number the subject's facts give for the element, if any gives one.
   *
   * @param subject the subject: a State's code or a meeting's id
   * @return the greatest number the subject's facts give for the element, if any gives one
   */
  public Optional<BigDecimal> greatestNumber(int subject) {
    return Optional.ofNullable(subject < greatest.length ? greatest[subject] : null);
  }

  /**
   * The greatest number the subject's COUNT or QUANTITY facts give for the element, if any gives one.
   *
   * @param subject the subject: a State's code or a meeting's id
   * @return the greatest number the subject's COUNT or QUANTITY facts give for the element, if any gives one
   */
  public Optional<BigDecimal> greatestCount(int subject) {
    return Optional.ofNullable(subject < greatestCount.length ? greatestCount[subject] : null);
  }

  /**
   * Whether the greatest number of every subject's COUNT or QUANTITY facts, where it has one, is a whole number within
   * a {@code long}, so that {@link #wholeCountOr} gives it.
   *
   * @return whether every subject's greatest count is a whole number within a {@code long}
   */
  public boolean countsAreWhole() {
    return wholeCount != null;
  }

  /**
   * {@link #greatestCountOr} as a {@code long}, where {@link #countsAreWhole()}: for sums over many subjects.
   *
   * @param subject the subject: a State's code or a meeting's id
   * @param otherwise the number where none of the subject's facts gives one
   * @return the greatest number the subject's COUNT or QUANTITY facts give for the element, or {@code otherwise}
   * @throws IllegalStateException if not every subject's greatest count is a whole number within a {@code long}
   */
  public long wholeCountOr(int subject, long otherwise) {
    if (wholeCount == null) {
      throw new IllegalStateException("ElementFacts.wholeCountOr: a greatest count is not a whole number within a "
          + "long; ask countsAreWhole() first, or use greatestCountOr");
    }
    return subject >= 0 && subject < greatestCount.length && greatestCount[subject] != null ? wholeCount[subject]
        : otherwise;
  }

  /**
   * The greatest number the subject's COUNT or QUANTITY facts give for the element, or {@code otherwise} where none
   * gives one: {@link #greatestCount} without an {@code Optional}, for sums over many subjects.
   *
   * @param subject the subject: a State's code or a meeting's id
   * @param otherwise the number where none of the subject's facts gives one
   * @return the greatest number the subject's COUNT or QUANTITY facts give for the element, or {@code otherwise}
   */
  public BigDecimal greatestCountOr(int subject, BigDecimal otherwise) {
    BigDecimal n = subject < greatestCount.length ? greatestCount[subject] : null;
    return n == null ? otherwise : n;
  }

  /**
   * The greatest number the subject's facts give for the element, or {@code otherwise} where none gives one: {@link
   * #greatestNumber} without an {@code Optional}, for sums over many subjects.
   *
   * @param subject the subject: a State's code or a meeting's id
   * @param otherwise the number where none of the subject's facts gives one
   * @return the greatest number the subject's facts give for the element, or {@code otherwise}
   */
  public BigDecimal greatestNumberOr(int subject, BigDecimal otherwise) {
    BigDecimal n = subject < greatest.length ? greatest[subject] : null;
    return n == null ? otherwise : n;
  }
}
