package org.ccmkit.indicators.benchmark;

import com.google.common.collect.ImmutableTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ccmkit.indicators.Fixtures;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.MeetingKind;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.Retention;
import org.ccmkit.model.obligation.StockpileDestruction;
import org.ccmkit.model.obligation.VictimAssistance;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.state.InstrumentKind;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;

/**
 * Datasets for the benchmark, generated from a fixed seed: one shaped like the real one (the depositary's register of
 * 112 States Parties, the 10MSP–13MSP and 3RC cycles, the ten affected States Parties and twelve with victims), and
 * larger ones of any number of States and cycles.
 */
public final class BenchmarkDatasets {

  private static final SourceRef REPORT = SourceRef.of("ART7", "annual report");
  private static final FactValue YES = FactValue.of(true);
  private static final FactValue NO = FactValue.of(false);
  private static final List<String> WITH_VICTIMS =
      List.of("AFG", "ALB", "BIH", "HRV", "IRQ", "LAO", "LBN", "MNE", "MRT", "SOM", "SSD", "TCD");
  /** Ten States Parties given an Article 3(6) retention here; a benchmark choice, not the record. */
  private static final List<String> RETAINING =
      List.of("BEL", "DEU", "ESP", "FRA", "ITA", "NLD", "CHE", "SWE", "HRV", "PER");

  private BenchmarkDatasets() {}

  /**
   * A dataset shaped like the real one: the register of 3 February 2026, five cycles (10MSP–13MSP, 3RC), the
   * obligations of the affected States Parties, of those with victims, ten retaining; every State reports each of
   * {@code plan}'s data elements in each cycle with probability {@code density}.
   */
  public static MonitoringDataset realSized(ActionPlan plan, double density) {
    List<Obligation> obligations = new ArrayList<>(Fixtures.affectedClearances());
    WITH_VICTIMS.forEach(s -> obligations.add(VictimAssistance.of(Fixtures.state(s),
        Fixtures.standing(s).entryIntoForce().get())));
    RETAINING.forEach(s -> obligations.add(Retention.of(Fixtures.state(s), Fixtures.standing(s).entryIntoForce()
        .get())));
    List<ReportingCycle> cycles = new ArrayList<>(Fixtures.lapCycles());
    cycles.add(Fixtures.cycle("3RC"));
    return dataset(plan, Fixtures.REGISTER, Fixtures.MEETINGS, cycles, obligations, density, 2026L);
  }

  /**
   * A generated dataset of {@code states} States (the real register, then generated ones), {@code cycleCount} cycles
   * from the 6MSP (2016), obligations for one State in ten of each kind, and facts reported with probability
   * {@code density}.
   */
  public static MonitoringDataset generated(ActionPlan plan, int states, int cycleCount, double density, long seed) {
    Random random = new Random(seed);
    List<Standing> standings = new ArrayList<>(Fixtures.REGISTER.standings());
    for (int i = standings.size(); i < states; i++) {
      String code = "X" + (char) ('A' + (i / 26) % 26) + (char) ('A' + i % 26);
      code = i >= 125 + 676 ? "Y" + code.substring(1) : code;
      LocalDate deposit = LocalDate.of(2009, 1, 1).plusDays(random.nextInt(365 * 20));
      standings.add(random.nextInt(5) == 0
          ? Standing.builder().state(State.of(code, "State " + code)).build()
          : Standing.deposited(State.of(code, "State " + code), null, deposit, InstrumentKind.ACCESSION));
    }
    Register register = Register.of(standings.subList(0, Math.min(states, standings.size())));
    List<Obligation> obligations = new ArrayList<>();
    for (Standing s : register.standings()) {
      if (s.entryIntoForce().isEmpty() || s.withdrawalEffective().isPresent()) {
        continue;
      }
      LocalDate eif = s.entryIntoForce().get();
      switch (random.nextInt(10)) {
        case 0 -> obligations.add(Clearance.atEntryIntoForce(s.state(), eif));
        case 1 -> obligations.add(Clearance.builder().from(Clearance.atEntryIntoForce(s.state(), eif))
            .completedOn(eif.plusDays(random.nextInt(4000))).build());
        case 2 -> obligations.add(VictimAssistance.of(s.state(), eif));
        case 3 -> obligations.add(Retention.of(s.state(), eif));
        case 4 -> obligations.add(StockpileDestruction.builder().from(StockpileDestruction.of(s.state(), eif))
            .completedOn(eif.plusDays(random.nextInt(4000))).build());
        default -> { }
      }
    }
    List<Meeting> meetings = new ArrayList<>();
    List<ReportingCycle> cycles = new ArrayList<>();
    for (int c = 0; c < cycleCount; c++) {
      Meeting m = Meeting.of(MeetingKind.MSP, 6 + c, 2016 + c);
      meetings.add(m);
      cycles.add(ReportingCycle.of(m));
    }
    return dataset(plan, register, meetings, cycles, obligations, density, seed);
  }

