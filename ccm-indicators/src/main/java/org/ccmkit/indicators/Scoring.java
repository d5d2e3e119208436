package org.ccmkit.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ccmkit.indicators.data.Bound;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.model.plan.FigureUnit;

/**
 * The score of a set of subject entries in an indicator's units, shared by evaluations and their strata so that
 * strata add up to the whole.
 */
final class Scoring {

  private Scoring() {}

  /**
   * The score of {@code numerator} out of {@code denominator}, of an indicator with a population: the count is the
   * numerator's size, the denominator the population's, the percentage 100·count/denominator; a QUANTITY also sums the
   * denominator's quantities.
   */
  static Score ofPopulation(List<FigureUnit> units, List<SubjectEntry> denominator, List<SubjectEntry> numerator) {
    return sumsQuantities(units) ? ofQuantity(units, numerator.size(), denominator.size(), sum(denominator))
        : Score.of(units, numerator.size(), denominator.size());
  }

  /** Whether an indicator in {@code units} sums its denominator's quantities: a QUANTITY. */
  static boolean sumsQuantities(List<FigureUnit> units) {
    return units.get(0) == FigureUnit.QUANTITY;
  }

  /**
   * The score of {@code count} subjects out of {@code denominator} of a QUANTITY indicator with a population, whose
   * denominator's quantities sum to {@code quantity}: the sum, with the count and, where the denominator is not zero,
   * the percentage.
   */
  static Score ofQuantity(List<FigureUnit> units, int count, int denominator, BigDecimal quantity) {
    // Built by the all-attributes constructor, as Score.of is: a builder copies the units into a list of its own.
    return Score.of(units, Optional.of((long) count), Optional.of((long) denominator),
        denominator > 0 ? Optional.of(Score.percentage(count, denominator)) : Optional.empty(), Optional.of(quantity),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The score of an indicator without a population, whose {@code subjects} are those that reported: a COUNT adds up
   * what each counted subject counts (a COUNT-valued fact its number, any other affirmative fact one); a QUANTITY sums
   * the subjects' quantities.
   */
  static Score withoutPopulation(List<FigureUnit> units, List<SubjectEntry> subjects, List<SubjectEntry> numerator) {
    return ofCases(units, numerator.size(), () -> sum(subjects), () -> sum(numerator));
  }

  /**
   * The score of {@code count} counted subjects of an indicator without a population, as {@link #withoutPopulation}
   * gives it: {@code subjectsQuantity} sums the quantities of all who reported, {@code numeratorQuantity} those of the
   * counted.
   */
  static Score ofCases(List<FigureUnit> units, int count, Supplier<BigDecimal> subjectsQuantity,
      Supplier<BigDecimal> numeratorQuantity) {
    if (units.get(0) == FigureUnit.QUANTITY) {
      return Score.of(units, Optional.of((long) count), Optional.empty(), Optional.empty(),
          Optional.of(subjectsQuantity.get()), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
    BigDecimal total = numeratorQuantity.get();
    Optional<Long> whole = wholeNumber(total);
    return Score.of(units, whole, Optional.empty(), Optional.empty(),
        whole.isPresent() ? Optional.empty() : Optional.of(total), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /** {@code score} as a lower bound: some members have no data, so the value is at least what they give. */
  static Score atLeast(Score score) {
    return Score.of(score.units(), score.count(), score.denominator(), score.percentage(), score.quantity(),
        score.change(), Optional.of(Bound.AT_LEAST), score.period(), score.component());
  }

  /**
   * The score of a stratum, as {@link Stratifier} asks for it: {@link #ofPopulation} or {@link #withoutPopulation} by
   * {@code hasPopulation}, {@link #atLeast} unless {@code complete}.
   */
  static Score score(List<FigureUnit> units, boolean hasPopulation, List<SubjectEntry> denominator,
      List<SubjectEntry> numerator, boolean complete) {
    Score score = hasPopulation ? ofPopulation(units, denominator, numerator)
        : withoutPopulation(units, denominator, numerator);
    return complete ? score : atLeast(score);
  }

  private static BigDecimal sum(List<SubjectEntry> entries) {
    BigDecimal total = BigDecimal.ZERO;
    for (SubjectEntry e : entries) {
      if (e.quantity().isPresent()) {
        total = total.add(e.quantity().get());
      }
    }
    return total;
  }

  static Optional<Long> wholeNumber(BigDecimal n) {
    if (n.scale() == 0 && n.precision() <= 18) { // a whole number already, as a long sum gives it
      return Optional.of(n.longValue());
    }
    BigDecimal stripped = n.stripTrailingZeros();
    if (stripped.scale() > 0 || stripped.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return Optional.empty();
    }
    return Optional.of(stripped.longValueExact());
  }
}
