package org.ccmkit.indicators;

import static org.ccmkit.indicators.Fixtures.cycle;
import static org.ccmkit.indicators.Fixtures.reported;
import static org.ccmkit.indicators.Fixtures.standing;
import static org.ccmkit.indicators.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.population.BasePopulation;
import org.ccmkit.indicators.population.ComputedPopulation;
import org.ccmkit.indicators.population.PlanPeriod;
import org.ccmkit.indicators.population.Populations;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.Retention;
import org.ccmkit.model.obligation.StockpileDestruction;
import org.ccmkit.model.obligation.VictimAssistance;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.state.PartyBasis;
import org.junit.jupiter.api.Test;

/** Each base population computed from the register and the obligations on a cycle's date. */
class PopulationsTest {

  /** The twelve States Parties with victims at the 13MSP (DOMAIN): the affected ten without CHL and DEU, and four. */
  private static final ImmutableList<String> WITH_VICTIMS_13MSP =
      ImmutableList.of("AFG", "ALB", "BIH", "HRV", "IRQ", "LAO", "LBN", "MNE", "MRT", "SOM", "SSD", "TCD");

  private static VictimAssistance victims(String iso3) {
    return VictimAssistance.of(state(iso3), standing(iso3).entryIntoForce().get());
  }

  /** Hypothetical stockpile destruction obligations: Bulgaria completed on 1 Sep 2019, Peru has not. */
  private static List<Obligation> stockpiles() {
    StockpileDestruction bulgaria = StockpileDestruction.builder().from(
        StockpileDestruction.of(state("BGR"), standing("BGR").entryIntoForce().get()))
        .completedOn(LocalDate.of(2019, 9, 1)).build();
    StockpileDestruction peru = StockpileDestruction.of(state("PER"), standing("PER").entryIntoForce().get());
    return List.of(bulgaria, peru);
  }

  private static MonitoringDataset dataset() {
    return Fixtures.dataset()
        .addAllObligations(Fixtures.affectedClearances())
        .addAllObligations(WITH_VICTIMS_13MSP.stream().map(PopulationsTest::victims).toList())
        .addAllObligations(stockpiles())
        .addObligations(Retention.of(state("DEU"), standing("DEU").entryIntoForce().get()),
            Retention.builder().from(Retention.of(state("NLD"), standing("NLD").entryIntoForce().get()))
                .completedOn(LocalDate.of(2020, 1, 1)).build())
        .build();
  }

  private static ComputedPopulation compute(PopulationBase base, PartyBasis basis, String meeting) {
    return Populations.compute(base, basis, dataset(), cycle(meeting), Optional.of(PlanPeriod.of(2021, 2026)));
  }

  @Test
  void aBasePopulationIsComputedOncePerDatasetRuleAndCycleAndKeptWithTheDataset() throws Exception {
    MonitoringDataset d = dataset();
    BasePopulation affected = BasePopulation.of(PopulationBase.AFFECTED_STATES_PARTIES, PartyBasis.IN_FORCE, d,
        cycle("13MSP"), Optional.empty());
    // The plan's period is no part of this rule, nor the meeting: the same population, the same object.
    assertSame(affected, BasePopulation.of(PopulationBase.AFFECTED_STATES_PARTIES, PartyBasis.IN_FORCE, d,
        cycle("13MSP"), Optional.of(PlanPeriod.of(2021, 2026))));
    assertSame(affected.computed(), Populations.compute(PopulationBase.AFFECTED_STATES_PARTIES, PartyBasis.IN_FORCE,
        d, cycle("13MSP"), Optional.empty()));
    assertSame(affected.computed(), Populations.onDate(PopulationBase.AFFECTED_STATES_PARTIES, PartyBasis.IN_FORCE,
        d, cycle("13MSP").date()));
    assertEquals(affected.computed().subjects(), affected.subjects());
    assertEquals(affected.size(), affected.members().size());
    assertEquals(affected.computed().rule(), affected.rule());
    // Another rule or cycle is another population; a dataset built again computes its own, equal to this one.
    assertNotSame(affected, BasePopulation.of(PopulationBase.AFFECTED_STATES_PARTIES,
        PartyBasis.INSTRUMENT_DEPOSITED, d, cycle("13MSP"), Optional.empty()));
    BasePopulation again = BasePopulation.of(PopulationBase.AFFECTED_STATES_PARTIES, PartyBasis.IN_FORCE, dataset(),
        cycle("13MSP"), Optional.empty());
    assertNotSame(affected, again);
    assertEquals(affected.computed(), again.computed());
    // Many threads asking at once get the one population, each member's reasons built once.
    MonitoringDataset fresh = dataset();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ComputedPopulation>> asked = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        asked.add(pool.submit(() -> {
          start.await();
          return BasePopulation.of(PopulationBase.AFFECTED_STATES_PARTIES, PartyBasis.IN_FORCE, fresh,
              cycle("13MSP"), Optional.empty()).computed();
        }));
      }
      start.countDown();
      for (Future<ComputedPopulation> f : asked) {
        assertSame(asked.get(0).get(), f.get());
      }
      assertEquals(affected.computed(), asked.get(0).get());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void statesPartiesWithVictimsAreThoseWithAnArticle5ObligationInForce() {
    ComputedPopulation p = compute(PopulationBase.STATES_PARTIES_WITH_VICTIMS, PartyBasis.IN_FORCE, "13MSP");
    assertEquals(WITH_VICTIMS_13MSP, p.subjects());
    // South Sudan's obligation starts on entry into force, 1 Feb 2024: eleven on 30 Apr 2023 (UNIDIR counts 11 in 2023).
    assertEquals(11, compute(PopulationBase.STATES_PARTIES_WITH_VICTIMS, PartyBasis.IN_FORCE, "11MSP").size());
  }

