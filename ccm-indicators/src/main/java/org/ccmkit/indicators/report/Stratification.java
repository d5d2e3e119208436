package org.ccmkit.indicators.report;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.ccmkit.indicators.result.Evaluation;
import org.immutables.value.Value;

/**
 * An evaluation broken down by a State attribute such as region (FHIR MeasureReport {@code stratifier}): one stratum
 * per value, sorted by value, whose populations and counts add up to the evaluation's.
 */
@Value.Immutable
public abstract class Stratification {

  /** Implemented in this package only (by the generated immutable class). */
  Stratification() {}

  /** {@return the evaluation stratified} */
  public abstract Evaluation evaluation();

  /** {@return the attribute, e.g. {@code region}} */
  public abstract String attribute();

  /** {@return one stratum per attribute value, sorted by value} */
  public abstract ImmutableList<Stratum> strata();

  /** {@return a builder} */
  public static ImmutableStratification.Builder builder() {
    return ImmutableStratification.builder();
  }

  /**
   * The stratum of the given attribute value.
   *
   * @param value the value
   * @return the stratum of the given attribute value
   */
  public Optional<Stratum> stratum(String value) {
    return strata().stream().filter(s -> s.value().equals(value)).findFirst();
  }

  /** {@return the indicator, the cycle, the attribute and each stratum's score} */
  @Override
  public String toString() {
    return "Stratification of " + evaluation().indicator().id() + " at " + evaluation().cycle().meeting() + " by "
        + attribute() + ": " + strata().stream().map(Stratum::toString)
        .collect(java.util.stream.Collectors.joining("; "));
  }
}
