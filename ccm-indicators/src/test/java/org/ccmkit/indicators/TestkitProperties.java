package org.ccmkit.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.testkit.DomainArbitraries;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.Extension;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.Standing;
import org.junit.jupiter.api.Test;

/** The jqwik kit generates what it says: real and generated States, extensions within the Convention's limits. */
@StatisticsReport(onFailureOnly = true)
class TestkitProperties {

  @Test
  void theKitsRegisterIsTheDepositarysOf3February2026() {
    Register r = DomainArbitraries.depositaryRegister();
    assertEquals(125, r.standings().size());
    assertEquals(112, r.statesParties(LocalDate.of(2026, 2, 3), org.ccmkit.model.state.PartyBasis.INSTRUMENT_DEPOSITED)
        .size());
    assertTrue(r.standing("LTU").orElseThrow().withdrawalNotified().isPresent(), "Lithuania's withdrawal");
  }

  @Property(tries = 300)
  void extensionsAreGrantedInOrderBeforeTheirDeadlineAndAtMostFiveYearsLong(
      @ForAll("clearances") Clearance c) {
    LocalDate deadline = c.originalDeadline().orElseThrow();
    LocalDate lastGrant = LocalDate.MIN;
    for (Extension e : c.extensions()) {
      assertFalse(e.grantedOn().isAfter(deadline));
      assertFalse(e.grantedOn().isBefore(lastGrant));
      assertTrue(e.newDeadline().isAfter(deadline));
      assertFalse(e.newDeadline().isAfter(deadline.plusYears(5)));
      deadline = e.newDeadline();
      lastGrant = e.grantedOn();
    }
    Statistics.label("extensions").collect(c.extensions().size()).coverage(k -> {
      k.check(0).count((Integer n) -> n > 0);
      k.check(3).count((Integer n) -> n > 0);
    });
  }

  @Property(tries = 100)
  void registersMixRealAndGeneratedStatesWithUniqueCodes(@ForAll("registers") Register r) {
    List<String> codes = r.standings().stream().map(s -> s.state().code()).toList();
    assertEquals(codes.size(), codes.stream().distinct().count());
    Statistics.label("generated").collect(codes.stream().anyMatch(c -> c.startsWith("X")))
        .coverage(k -> k.check(true).count((Integer n) -> n > 0));
  }

  @Property(tries = 100)
  void generatedStandingsDepositAfterSigningAndWithdrawAfterDepositing(@ForAll("standings") Standing s) {
    s.signature().ifPresent(sig -> s.deposit().ifPresent(d -> assertFalse(d.isBefore(sig))));
    s.withdrawalNotified().ifPresent(w -> assertTrue(w.isAfter(s.deposit().orElseThrow())));
  }

  @Property(tries = 100)
  void factsAreAboutTheRegistersStatesOrTheTwoOutsiders(@ForAll("facts") Tuple.Tuple2<Register, Fact> rf) {
    assertTrue(DomainArbitraries.subjects(rf.get1()).contains(rf.get2().subject()));
  }

  @Provide
  Arbitrary<Clearance> clearances() {
    return DomainArbitraries.clearances();
  }

  @Provide
  Arbitrary<Register> registers() {
    return DomainArbitraries.registers();
  }

  @Provide
  Arbitrary<Standing> standings() {
    return DomainArbitraries.standings("XAA");
  }

  @Provide
  Arbitrary<Tuple.Tuple2<Register, Fact>> facts() {
    return DomainArbitraries.registers().flatMap(r -> DomainArbitraries.facts(r).map(f -> Tuple.of(r, f)));
  }
}
