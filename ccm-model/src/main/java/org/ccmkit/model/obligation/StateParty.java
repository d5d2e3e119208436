package org.ccmkit.model.obligation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;
import org.immutables.value.Value;

/** A State with its standing under the Convention and the obligations it carries, which can be seen on any date. */
@Value.Immutable
public abstract class StateParty {

  /** Implemented in this package only (by the generated immutable class). */
  StateParty() {}

  /** {@return the State's standing: deposit, entry into force, withdrawal} */
  public abstract Standing standing();

  /** {@return the obligations the State carries, in the order given} */
  public abstract ImmutableList<Obligation> obligations();

  /** {@return a builder} */
  public static ImmutableStateParty.Builder builder() {
    return ImmutableStateParty.builder();
  }

  /**
   * A State Party with the given obligations.
   *
   * @param standing the State's standing
   * @param obligations the obligations
   * @return a State Party with the given obligations
   */
  public static StateParty of(Standing standing, Iterable<? extends Obligation> obligations) {
    return builder().standing(standing).addAllObligations(obligations).build();
  }

  /** {@return the State} */
  public State state() {
    return standing().state();
  }

  /**
   * Every obligation with its status and the deadline in force on {@code date}.
   *
   * @param date the date
   * @return every obligation with its status and the deadline in force on {@code date}
   */
  public ImmutableList<ObligationState> obligationsOn(LocalDate date) {
    checkArgument(date != null, "date must not be null");
    return obligations().stream().map(o -> ObligationState.of(o, date)).collect(ImmutableList.toImmutableList());
  }

  /**
   * The obligations of the given type, e.g. {@code obligations(Clearance.class)}.
   *
   * @param <T> the type of the value
   * @param type the type
   * @return the obligations of the given type, e.g. {@code obligations(Clearance.class)}
   */
  public <T extends Obligation> ImmutableList<T> obligations(Class<T> type) {
    return obligations().stream().filter(type::isInstance).map(type::cast).collect(ImmutableList.toImmutableList());
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(standing().deposit().isPresent(),
        "StateParty.standing must have a deposited instrument, but %s has none", standing().state());
    for (Obligation o : obligations()) {
      checkArgument(o.state().equals(state()),
          "StateParty.obligations must all be %s's, but one is %s's: %s", state().code(), o.state().code(),
          o.description());
      LocalDate eif = standing().entryIntoForce().get();
      o.originalDeadline().ifPresent(d -> checkArgument(!d.isBefore(eif),
          "StateParty obligation deadline must not be before entry into force for %s (%s): %s has deadline %s",
          state().code(), eif, o.description(), d));
    }
  }

  /** {@return the State and its obligations' kinds} */
  @Override
  public String toString() {
    return "StateParty " + state().code() + " (" + state().name() + "): " + obligations().size() + " obligations "
        + obligations().stream().map(o -> o.legalBasis().toString()).toList();
  }
}
