package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.ImmutableMonitoringDataset;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.MeetingKind;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.plan.Direction;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Measure;
import org.ccmkit.model.plan.Population;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.SubjectKind;
import org.ccmkit.model.state.InstrumentKind;
import org.ccmkit.model.state.PartyBasis;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;

/**
 * Real data for the tests: the depositary's register of 3 February 2026 (a copy of
 * {@code data/ccm-participants-untc-2026-02-03.tsv}), the meetings of the Lausanne Action Plan's cycles, and the ten
 * affected States Parties of the 13MSP.
 */
public final class Fixtures {

  /** The register as the depositary printed it on 3 February 2026: 112 States Parties, 12 signatories, Lithuania. */
  public static final Register REGISTER = loadRegister();

  /** The ten affected States Parties of the 13MSP (DOMAIN: outstanding Article 4 obligations), sorted by code. */
  public static final ImmutableList<String> AFFECTED_13MSP =
      ImmutableList.of("AFG", "CHL", "DEU", "IRQ", "LAO", "LBN", "MRT", "SOM", "SSD", "TCD");

  /** The meetings whose cycles the Lausanne Action Plan's progress reports count, and the 3RC. */
  public static final ImmutableList<Meeting> MEETINGS = ImmutableList.of(
      Meeting.of(MeetingKind.MSP, 10, 2022), Meeting.of(MeetingKind.MSP, 11, 2023),
      Meeting.of(MeetingKind.MSP, 12, 2024), Meeting.of(MeetingKind.MSP, 13, 2025),
      Meeting.of(MeetingKind.REVIEW_CONFERENCE, 3, 2026));

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
  public static Indicator indicator(String id, Measure measure, PopulationBase base, PartyBasis basis,
      String... elements) {
    String plan = id.substring(0, id.indexOf('-'));
    int action = Integer.parseInt(id.substring(id.indexOf('-') + 1, id.indexOf('.')));
    return Indicator.builder().id(id).planId(plan).actionNumber(action)
        .text("The number of " + base.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " that report "
            + String.join(" and ", elements))
        .measure(measure).subject(SubjectKind.STATES_PARTIES).population(Population.of(base, basis))
        .addDataElements(elements).direction(Direction.INCREASE).source(SourceRef.of(plan, "line 1")).build();
  }

  /**
   * LAP-23.2, as the catalogue models it: "The number of affected States Parties that report on the inclusion of
   * gender and diversity considerations in survey and clearance planning and prioritisation".
   */
  public static final Indicator LAP_23_2 = Indicator.builder().id("LAP-23.2").planId("LAP").actionNumber(23)
      .text("The number of affected States Parties that report integrating gender and diversity considerations into "
          + "survey and clearance planning")
      .measure(Measure.COUNT_AND_PERCENTAGE).subject(SubjectKind.STATES_PARTIES)
      .population(Population.of(PopulationBase.AFFECTED_STATES_PARTIES, PartyBasis.IN_FORCE))
      .addDataElements("gender.integrated-in-clearance-planning").direction(Direction.INCREASE)
      .source(SourceRef.of("LAP", "line 255")).build();

  private static Register loadRegister() {
    List<Standing> standings = new ArrayList<>();
    try (InputStream in = Fixtures.class.getResourceAsStream("ccm-participants-untc-2026-02-03.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = r.readLine();
      int number = 1;
      while ((line = r.readLine()) != null) {
        number++;
        String[] f = line.split("\t", -1);
        ImmutableStandingBuilder b = new ImmutableStandingBuilder(State.of(f[1], f[0]));
        b.signature(date(f[2])).deposit(date(f[3]), f[4]).withdrawal(date(f[5]))
            .source(SourceRef.of("UNTC", "line " + number));
        standings.add(b.build());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Register.of(standings);
  }

  private static Optional<LocalDate> date(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text));
  }

  /** Builds a standing from the TSV's columns. */
  private static final class ImmutableStandingBuilder {
    private final org.ccmkit.model.state.ImmutableStanding.Builder b = Standing.builder();

    ImmutableStandingBuilder(State state) {
      b.state(state);
    }

    ImmutableStandingBuilder signature(Optional<LocalDate> d) {
      b.signature(d);
      return this;
    }

    ImmutableStandingBuilder deposit(Optional<LocalDate> d, String kind) {
      d.ifPresent(x -> b.deposit(x).instrumentKind(InstrumentKind.valueOf(kind.toUpperCase(Locale.ROOT))));
      return this;
    }

    ImmutableStandingBuilder withdrawal(Optional<LocalDate> d) {
      b.withdrawalNotified(d);
      return this;
    }

    ImmutableStandingBuilder source(SourceRef s) {
      b.source(s);
      return this;
    }

    Standing build() {
      return b.build();
    }
  }
}
