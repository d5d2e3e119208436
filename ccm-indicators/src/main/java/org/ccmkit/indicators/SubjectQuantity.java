package org.ccmkit.indicators;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.ccmkit.indicators.data.ElementFacts;
import org.ccmkit.indicators.data.SubjectSet;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PopulationBase;

/**
 * What one subject adds to a sum ({@link org.ccmkit.indicators.result.SubjectEntry#quantity()}), by the indicator's
 * measure and whether it has a population. Where sources give different numbers for an element, the greatest is used.
 */
enum SubjectQuantity {
  /** A count of subjects: a subject adds nothing to a sum. */
  NOTHING {
    @Override
    Optional<BigDecimal> of(ElementFacts[] elements, int subject) {
      return Optional.empty();
    }

    @Override
    BigDecimal sum(ElementFacts[] elements, SubjectSet subjects) {
      return BigDecimal.ZERO;
    }
  },
  /** A QUANTITY: the greatest number the subject gives for each element, added up. */
  GREATEST_NUMBERS {
    @Override
    Optional<BigDecimal> of(ElementFacts[] elements, int subject) {
      BigDecimal sum = null;
      for (ElementFacts e : elements) {
        Optional<BigDecimal> n = e.greatestNumber(subject);
        if (n.isPresent()) {
          sum = sum == null ? n.get() : sum.add(n.get());
        }
      }
      return Optional.ofNullable(sum);
    }

    /**
     * The same sum, added up element by element without an {@code Optional} for each subject; exact addition gives
     * the same value and scale in any order, and adding zero for a subject without a number changes neither.
     */
    @Override
    BigDecimal sum(ElementFacts[] elements, SubjectSet subjects) {
      ExactSum total = new ExactSum();
      for (ElementFacts e : elements) {
        subjects.forEach(i -> total.add(e.greatestNumberOr(i, BigDecimal.ZERO)));
      }
      return total.value();
    }
  },
  /**
   * A count without a population, of cases rather than subjects: for each element the subject affirms, the greatest
   * number its COUNT or QUANTITY facts give, or one where none gives a number above zero.
   */
  CASES {
    @Override
    Optional<BigDecimal> of(ElementFacts[] elements, int subject) {
      BigDecimal sum = null;
      for (ElementFacts e : elements) {
        if (e.affirming().contains(subject)) {
          BigDecimal n = e.greatestCount(subject).filter(c -> c.signum() > 0).orElse(BigDecimal.ONE);
          sum = sum == null ? n : sum.add(n);
        }
      }
      return Optional.ofNullable(sum);
    }

    /** The same sum, added up element by element without an {@code Optional} for each subject. */
    @Override
    BigDecimal sum(ElementFacts[] elements, SubjectSet subjects) {
      OptionalLong whole = wholeSum(elements, subjects);
      if (whole.isPresent()) {
        return BigDecimal.valueOf(whole.getAsLong());
      }
      ExactSum total = new ExactSum();
      for (ElementFacts e : elements) {
        e.affirming().and(subjects).forEach(i -> {
          BigDecimal n = e.greatestCountOr(i, BigDecimal.ZERO); // none, or none above zero, counts one
          total.add(n.signum() > 0 ? n : BigDecimal.ONE);
        });
      }
      return total.value();
    }
  };

  /** What the subject of index {@code subject} adds, given the facts of the indicator's data elements. */
  /**
   * The sum {@link #CASES} gives, in long arithmetic over the sets' words: each subject of {@code subjects} affirming
   * an element counts its greatest count there, or one where it has none above zero. Empty where an element's counts
   * are not whole numbers within a long, or the sum would overflow one.
   */
  private static OptionalLong wholeSum(ElementFacts[] elements, SubjectSet subjects) {
    long total = 0;
    try {
      for (ElementFacts e : elements) {
        if (!e.countsAreWhole()) {
          return OptionalLong.empty();
        }
        SubjectSet affirming = e.affirming();
        for (int w = 0, n = Math.min(affirming.wordCount(), subjects.wordCount()); w < n; w++) {
          for (long bits = affirming.word(w) & subjects.word(w); bits != 0; bits &= bits - 1) {
            long count = e.wholeCountOr(w * Long.SIZE + Long.numberOfTrailingZeros(bits), 0);
            total = Math.addExact(total, count > 0 ? count : 1);
          }
        }
      }
    } catch (ArithmeticException overflow) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(total);
  }

  abstract Optional<BigDecimal> of(ElementFacts[] elements, int subject);

  /** What the subjects of {@code subjects} add together: the sum of what each adds ({@link #of}). */
  BigDecimal sum(ElementFacts[] elements, SubjectSet subjects) {
    BigDecimal[] total = {BigDecimal.ZERO};
    subjects.forEach(i -> of(elements, i).ifPresent(q -> total[0] = total[0].add(q)));
    return total[0];
  }

  /** The quantity of a subject of {@code indicator}. */
  static SubjectQuantity of(Indicator indicator) {
    if (indicator.headlineUnit() == FigureUnit.QUANTITY) {
      return GREATEST_NUMBERS;
    }
    return indicator.population().base() == PopulationBase.NONE ? CASES : NOTHING;
  }
}
