package org.ccmkit.model.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A State's standing: entry into force, withdrawal, and the two senses of "State Party". */
class StandingTest {

  static final State LITHUANIA = State.of("LTU", "Lithuania");

  static Standing lithuania() {
    return Standing.builder().state(LITHUANIA).deposit(LocalDate.of(2011, 3, 24))
        .instrumentKind(InstrumentKind.RATIFICATION).withdrawalNotified(LocalDate.of(2024, 9, 6)).build();
  }

  @Test
  void entryIntoForceIsComputedFromTheDeposit() {
    Standing s = Standing.deposited(State.of("SSD", "South Sudan"), null, LocalDate.of(2023, 8, 3),
        InstrumentKind.ACCESSION);
    assertEquals(Optional.of(LocalDate.of(2024, 2, 1)), s.entryIntoForce());
  }

  @Test
  void lithuaniaIsNoPartyOnceItsWithdrawalTakesEffect() {
    Standing s = lithuania();
    assertEquals(Optional.of(LocalDate.of(2025, 3, 6)), s.withdrawalEffective());
    assertTrue(s.isPartyOn(LocalDate.of(2025, 3, 5), PartyBasis.INSTRUMENT_DEPOSITED));
    assertTrue(s.isPartyOn(LocalDate.of(2025, 3, 5), PartyBasis.IN_FORCE));
    assertFalse(s.isPartyOn(LocalDate.of(2025, 3, 6), PartyBasis.INSTRUMENT_DEPOSITED));
    assertFalse(s.isPartyOn(LocalDate.of(2025, 3, 7), PartyBasis.INSTRUMENT_DEPOSITED));
    assertFalse(s.isPartyOn(LocalDate.of(2025, 3, 7), PartyBasis.IN_FORCE));
  }

  @Test
  void theTwoSensesOfStatePartyDifferUntilEntryIntoForce() {
    // Vanuatu deposited on 5 Sep 2025; the Convention entered into force for it on 1 Mar 2026.
    Standing vanuatu = Standing.deposited(State.of("VUT", "Vanuatu"), null, LocalDate.of(2025, 9, 5),
        InstrumentKind.ACCESSION);
    LocalDate between = LocalDate.of(2026, 2, 3);
    assertTrue(vanuatu.isPartyOn(between, PartyBasis.INSTRUMENT_DEPOSITED));
    assertFalse(vanuatu.isPartyOn(between, PartyBasis.IN_FORCE));
    assertTrue(vanuatu.isPartyOn(LocalDate.of(2026, 3, 1), PartyBasis.IN_FORCE));
  }

  @Test
  void aSignatoryIsNoParty() {
    Standing angola = Standing.builder().state(State.of("AGO", "Angola")).signature(LocalDate.of(2008, 12, 3)).build();
    assertTrue(angola.isSignatoryOn(LocalDate.of(2025, 1, 1)));
    assertFalse(angola.isPartyOn(LocalDate.of(2025, 1, 1), PartyBasis.INSTRUMENT_DEPOSITED));
    assertEquals(Optional.empty(), angola.entryIntoForce());
  }

  @Test
  void theRegisterCountsPartiesInBothSenses() {
    Register register = Register.of(List.of(
        Standing.deposited(State.of("NOR", "Norway"), LocalDate.of(2008, 12, 3), LocalDate.of(2008, 12, 3),
            InstrumentKind.RATIFICATION),
        Standing.deposited(State.of("NGA", "Nigeria"), LocalDate.of(2008, 12, 3), LocalDate.of(2023, 2, 28),
            InstrumentKind.RATIFICATION),
        lithuania()));
    LocalDate march2023 = LocalDate.of(2023, 3, 1);
    assertEquals(3, register.statesParties(march2023, PartyBasis.INSTRUMENT_DEPOSITED).size());
    assertEquals(List.of("LTU", "NOR"), register.statesParties(march2023, PartyBasis.IN_FORCE).stream()
        .map(State::code).toList());
    assertEquals(2, register.statesParties(LocalDate.of(2025, 4, 30), PartyBasis.IN_FORCE).size());
  }

  @Test
  void aWithdrawalBeforeTheDepositIsRefusedNamingTheFieldAndDates() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Standing.builder()
        .state(LITHUANIA).deposit(LocalDate.of(2011, 3, 24)).instrumentKind(InstrumentKind.RATIFICATION)
        .withdrawalNotified(LocalDate.of(2010, 1, 1)).build());
    assertTrue(e.getMessage().contains("withdrawalNotified") && e.getMessage().contains("2010-01-01")
        && e.getMessage().contains("LTU"), e.getMessage());
  }

  @Test
  void aWithdrawalTakingEffectInLessThanSixMonthsIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Standing.builder()
        .state(LITHUANIA).deposit(LocalDate.of(2011, 3, 24)).instrumentKind(InstrumentKind.RATIFICATION)
        .withdrawalNotified(LocalDate.of(2024, 9, 6)).recordedWithdrawalEffective(LocalDate.of(2024, 12, 1)).build());
    assertTrue(e.getMessage().contains("Art. 20(3)") && e.getMessage().contains("2024-12-01"), e.getMessage());
  }

  @Test
  void aDepositBeforeTheConventionExistedIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Standing.deposited(LITHUANIA, null, LocalDate.of(2008, 1, 1), InstrumentKind.ACCESSION));
    assertTrue(e.getMessage().contains("deposit") && e.getMessage().contains("2008-01-01"), e.getMessage());
  }

  @Test
  void aDepositWithoutItsKindIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Standing.builder().state(LITHUANIA).deposit(LocalDate.of(2011, 3, 24)).build());
    assertTrue(e.getMessage().contains("instrumentKind"), e.getMessage());
  }

  @Test
  void aMalformedIsoCodeIsRefusedWithTheCode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> State.of("Lao", "Lao PDR"));
    assertTrue(e.getMessage().contains("State.code") && e.getMessage().contains("'Lao'"), e.getMessage());
  }

  @Test
  void aNullIsRefusedNamingTheField() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> State.of("LAO", null));
    assertTrue(e.getMessage().contains("name"), e.getMessage());
  }

  @Test
  void theRegisterRefusesAStateListedTwice() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Register.of(List.of(lithuania(), lithuania())));
    assertTrue(e.getMessage().contains("LTU"), e.getMessage());
  }
}