  private static MonitoringDataset dataset(ActionPlan plan, Register register, List<Meeting> meetings,
      List<ReportingCycle> cycles, List<Obligation> obligations, double density, long seed) {
    Random random = new Random(seed);
    List<String> states = new ArrayList<>(register.byCode().keySet());
    List<String> affected = obligations.stream().filter(o -> o instanceof Clearance).map(o -> o.state().code())
        .distinct().toList();
    List<ExtensionRequest> requests = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    List<String> requestElements = requestElements(plan);
    List<String> countElements = plan.indicators().stream()
        .filter(i -> i.population().base() == PopulationBase.NONE || i.measure() == org.ccmkit.model.plan.Measure.QUANTITY)
        .flatMap(i -> i.dataElements().stream()).distinct().toList();
    List<String> stateElements = stateElements(plan);
    for (ReportingCycle cycle : cycles) {
      String meeting = cycle.meeting();
      for (int r = 0; r < Math.min(4, affected.size()); r++) {
        String state = affected.get(random.nextInt(affected.size()));
        ExtensionRequest request = ExtensionRequest.builder().state(state).article(r == 3 ? 3 : 4).meeting(meeting)
            .source(SourceRef.of("MSP", meeting + " decisions")).build();
        if (requests.stream().noneMatch(x -> x.id().equals(request.id()))) {
          requests.add(request);
          for (String element : requestElements) {
            if (random.nextDouble() < density) {
              facts.add(Fact.of(request.id(), meeting, element, random.nextInt(10) < 7 ? YES : NO, REPORT));
            }
          }
        }
      }
      for (String element : stateElements) {
        boolean counts = countElements.contains(element);
        for (String state : states) {
          if (random.nextDouble() < density) {
            FactValue value = counts ? FactValue.count(random.nextInt(5)) : random.nextInt(10) < 7 ? YES : NO;
            facts.add(Fact.of(state, meeting, element, value, REPORT));
          }
        }
      }
    }
    ImmutableTable.Builder<String, String, String> regions = ImmutableTable.builder();
    String[] groups = {"African", "Asia-Pacific", "Eastern European", "Latin American and Caribbean",
        "Western European and others"};
    states.forEach(s -> regions.put(s, "region", groups[Math.floorMod(s.hashCode(), groups.length)]));
    return MonitoringDataset.builder().register(register).meetings(meetings).cycles(cycles).obligations(obligations)
        .facts(facts).extensionRequests(requests).stateAttributes(regions.build()).build();
  }

  /** The data elements and qualifiers States report: all the plan's but those about extension requests. */
  public static List<String> stateElements(ActionPlan plan) {
    List<String> requestElements = requestElements(plan);
    return VcapShapedPlan.elements(plan).stream().filter(k -> !requestElements.contains(k)).toList();
  }

  private static List<String> requestElements(ActionPlan plan) {
    return plan.indicators().stream()
        .filter(i -> i.population().base() == PopulationBase.EXTENSION_REQUESTS)
        .flatMap(i -> i.dataElements().stream()).distinct().toList();
  }

  /** The quantity of facts, for reporting. */
  public static String describe(MonitoringDataset d) {
    return d.register().standings().size() + " States, " + d.cycles().size() + " cycles, " + d.facts().size()
        + " facts";
  }
}
