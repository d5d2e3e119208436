package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import java.util.List;
import java.util.Locale;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.ImmutableMonitoringDataset;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.testkit.DomainArbitraries;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.plan.Direction;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Population;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.SubjectKind;
import org.ccmkit.model.state.PartyBasis;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;

/**
 * Real data for the tests: the depositary's register of 3 February 2026 (the jqwik kit's copy of
 * {@code data/ccm-participants-untc-2026-02-03.tsv}), the meetings of the Lausanne Action Plan's cycles, and the ten
 * affected States Parties of the 13MSP.
 */
public final class Fixtures {

  /** The register as the depositary printed it on 3 February 2026: 112 States Parties, 12 signatories, Lithuania. */
  public static final Register REGISTER = DomainArbitraries.depositaryRegister();

  /** The ten affected States Parties of the 13MSP (DOMAIN: outstanding Article 4 obligations), sorted by code. */
  public static final ImmutableList<String> AFFECTED_13MSP =
      ImmutableList.of("AFG", "CHL", "DEU", "IRQ", "LAO", "LBN", "MRT", "SOM", "SSD", "TCD");

  /** The meetings whose cycles the Lausanne Action Plan's progress reports count, and the 3RC. */
  public static final ImmutableList<Meeting> MEETINGS = DomainArbitraries.MEETINGS;

  /** UN regional groups of the affected States Parties, to stratify by. */
  public static final ImmutableMap<String, String> REGION = ImmutableMap.<String, String>builder()
      .put("AFG", "Asia-Pacific").put("IRQ", "Asia-Pacific").put("LAO", "Asia-Pacific").put("LBN", "Asia-Pacific")
      .put("TCD", "African").put("MRT", "African").put("SOM", "African").put("SSD", "African")
      .put("CHL", "Latin American and Caribbean").put("DEU", "Western European and others")
      .put("LTU", "Eastern European").buildOrThrow();

  private Fixtures() {}

  /** The cycle of meeting {@code id}: {@code 13MSP} → reports due 30 April 2025. */
  public static ReportingCycle cycle(String id) {
    return MEETINGS.stream().filter(m -> m.id().equals(id)).findFirst().map(ReportingCycle::of).orElseThrow();
  }

  /** The 10MSP to 13MSP cycles. */
  public static ImmutableList<ReportingCycle> lapCycles() {
    return ImmutableList.of(cycle("10MSP"), cycle("11MSP"), cycle("12MSP"), cycle("13MSP"));
  }

  /** The standing of the State with code {@code iso3}. */
  public static Standing standing(String iso3) {
    return REGISTER.standing(iso3).orElseThrow(() -> new IllegalArgumentException("no State " + iso3));
  }

  /** The State with code {@code iso3}. */
  public static State state(String iso3) {
    return standing(iso3).state();
  }

  /** Art. 4(1)(a): contamination at entry into force, the ten years running from the State's entry into force. */
  public static Clearance clearance(String iso3) {
    return Clearance.builder().state(state(iso3))
        .ground(org.ccmkit.model.obligation.ClearanceGround.CONTAMINATION_AT_ENTRY_INTO_FORCE)
        .start(standing(iso3).entryIntoForce().get())
        .source(SourceRef.of("RD", "para 86"))
        .build();
  }

  /** A dataset of the real register, the LAP cycles and the meetings; no facts. */
  public static ImmutableMonitoringDataset.Builder dataset() {
    ImmutableTable.Builder<String, String, String> attributes = ImmutableTable.builder();
    REGION.forEach((code, region) -> attributes.put(code, "region", region));
    return MonitoringDataset.builder().register(REGISTER).meetings(MEETINGS).cycles(lapCycles())
        .stateAttributes(attributes.build());
  }

  /** The register's affected States Parties' clearance obligations at the 13MSP. */
  public static ImmutableList<Clearance> affectedClearances() {
    return AFFECTED_13MSP.stream().map(Fixtures::clearance).collect(ImmutableList.toImmutableList());
  }

  /** A yes/no fact that {@code state} reported in its Article 7 report counted in {@code meeting}'s cycle. */
  public static Fact reported(String state, String meeting, String element, boolean value) {
    return Fact.of(state, meeting, element, FactValue.of(value), article7(state, meeting));
  }

  /** The Article 7 report of {@code state} counted in the cycle of {@code meeting}. */
  public static SourceRef article7(String state, String meeting) {
    int year = cycle(meeting).year();
    return SourceRef.of("ART7-" + year, state + " annual report covering " + (year - 1));
  }

  /** An indicator of the LAP with one data element. */
  public static Indicator indicator(String id, List<FigureUnit> units, PopulationBase base, PartyBasis basis,
      String... elements) {
    String plan = id.substring(0, id.indexOf('-'));
    int action = Integer.parseInt(id.substring(id.indexOf('-') + 1, id.indexOf('.')));
    return Indicator.builder().id(id).planId(plan).actionNumber(action)
        .text("The number of " + base.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " that report "
            + String.join(" and ", elements))
        .units(units).subject(SubjectKind.STATES_PARTIES).population(Population.of(base, basis))
        .addDataElements(elements).direction(Direction.INCREASE).source(SourceRef.of(plan, "line 1")).build();
  }

  /**
   * LAP-23.2, as the catalogue models it: "The number of affected States Parties that report on the inclusion of
   * gender and diversity considerations in survey and clearance planning and prioritisation".
   */
  public static final Indicator LAP_23_2 = Indicator.builder().id("LAP-23.2").planId("LAP").actionNumber(23)
      .text("The number of affected States Parties that report integrating gender and diversity considerations into "
          + "survey and clearance planning")
      .addUnits(FigureUnit.PERCENT, FigureUnit.COUNT).subject(SubjectKind.STATES_PARTIES)
      .population(Population.of(PopulationBase.AFFECTED_STATES_PARTIES, PartyBasis.IN_FORCE))
      .addDataElements("gender.integrated-in-clearance-planning").direction(Direction.INCREASE)
      .source(SourceRef.of("LAP", "line 255")).build();
}