  @Test
  void stockpilesRetentionAndTheirUnion() {
    assertEquals(List.of("PER"), compute(PopulationBase.STATES_PARTIES_WITH_STOCKPILES, PartyBasis.IN_FORCE, "13MSP")
        .subjects());
    assertEquals(List.of("BGR"), compute(PopulationBase.STATES_PARTIES_COMPLETED_ARTICLE_3, PartyBasis.IN_FORCE,
        "13MSP").subjects());
    assertEquals(List.of("DEU"), compute(PopulationBase.STATES_PARTIES_RETAINING, PartyBasis.IN_FORCE, "13MSP")
        .subjects(), "the Netherlands destroyed its last retained munitions in 2020");
    ComputedPopulation union = compute(PopulationBase.STATES_PARTIES_WITH_ARTICLE_3_4_OR_RETENTION,
        PartyBasis.IN_FORCE, "13MSP");
    assertEquals(ImmutableList.builder().addAll(Fixtures.AFFECTED_13MSP).add("PER").build().stream().sorted().toList(),
        union.subjects());
    assertEquals(3, union.members().stream().filter(m -> m.subject().equals("DEU")).findFirst().get().reasons().size(),
        "Germany is there for clearance and for retention");
  }

  @Test
  void newStatesPartiesAreThoseThatBecamePartyWithinThePlanPeriod() {
    // Niue (deposit 6 Aug 2020) and St. Lucia (15 Sep 2020) entered into force in 2021; Nigeria and South Sudan
    // deposited and entered into force in 2023-2024.
    assertEquals(List.of("LCA", "NGA", "NIU", "SSD"),
        compute(PopulationBase.NEW_STATES_PARTIES, PartyBasis.IN_FORCE, "13MSP").subjects());
    assertEquals(List.of("NGA", "SSD"),
        compute(PopulationBase.NEW_STATES_PARTIES, PartyBasis.INSTRUMENT_DEPOSITED, "13MSP").subjects());
    // Vanuatu: deposit 5 Sep 2025, in force 1 Mar 2026.
    assertEquals(List.of("LCA", "NGA", "NIU", "SSD", "VUT"),
        compute(PopulationBase.NEW_STATES_PARTIES, PartyBasis.IN_FORCE, "3RC").subjects());
  }

