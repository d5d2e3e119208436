package org.ccmkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.io.record.PublishedRecord;
import org.ccmkit.io.record.StateStatement;
import org.ccmkit.io.record.StatementKind;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.TransparencyReport;
import org.ccmkit.model.obligation.VictimAssistance;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.state.PartyBasis;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The embedded record, recomputed from the register and checked against the figures the documents print. */
class PublishedRecordTest {

  static final PublishedRecord RECORD = Datasets.publishedRecord();
  static final MonitoringDataset DATA = RECORD.dataset();
  static final Register REGISTER = DATA.register();

  @Test
  void theRegisterListsAll125ParticipantsAndTheOtherUnMemberStates() {
    // 125 participants (UNTC, 3 February 2026) and the 72 UN Member States that have neither signed nor joined
    assertEquals(125, REGISTER.standings().stream()
        .filter(s -> s.signature().isPresent() || s.deposit().isPresent()).count());
    assertEquals(197, REGISTER.standings().size());
    // the depositary's page header, 3 February 2026: "Parties: 112"
    assertEquals(112, REGISTER.statesParties(LocalDate.of(2026, 2, 3), PartyBasis.INSTRUMENT_DEPOSITED).size());
    assertEquals(12, REGISTER.signatories(LocalDate.of(2026, 2, 3)).size());
  }

  @ParameterizedTest(name = "{0}: {1} deposited, {2} in force")
  @CsvSource({
      "2010-08-01, 38, 30",
      "2015-02-10, 89, 84",
      "2023-02-28, 111, 110",
      "2023-08-03, 112, 111",
      "2024-02-01, 112, 112",
      "2025-03-06, 111, 111",
      "2025-09-05, 112, 111",
      "2026-03-01, 112, 112"
  })
  void theTwoHeadcountsOfStatesPartiesByDate(LocalDate date, int deposited, int inForce) {
    assertEquals(deposited, REGISTER.statesParties(date, PartyBasis.INSTRUMENT_DEPOSITED).size(), "deposited");
    assertEquals(inForce, REGISTER.statesParties(date, PartyBasis.IN_FORCE).size(), "in force");
  }

  @Test
  void theVcapBaselineOf112StatesPartiesIsRecomputedFromTheRegister() {
    // VCAP-12.a "Number of States Parties to the Convention" (baseline 112, mid-2026)
    assertEquals(new BigDecimal("112"), Catalogues.vientianeCapital().indicator("VCAP-12.a").get().baseline().get()
        .value().get());
    assertEquals(112, REGISTER.statesParties(LocalDate.of(2026, 6, 30), PartyBasis.INSTRUMENT_DEPOSITED).size());
  }

  @Test
  void theFiveLongOverdueInitialReportsAreDueInTheYearsTheReviewDocumentPrints() {
    // RD para 183: Cabo Verde and Comoros (2011), Congo and Guinea (2015), Rwanda (2016)
    List<StateStatement> overdue = RECORD.statements(StatementKind.INITIAL_REPORT_OVERDUE);
    assertEquals(List.of("CPV", "COM", "COG", "GIN", "RWA"), overdue.stream().map(StateStatement::state).toList());
    for (StateStatement s : overdue) {
      TransparencyReport initial = TransparencyReport.owedBy(REGISTER.standing(s.state()).get(), LocalDate.of(2025, 8, 1))
          .get(0);
      assertEquals(s.value().get(), String.valueOf(initial.due().getYear()), s.state() + " " + s.source());
    }
  }

  @Test
  void lithuaniaIsNoPartyAtThe13MspCycle() {
    ReportingCycle c13 = DATA.cycle("13MSP").get();
    assertEquals(LocalDate.of(2025, 4, 30), c13.date());
    assertFalse(REGISTER.standing("LTU").get().isPartyOn(c13.date(), PartyBasis.INSTRUMENT_DEPOSITED));
  }

  @Test
  void theTenAffectedStatesPartiesAtThe13MspHaveArticle4Obligations() {
    List<String> affected = DATA.obligations().stream().filter(o -> o instanceof Clearance)
        .filter(o -> o.isOutstandingOn(DATA.cycle("13MSP").get().date()))
        .map(o -> o.state().code()).sorted().toList();
    assertEquals(List.of("AFG", "CHL", "DEU", "IRQ", "LAO", "LBN", "MRT", "SOM", "SSD", "TCD"), affected);
    long withVictims = DATA.obligations().stream().filter(o -> o instanceof VictimAssistance).count();
    assertEquals(12, withVictims);
  }

