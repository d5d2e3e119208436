package org.ccmkit.model.plan;

import java.util.Optional;
import org.ccmkit.model.state.PartyBasis;
import org.immutables.value.Value;

/**
 * The population of an indicator: a {@link PopulationBase} computed on the cycle's date, in which sense "States
 * Parties" is meant, and optionally a data element that narrows it to the subjects reporting it ("donor States
 * Parties" are the States Parties reporting that they provide assistance).
 */
@Value.Immutable
public abstract class Population {

  /** Implemented in this package only (by the generated immutable class). */
  Population() {}

  /** {@return the base population} */
  public abstract PopulationBase base();

  /** {@return which States count as parties: instrument deposited (headcounts) or Convention in force (obligations)} */
  public abstract PartyBasis basis();

  /** {@return a data element key narrowing the population to the subjects that report it} */
  public abstract Optional<String> qualifier();

  /**
   * A population.
   *
   * @param base the population's base
   * @param basis which sense of party the population uses
   * @return a population
   */
  public static Population of(PopulationBase base, PartyBasis basis) {
    return ImmutablePopulation.builder().base(base).basis(basis).build();
  }

  /**
   * A population narrowed to subjects reporting {@code qualifier}.
   *
   * @param base the population's base
   * @param basis which sense of party the population uses
   * @param qualifier the data element that qualifies the population
   * @return a population narrowed to subjects reporting {@code qualifier}
   */
  public static Population of(PopulationBase base, PartyBasis basis, String qualifier) {
    return ImmutablePopulation.builder().base(base).basis(basis).qualifier(qualifier).build();
  }

  @Override
  public String toString() {
    return base() + " (" + basis() + ")" + qualifier().map(q -> " reporting " + q).orElse("");
  }
}