  @Test
  void newStatesPartiesNeedThePlanPeriod() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Populations.compute(
        PopulationBase.NEW_STATES_PARTIES, PartyBasis.IN_FORCE, dataset(), cycle("13MSP"), Optional.empty()));
    assertTrue(e.getMessage().contains("NEW_STATES_PARTIES"), e.getMessage());
  }

  @Test
  void signatoriesAreThoseThatSignedAndHaveNotDeposited() {
    ComputedPopulation p = compute(PopulationBase.SIGNATORIES, PartyBasis.INSTRUMENT_DEPOSITED, "3RC");
    assertEquals(List.of("AGO", "CAF", "COD", "CYP", "DJI", "HTI", "IDN", "JAM", "KEN", "LBR", "TZA", "UGA"),
        p.subjects());
    // Nigeria signed in 2009 and ratified on 28 Feb 2023: a signatory at the 10MSP, no longer at the 11MSP.
    assertTrue(compute(PopulationBase.SIGNATORIES, PartyBasis.INSTRUMENT_DEPOSITED, "10MSP").subjects()
        .contains("NGA"));
    assertEquals(12, compute(PopulationBase.SIGNATORIES, PartyBasis.INSTRUMENT_DEPOSITED, "11MSP").size());
  }

  @Test
  void delegationsAreTheSubjectsWithMeetingFactsInTheCycle() {
    SourceRef list = SourceRef.of("13MSP", "list of participants");
    MonitoringDataset d = MonitoringDataset.builder().from(dataset())
        .addFacts(Fact.of("LAO", "13MSP", "meeting.delegation-women", FactValue.count(3), list),
            Fact.of("PHL", "13MSP", "meeting.delegation-headed-by-woman", FactValue.of(true), list),
            Fact.of("CHE", "13MSP", "meeting.delegation-women", FactValue.count(0), list),
            Fact.of("FRA", "12MSP", "meeting.delegation-women", FactValue.count(2), list),
            reported("DEU", "13MSP", "gender.integrated-in-clearance-planning", true))
        .build();
    ComputedPopulation p = Populations.compute(PopulationBase.DELEGATIONS, PartyBasis.INSTRUMENT_DEPOSITED, d,
        cycle("13MSP"), Optional.empty());
    assertEquals(List.of("CHE", "LAO", "PHL"), p.subjects());
    assertEquals(list, p.members().get(1).reasons().get(0).source().get());
  }

  @Test
  void extensionRequestsAreThoseConsideredAtTheCyclesMeeting() {
    SourceRef rd = SourceRef.of("RD", "para 83, fn 12");
    MonitoringDataset d = MonitoringDataset.builder().from(dataset())
        .addAllExtensionRequests(Stream.of("AFG", "CHL", "LBN", "MRT", "SOM")
            .map(s -> ExtensionRequest.builder().state(s).article(4).meeting("13MSP").source(rd).build()).toList())
        .addExtensionRequests(ExtensionRequest.builder().state("LAO").article(4).meeting("12MSP").source(rd).build())
        .build();
    ComputedPopulation p = Populations.compute(PopulationBase.EXTENSION_REQUESTS, PartyBasis.INSTRUMENT_DEPOSITED, d,
        cycle("13MSP"), Optional.empty());
    assertEquals(List.of("AFG-4-13MSP", "CHL-4-13MSP", "LBN-4-13MSP", "MRT-4-13MSP", "SOM-4-13MSP"), p.subjects());
    assertEquals("Article 4 extension request of AFG considered at the 13MSP", p.members().get(0).name().get());
  }

  @Test
  void withoutTheHistoryOfExtensionsThePassedDeadlineIsUnknownAndTheRequestsAreCited() {
    SourceRef fn12 = SourceRef.of("RD", "para 83, fn 12");
    MonitoringDataset d = MonitoringDataset.builder().from(dataset())
        .obligations(dataset().obligations().stream()
            .map(o -> o instanceof org.ccmkit.model.obligation.Clearance c
                ? org.ccmkit.model.obligation.Clearance.builder().from(c).extensionsComplete(false).build() : o)
            .toList())
        .addExtensionRequests(ExtensionRequest.builder().state("TCD").article(4).meeting("10MSP").source(fn12).build(),
            ExtensionRequest.builder().state("TCD").article(4).meeting("12MSP").source(fn12).build(),
            ExtensionRequest.builder().state("AFG").article(4).meeting("13MSP").source(fn12).build())
        .build();
    ComputedPopulation p = Populations.compute(PopulationBase.AFFECTED_STATES_PARTIES, PartyBasis.IN_FORCE, d,
        cycle("12MSP"), Optional.empty());
    // Still in the population: an obligation whose deadline is unknown is outstanding.
    assertEquals(10, p.size());
    // Chad's Article 4 deadline (entry into force 1 Sep 2013 + 10 years) passed; the RD lists its requests at the
    // 10MSP and the 12MSP but prints no decision.
    assertEquals("Article 4 clearance (contamination at entry into force) (Art. 4(1)(a)): deadline in force unknown: "
            + "last deadline known 2023-09-01 passed, extensions granted not recorded; extension requested at 10MSP "
            + "[RD para 83, fn 12], 12MSP [RD para 83, fn 12]",
        reasonOf(p, "TCD"));
    // Afghanistan's request is at the 13MSP, after the 12MSP cycle: none is cited.
    assertTrue(reasonOf(p, "AFG").endsWith("last deadline known 2022-03-01 passed, extensions granted not recorded"),
        reasonOf(p, "AFG"));
    // With the complete history of extensions, the same obligation is overdue.
    assertTrue(reasonOf(compute(PopulationBase.AFFECTED_STATES_PARTIES, PartyBasis.IN_FORCE, "12MSP"), "TCD")
        .endsWith("OVERDUE, deadline 2023-09-01"));
  }

  private static String reasonOf(ComputedPopulation p, String state) {
    return p.members().stream().filter(m -> m.subject().equals(state)).findFirst().get().reasons().get(1).text();
  }

  @Test
  void statesNotPartyOnTheDateInEitherSense() {
    ComputedPopulation byDeposit = compute(PopulationBase.STATES_NOT_PARTY, PartyBasis.INSTRUMENT_DEPOSITED, "11MSP");
    ComputedPopulation byForce = compute(PopulationBase.STATES_NOT_PARTY, PartyBasis.IN_FORCE, "11MSP");
    assertTrue(byForce.subjects().contains("NGA"));
    assertTrue(!byDeposit.subjects().contains("NGA"));
    assertEquals("State not party: instrument deposited 2023-02-28, Convention in force only from 2023-08-01",
        byForce.members().stream().filter(m -> m.subject().equals("NGA")).findFirst().get().reasons().get(0).text());
  }
}
