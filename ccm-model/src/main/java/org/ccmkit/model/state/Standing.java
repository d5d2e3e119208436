package org.ccmkit.model.state;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.convention.ConventionDates;
import org.immutables.value.Value;

/**
 * A State's standing under the Convention as the depositary records it: signature, deposit of its instrument and the
 * instrument's kind, and withdrawal. Entry into force is computed by Article 17 and the date a withdrawal takes effect
 * by Article 20(3) when the record does not give it.
 */
@Value.Immutable
public abstract class Standing {

  /** Implemented in this package only (by the generated immutable class). */
  Standing() {}

  /** {@return the State} */
  public abstract State state();

  /** {@return Date of signature; empty for States that acceded} */
  public abstract Optional<LocalDate> signature();

  /** {@return Date the instrument of ratification, acceptance, approval or accession was deposited; empty if none} */
  public abstract Optional<LocalDate> deposit();

  /** {@return the kind of instrument deposited; present exactly when {@link #deposit()} is} */
  public abstract Optional<InstrumentKind> instrumentKind();

  /** {@return Date the depositary received the State's instrument of withdrawal (Article 20(2))} */
  public abstract Optional<LocalDate> withdrawalNotified();

  /** {@return the date the record gives for the withdrawal taking effect, if it gives one} */
  protected abstract Optional<LocalDate> recordedWithdrawalEffective();

  /** {@return where the standing comes from, e.g. {@code UNTC status as at 2026-02-03}} */
  public abstract Optional<SourceRef> source();

  /** {@return a builder} */
  public static ImmutableStanding.Builder builder() {
    return ImmutableStanding.builder();
  }

  /**
   * The standing of a State that deposited an instrument on {@code deposit}, signed on {@code signature} if any.
   *
   * @param state the State's ISO 3166-1 alpha-3 code
   * @param signature the date of signature
   * @param deposit the date the instrument was deposited
   * @param kind the kind
   * @return the standing of a State that deposited an instrument on {@code deposit}, signed on {@code signature} if any
   */
  public static Standing deposited(State state, LocalDate signature, LocalDate deposit, InstrumentKind kind) {
    return builder().state(state).signature(Optional.ofNullable(signature)).deposit(deposit).instrumentKind(kind).build();
  }

  /** {@return Art. 17: the date the Convention entered (or enters) into force for the State; empty if no instrument} */
  @Value.Derived
  public Optional<LocalDate> entryIntoForce() {
    return deposit().map(ConventionDates::entryIntoForce);
  }

  /** {@return Art. 20(3): the date the withdrawal takes effect, as recorded, else six months after notification} */
  @Value.Derived
  public Optional<LocalDate> withdrawalEffective() {
    return recordedWithdrawalEffective().or(() -> withdrawalNotified().map(ConventionDates::withdrawalEffective));
  }

  /**
   * Whether the State is a party on {@code date} in the given sense.
   *
   * @param date the date
   * @param basis which sense of party the population uses
   * @return whether the State is a party on {@code date} in the given sense
   */
  public boolean isPartyOn(LocalDate date, PartyBasis basis) {
    checkArgument(date != null, "date must not be null");
    checkArgument(basis != null, "basis must not be null");
    Optional<LocalDate> from = basis == PartyBasis.INSTRUMENT_DEPOSITED ? deposit() : entryIntoForce();
    return from.isPresent() && !date.isBefore(from.get()) && !hasWithdrawnBy(date);
  }

  /**
   * Whether the State's withdrawal has taken effect on or before {@code date}.
   *
   * @param date the date
   * @return whether the State's withdrawal has taken effect on or before {@code date}
   */
  public boolean hasWithdrawnBy(LocalDate date) {
    return withdrawalEffective().map(w -> !date.isBefore(w)).orElse(false);
  }

  /**
   * Whether the State has signed by {@code date} and not (yet) deposited an instrument: a signatory.
   *
   * @param date the date
   * @return whether the State has signed by {@code date} and not (yet) deposited an instrument: a signatory
   */
  public boolean isSignatoryOn(LocalDate date) {
    return signature().map(s -> !date.isBefore(s)).orElse(false)
        && deposit().map(d -> date.isBefore(d)).orElse(true);
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    String who = state().code();
    signature().ifPresent(s -> checkNotBeforeConvention("signature", s, who));
    deposit().ifPresent(d -> checkNotBeforeConvention("deposit", d, who));
    checkArgument(deposit().isPresent() == instrumentKind().isPresent(),
        "Standing.instrumentKind must be given exactly when deposit is (state %s): deposit=%s, instrumentKind=%s", who,
        deposit().orElse(null), instrumentKind().orElse(null));
    if (signature().isPresent() && deposit().isPresent()) {
      checkArgument(!deposit().get().isBefore(signature().get()),
          "Standing.deposit must not be before signature (state %s): deposit=%s, signature=%s", who, deposit().get(),
          signature().get());
    }
    instrumentKind().ifPresent(k -> checkArgument(k != InstrumentKind.ACCESSION || signature().isEmpty(),
        "Standing.instrumentKind ACCESSION is for States that did not sign, but state %s signed on %s", who,
        signature().orElse(null)));
    if (withdrawalNotified().isPresent()) {
      checkArgument(deposit().isPresent(),
          "Standing.withdrawalNotified (%s) needs a deposit first, but state %s has none", withdrawalNotified().get(), who);
      checkArgument(withdrawalNotified().get().isAfter(deposit().get()),
          "Standing.withdrawalNotified must be after deposit (state %s): withdrawalNotified=%s, deposit=%s", who,
          withdrawalNotified().get(), deposit().get());
    }
    recordedWithdrawalEffective().ifPresent(e -> {
      checkArgument(withdrawalNotified().isPresent(),
          "Standing.withdrawalEffective (%s) needs withdrawalNotified (state %s)", e, who);
      LocalDate earliest = ConventionDates.withdrawalEffective(withdrawalNotified().get());
      checkArgument(!e.isBefore(earliest),
          "Standing.withdrawalEffective must be at least six months after notification (Art. 20(3)) for state %s: "
              + "withdrawalEffective=%s, earliest=%s", who, e, earliest);
    });
  }

  private static void checkNotBeforeConvention(String field, LocalDate date, String who) {
    checkArgument(!date.isBefore(ConventionDates.OPENED_FOR_SIGNATURE),
        "Standing.%s must not be before the Convention opened for signature on %s (state %s), was %s", field,
        ConventionDates.OPENED_FOR_SIGNATURE, who, date);
  }

  @Override
  public String toString() {
    return state().code() + deposit().map(d -> " deposited " + d + ", in force " + entryIntoForce().get()).orElse(" no instrument")
        + withdrawalEffective().map(w -> ", withdrawn " + w).orElse("");
  }
}
