package org.ccmkit.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ccmkit.indicators.data.Bound;
import org.ccmkit.indicators.result.ImmutableScore;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.model.plan.Measure;

/**
 * The score of a set of subject entries by an indicator's measure, shared by evaluations and their strata so that
 * strata add up to the whole.
 */
final class Scoring {

  private Scoring() {}

  /**
   * The score of {@code numerator} out of {@code denominator}.
   *
   * <p>With a population: the count is the numerator's size, the denominator the population's, the percentage
   * 100·count/denominator; a QUANTITY also sums the denominator's quantities. Without a population ({@code NONE}),
   * {@code denominator} is the subjects that reported: a COUNT adds up what each counted subject counts (a
   * COUNT-valued fact its number, any other affirmative fact one); a QUANTITY sums their quantities. Where
   * {@code complete} is false (some members have no data), the score is {@link Bound#AT_LEAST} its value.
   */
  static Score score(Measure measure, boolean hasPopulation, List<SubjectEntry> denominator,
      List<SubjectEntry> numerator, boolean complete) {
    Score score = score(measure, hasPopulation, denominator, numerator);
    return complete ? score : Score.builder().from(score).bound(Bound.AT_LEAST).build();
  }

  private static Score score(Measure measure, boolean hasPopulation, List<SubjectEntry> denominator,
      List<SubjectEntry> numerator) {
    if (hasPopulation) {
      if (measure != Measure.QUANTITY) {
        return Score.of(measure, numerator.size(), denominator.size());
      }
      ImmutableScore.Builder b = Score.builder().measure(measure).count(numerator.size()).denominator(denominator.size())
          .quantity(sum(denominator));
      if (!denominator.isEmpty()) {
        b.percentage(Score.percentage(numerator.size(), denominator.size()));
      }
      return b.build();
    }
    if (measure == Measure.QUANTITY) {
      return Score.builder().measure(measure).count(numerator.size()).quantity(sum(denominator)).build();
    }
    BigDecimal total = sum(numerator);
    Optional<Long> whole = wholeNumber(total);
    return whole.isPresent()
        ? Score.builder().measure(measure).count(whole.get()).build()
        : Score.builder().measure(measure).quantity(total).build();
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
    BigDecimal stripped = n.stripTrailingZeros();
    if (stripped.scale() > 0 || stripped.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return Optional.empty();
    }
    return Optional.of(stripped.longValueExact());
  }
}
