package org.ccmkit.indicators.report;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.Score;
import org.immutables.value.Value;

/**
 * The part of an evaluation whose subjects share one value of a State attribute (FHIR MeasureReport
 * {@code stratifier.stratum}): the populations restricted to them and the score they give.
 */
@Value.Immutable
public abstract class Stratum {

  /** Implemented in this package only (by the generated immutable class). */
  Stratum() {}

  /** The value shared by subjects for which the dataset records no value of the attribute. */
  public static final String NOT_RECORDED = "(not recorded)";

  /** {@return the attribute value, e.g. {@code Asia}, or {@link #NOT_RECORDED}} */
  public abstract String value();

  /** {@return the evaluation's populations restricted to the stratum, in the evaluation's order} */
  public abstract ImmutableList<PopulationResult> populations();

  /** {@return the stratum's score, where the evaluation computed one} */
  public abstract Optional<Score> score();

  /** {@return a builder} */
  public static ImmutableStratum.Builder builder() {
    return ImmutableStratum.builder();
  }

  /**
   * The number of subjects in the given population of the stratum.
   *
   * @param code the code
   * @return the number of subjects in the given population of the stratum
   */
  public int count(PopulationCode code) {
    return populations().stream().filter(p -> p.code() == code).findFirst().map(PopulationResult::count).orElse(0);
  }

  /** {@return the stratum's value and score} */
  @Override
  public String toString() {
    return value() + ": " + score().map(Score::toString).orElse("no value");
  }
}
