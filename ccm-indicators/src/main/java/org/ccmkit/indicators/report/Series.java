package org.ccmkit.indicators.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.model.UnknownIdException;
import org.ccmkit.model.plan.Indicator;
import org.immutables.value.Value;

/**
 * An indicator's values across reporting cycles, oldest first: one evaluation per cycle, computed from the facts or,
 * where only published figures exist, taken from them.
 */
@Value.Immutable
public abstract class Series {

  /** Implemented in this package only (by the generated immutable class). */
  Series() {}

  /** {@return the indicator} */
  public abstract Indicator indicator();

  /** {@return one evaluation per cycle, in cycle order} */
  public abstract ImmutableList<Evaluation> evaluations();

  /**
   * A series of the given evaluations, which must be of {@code indicator} and in cycle order.
   *
   * @param indicator the indicator
   * @param evaluations the evaluations
   * @return a series of the given evaluations, which must be of {@code indicator} and in cycle order
   */
  public static Series of(Indicator indicator, Iterable<Evaluation> evaluations) {
    checkArgument(indicator != null, "Series.indicator must not be null");
    checkArgument(evaluations != null, "Series.evaluations must not be null (%s)", indicator.id());
    return ImmutableSeries.builder().indicator(indicator).addAllEvaluations(evaluations).build();
  }

  /**
   * The evaluation for the cycle of meeting {@code meeting}, if the series has it.
   *
   * @param meeting the meeting's id, e.g. {@code 13MSP}
   * @return the evaluation for the cycle of meeting {@code meeting}, if the series has it
   */
  public Optional<Evaluation> in(String meeting) {
    return evaluations().stream().filter(e -> e.cycle().meeting().equals(meeting)).findFirst();
  }

  /**
   * The evaluation for the cycle of meeting {@code meeting}, or an exception naming the series' cycles and the one
   * probably meant.
   *
   * @param meeting the meeting's id, e.g. {@code 13MSP}
   * @return the evaluation
   * @throws UnknownIdException if the series has no evaluation in the cycle of {@code meeting}
   */
  public Evaluation inOrThrow(String meeting) {
    return in(meeting).orElseThrow(() -> UnknownIdException.of("cycle", "the series of " + indicator().id(), meeting,
        evaluations().stream().map(e -> e.cycle().meeting()).toList()));
  }

  /**
   * The headline value in the cycle of {@code meeting}, if there is one.
   *
   * @param meeting the meeting's id, e.g. {@code 13MSP}
   * @return the headline value in the cycle of {@code meeting}, if there is one
   */
  public Optional<BigDecimal> valueIn(String meeting) {
    return in(meeting).flatMap(Evaluation::value);
  }

  /**
   * The evaluations whose value is a trend point (an exact figure of its cycle, computed or printed), in cycle order:
   * what a trend line may be drawn through. Bounds, figures of a period and cycles whose sources differ are left out.
   *
   * @return the evaluations whose value is a trend point (an exact figure of its cycle, computed or printed), in cycle
   *     order: what a trend line may be drawn through
   */
  public ImmutableList<Evaluation> trendPoints() {
    return evaluations().stream().filter(Evaluation::isTrendPoint).collect(ImmutableList.toImmutableList());
  }

  /** {@return the cycles' meetings, in order} */
  public ImmutableList<String> meetings() {
    return evaluations().stream().map(e -> e.cycle().meeting()).collect(ImmutableList.toImmutableList());
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    for (int i = 0; i < evaluations().size(); i++) {
      Evaluation e = evaluations().get(i);
      checkArgument(e.indicator().id().equals(indicator().id()), "Series of %s holds an evaluation of %s",
          indicator().id(), e.indicator().id());
      checkArgument(i == 0 || evaluations().get(i - 1).cycle().compareTo(e.cycle()) < 0,
          "Series of %s must be in cycle order, each cycle once: %s after %s", indicator().id(), e.cycle().meeting(),
          i == 0 ? null : evaluations().get(i - 1).cycle().meeting());
    }
  }

  /** {@return the indicator and its status in each cycle} */
  @Override
  public String toString() {
    return "Series " + indicator().id() + ": " + evaluations().stream()
        .map(e -> e.cycle().meeting() + " " + e.status() + e.score().map(s -> " " + s).orElse(""))
        .collect(java.util.stream.Collectors.joining("; "));
  }
}
