package org.ccmkit.indicators.population;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.state.PartyBasis;
import org.immutables.value.Value;

/**
 * A base population as computed on a date: the rule in words (saying which sense of "States Parties" it uses) and its
 * members sorted by code, each with the reasons it belongs.
 */
@Value.Immutable
public abstract class ComputedPopulation {

  /** Implemented in this package only (by the generated immutable class). */
  ComputedPopulation() {}

  /** {@return the base population} */
  public abstract PopulationBase base();

  /** {@return the sense of "States Parties" used} */
  public abstract PartyBasis basis();

  /** {@return the date it was computed on} */
  public abstract LocalDate date();

  /**
   * {@return the rule in words, e.g. "States Parties (Convention in force on 2025-04-30) with an outstanding … obligation"}
   */
  public abstract String rule();

  /** {@return the members, sorted by subject, each once} */
  public abstract ImmutableList<Member> members();

  /** {@return a builder} */
  public static ImmutableComputedPopulation.Builder builder() {
    return ImmutableComputedPopulation.builder();
  }

  /** {@return the members' codes, sorted} */
  public ImmutableList<String> subjects() {
    return members().stream().map(Member::subject).collect(ImmutableList.toImmutableList());
  }

  /** {@return the number of members} */
  public int size() {
    return members().size();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    for (int i = 1; i < members().size(); i++) {
      checkArgument(members().get(i - 1).subject().compareTo(members().get(i).subject()) < 0,
          "ComputedPopulation %s must list members sorted by subject, each once: %s before %s", base(),
          members().get(i - 1).subject(), members().get(i).subject());
    }
  }

  @Override
  public String toString() {
    return rule() + ": " + subjects();
  }
}
