package org.ccmkit.indicators.data;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import org.ccmkit.model.plan.PopulationBase;
import org.immutables.value.Value;

/**
 * A population a dataset cannot compute, in some cycles or all, and why: "the documents print 41 States Parties that
 * completed Article 3 but name only 4". An indicator over it is not evaluable there, with that reason; the printed
 * figures are still shown. Unknown is not empty.
 */
@Value.Immutable
public abstract class UnknownPopulation {

  /** Implemented in this package only (by the generated immutable class). */
  UnknownPopulation() {}

  /** {@return the base population} */
  public abstract PopulationBase base();

  /** {@return the cycles (meetings' short names) in which it is unknown; empty for every cycle} */
  public abstract ImmutableSet<String> cycles();

  /** {@return why it cannot be computed, with the sources} */
  public abstract String reason();

  /**
   * A population unknown in the given cycles, or in every cycle if none is given.
   *
   * @param base the population's base
   * @param reason why, in words
   * @param cycles the reporting cycles
   * @return a population unknown in the given cycles, or in every cycle if none is given
   */
  public static UnknownPopulation of(PopulationBase base, String reason, String... cycles) {
    return ImmutableUnknownPopulation.builder().base(base).reason(reason).addCycles(cycles).build();
  }

  /**
   * Whether it is unknown in the cycle of {@code meeting}.
   *
   * @param meeting the meeting's id, e.g. {@code 13MSP}
   * @return whether it is unknown in the cycle of {@code meeting}
   */
  public boolean appliesTo(String meeting) {
    return cycles().isEmpty() || cycles().contains(meeting);
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(!reason().isBlank(), "UnknownPopulation.reason must say why %s is unknown", base());
    checkArgument(base() != PopulationBase.NONE, "UnknownPopulation.base must be a population, was NONE");
  }

  @Override
  public String toString() {
    return base() + (cycles().isEmpty() ? "" : " in " + cycles()) + ": " + reason();
  }
}