  static Optional<PublishedValue> published(String indicator, String cycle, String document) {
    return DATA.publishedByIndicator().get(indicator).stream()
        .filter(p -> p.cycle().equals(cycle) && p.source().document().equals(document) && p.denominator().isPresent()
            || p.cycle().equals(cycle) && p.source().document().equals(document) && document.equals("RD"))
        .findFirst();
  }

  @Test
  void action23SecondIndicatorIs3Of10In2022And9Of10In2025() {
    PublishedValue y2022 = published("LAP-23.2", "10MSP", "UNIDIR").get();
    assertEquals(0, y2022.value().compareTo(new BigDecimal("3")));
    assertEquals(0, y2022.denominator().get().compareTo(BigDecimal.TEN));
    PublishedValue y2025 = published("LAP-23.2", "13MSP", "UNIDIR").get();
    assertEquals(0, y2025.value().compareTo(new BigDecimal("9")));
    assertEquals(0, y2025.denominator().get().compareTo(BigDecimal.TEN));
  }

  @Test
  void annualReportsOnTime51AtThe10MspAnd63AtThe13Msp() {
    assertEquals(0, published("LAP-43.1", "10MSP", "RD").get().value().compareTo(new BigDecimal("51")));
    assertEquals(0, published("LAP-43.1", "13MSP", "RD").get().value().compareTo(new BigDecimal("63")));
  }

  @Test
  void noClearanceObligationOfTheRecordIsCalledOverdueSinceTheSourcesGiveNoExtensionHistory() {
    java.time.LocalDate cycle13 = DATA.cycle("13MSP").get().date();
    var clearances = DATA.obligations().stream()
        .filter(o -> o instanceof org.ccmkit.model.obligation.Clearance).toList();
    assertEquals(10, clearances.size());
    assertTrue(clearances.stream().noneMatch(o -> o.extensionsComplete()));
    // Lao PDR: original deadline 1 Aug 2020, a request at the 12MSP (RD para 83, fn 12), no decision printed.
    var lao = clearances.stream().filter(o -> o.state().code().equals("LAO")).findFirst().get();
    assertEquals(org.ccmkit.model.obligation.ObligationStatus.DEADLINE_UNKNOWN, lao.statusOn(cycle13));
    assertTrue(clearances.stream().allMatch(o -> o.isOutstandingOn(cycle13)));
  }

  @Test
  void figuresPrintedAsAllOrNoneAreAttachedWithoutInventingACount() {
    // RD para 148: "all concerned States Parties reported the provision of assistance to victims by qualified
    // personnel" -- no number printed, so 100 %, not 12.
    PublishedValue qualified = published("LAP-37.2", "12MSP", "RD").get();
    assertEquals(FigureUnit.PERCENT, qualified.unit());
    assertEquals(0, qualified.value().compareTo(new BigDecimal("100")));
    assertEquals("para 148", qualified.source().locator());
    // RD para 160: "no State Party reported the adoption of new or innovative financial mechanisms".
    assertEquals(0, published("LAP-38.2", "13MSP", "RD").get().value().signum());
    // RD para 83: "only one (1) State Party reported the completion of its Article 4 obligations"; LAP-25.1 also asks
    // for a declaration of compliance, which the RD does not mention, so the figure is the indicator's component.
    PublishedValue completed = published("LAP-25.1", "13MSP", "RD").get();
    assertEquals(Optional.of("COMPLETED_ARTICLE_4"), completed.component());
    assertEquals(0, completed.value().compareTo(BigDecimal.ONE));
  }

  @Test
  void everyPublishedValueNamesAnIndicatorOfTheCataloguesAndHasASource() {
    for (PublishedValue p : DATA.publishedValues()) {
      p.indicator().ifPresent(id -> assertTrue(Catalogues.plans().stream().anyMatch(pl -> pl.indicator(id).isPresent()),
          id + " [" + p.source() + "]"));
      assertFalse(p.source().locator().isBlank());
    }
    assertTrue(DATA.publishedValues().size() > 200, "published values: " + DATA.publishedValues().size());
  }

  @Test
  void presidenciesAreRecorded() {
    assertEquals(Optional.of("PHL"), DATA.meetings().stream().filter(m -> m.id().equals("13MSP")).findFirst().get()
        .presidency());
    assertEquals(State.of("PHL", "Philippines"), REGISTER.standing("PHL").get().state());
  }
}
