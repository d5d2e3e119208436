package org.ccmkit.model.state;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.model.UnknownIdException;
import org.immutables.value.Value;

/**
 * The depositary's register of participants: one {@link Standing} per State, from which the States Parties on any date
 * are computed in either sense of {@link PartyBasis}.
 */
@Value.Immutable
public abstract class Register {

  /** Implemented in this package only (by the generated immutable class). */
  Register() {}

  /** {@return the standings, one per State, in the order given} */
  public abstract ImmutableList<Standing> standings();

  /**
   * A register of the given standings.
   *
   * @param standings the standings
   * @return a register of the given standings
   */
  public static Register of(Iterable<Standing> standings) {
    return ImmutableRegister.builder().addAllStandings(standings).build();
  }

  /** {@return the standings by ISO code, sorted by code} */
  @Value.Lazy
  public ImmutableSortedMap<String, Standing> byCode() {
    ImmutableSortedMap.Builder<String, Standing> b = ImmutableSortedMap.naturalOrder();
    standings().forEach(s -> b.put(s.state().code(), s));
    return b.buildOrThrow();
  }

  /**
   * The standing of the State with code {@code iso3}, if the register lists it.
   *
   * @param iso3 the State's ISO 3166-1 alpha-3 code
   * @return the standing of the State with code {@code iso3}, if the register lists it
   */
  public Optional<Standing> standing(String iso3) {
    return Optional.ofNullable(byCode().get(iso3));
  }

  /**
   * The standing of the State with code {@code iso3}, or an exception naming the codes the register lists and the one
   * probably meant ({@code "lao"} suggests {@code LAO}).
   *
   * @param iso3 the State's ISO 3166-1 alpha-3 code
   * @return its standing
   * @throws UnknownIdException if the register does not list {@code iso3}
   */
  public Standing standingOrThrow(String iso3) {
    return standing(iso3).orElseThrow(() -> UnknownIdException.of("State", "the register", iso3, byCode().keySet()));
  }

  /** {@return the States the register lists, sorted by code} */
  public ImmutableList<State> states() {
    return byCode().values().stream().map(Standing::state).collect(ImmutableList.toImmutableList());
  }

  /**
   * The States that are parties on {@code date} in the given sense, sorted by code.
   *
   * @param date the date
   * @param basis which sense of party the population uses
   * @return the States that are parties on {@code date} in the given sense, sorted by code
   */
  public ImmutableList<State> statesParties(LocalDate date, PartyBasis basis) {
    return byCode().values().stream()
        .filter(s -> s.isPartyOn(date, basis))
        .map(Standing::state)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The States that have signed and not deposited an instrument by {@code date}, sorted by code.
   *
   * @param date the date
   * @return the States that have signed and not deposited an instrument by {@code date}, sorted by code
   */
  public ImmutableList<State> signatories(LocalDate date) {
    return byCode().values().stream()
        .filter(s -> s.isSignatoryOn(date))
        .map(Standing::state)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the standings keyed by code, as an immutable map} */
  public ImmutableMap<String, Standing> asMap() {
    return byCode();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Standing s : standings()) {
      checkArgument(seen.add(s.state().code()), "Register.standings lists State %s twice", s.state().code());
    }
  }

  /** {@return a summary: how many States it lists, how many deposited an instrument, signed only, or withdrew} */
  @Override
  public String toString() {
    long deposited = standings().stream().filter(s -> s.deposit().isPresent()).count();
    long signedOnly = standings().stream().filter(s -> s.deposit().isEmpty() && s.signature().isPresent()).count();
    long withdrew = standings().stream().filter(s -> s.withdrawalNotified().isPresent()).count();
    return "Register: " + standings().size() + " States, " + deposited + " deposited an instrument (" + withdrew
        + " of them withdrew), " + signedOnly + " signed only";
  }
}
