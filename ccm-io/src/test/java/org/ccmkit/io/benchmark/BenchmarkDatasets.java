package org.ccmkit.io.benchmark;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.Datasets;
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
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.ValueType;
import org.ccmkit.model.plan.Vocabulary;
import org.ccmkit.model.state.InstrumentKind;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;

/**
 * Datasets for the benchmark. The real-sized one is the embedded published record ({@link Datasets#publishedRecord()}:
 * the depositary's register of 125 participants, the meetings, the obligations and extension requests its sources
 * establish, the published values) with the 3RC cycle added to its 10MSP–13MSP cycles. Larger ones have any number of
 * States and cycles. The record holds no reported facts, so every dataset's facts are generated from a fixed seed:
 * one for each data element and qualifier the plan's indicators use, typed as the vocabulary types the element.
 */
public final class BenchmarkDatasets {

  private static final SourceRef REPORT = SourceRef.of("ART7", "annual report (generated for the benchmark)");
  private static final String[] GROUPS = {"African", "Asia-Pacific", "Eastern European",
      "Latin American and Caribbean", "Western European and others"};

  /** The number of cycles of the generated and scaling datasets. */
  public static final int GENERATED_CYCLES = 20;

  private BenchmarkDatasets() {}

  /**
   * The record's register without the UN Member States that have neither signed nor joined: the depositary's 125
   * participants, as the benchmark figures in the README were measured on.
   */
  static Register participants() {
    return Register.of(Datasets.publishedRecord().dataset().register().standings().stream()
        .filter(s -> s.signature().isPresent() || s.deposit().isPresent()).toList());
  }

  /**
   * The published record with five cycles (10MSP–13MSP, 3RC): every State of the register reports each of {@code
   * plan}'s State data elements in each cycle with probability {@code density}, and each extension request the
   * element of the plan's extension request indicators in its meeting's cycle with the same probability.
   */
  public static MonitoringDataset realSized(ActionPlan plan, Vocabulary vocabulary, double density) {
    MonitoringDataset record = Datasets.publishedRecord().dataset();
    List<ReportingCycle> cycles = new ArrayList<>(record.cycles());
    return withFacts(participants(), record.meetings(), cycles, record.obligations(),
        record.extensionRequests(), record, plan, vocabulary, density, 2026L);
  }

  /**
   * A generated dataset of {@code states} States (the real register, then generated ones), {@code cycleCount} cycles
   * from the 6MSP (2016), obligations for one State in ten of each kind, up to four extension requests a cycle, and
   * facts reported with probability {@code density}. No published values.
   */
  public static MonitoringDataset generated(ActionPlan plan, Vocabulary vocabulary, int states, int cycleCount,
      double density, long seed) {
    Random random = new Random(seed);
    List<Standing> standings = new ArrayList<>(participants().standings());
    Set<String> taken = new HashSet<>();
    standings.forEach(s -> taken.add(s.state().code()));
    int skipped = 0;
    for (int i = standings.size(); i < states; i++) {
      String code = generatedCode(i + skipped);
      while (!taken.add(code)) {
        code = generatedCode(i + ++skipped);
      }
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
    List<String> affected = obligations.stream().filter(o -> o instanceof Clearance).map(o -> o.state().code())
        .distinct().toList();
    List<ExtensionRequest> requests = new ArrayList<>();
    for (ReportingCycle cycle : cycles) {
      for (int r = 0; r < Math.min(4, affected.size()); r++) {
        String state = affected.get(random.nextInt(affected.size()));
        ExtensionRequest request = ExtensionRequest.builder().state(state).article(r == 3 ? 3 : 4)
            .meeting(cycle.meeting()).source(SourceRef.of("MSP", cycle.meeting() + " decisions")).build();
        if (requests.stream().noneMatch(x -> x.id().equals(request.id()))) {
          requests.add(request);
        }
      }
    }
    return withFacts(register, meetings, cycles, obligations, requests, null, plan, vocabulary, density, seed);
  }

  /**
   * The code of the {@code i}-th State of a generated register (from the 125th, after the real participants): X, then
   * Y, then W, V and the other letters backwards, each followed by the 676 pairs of letters in turn. A code the real
   * register already has is skipped; up to the 1,477th State (the 10^6 dataset has 428) none is.
   */
  private static String generatedCode(int i) {
    char first = "XYWVUTSRQPONMLKJIHGFEDCBAZ".charAt((i - 125) / 676);
    return "" + first + (char) ('A' + (i / 26) % 26) + (char) ('A' + i % 26);
  }

  /**
   * A generated dataset of {@value #GENERATED_CYCLES} cycles in which every State reports every State data element of
   * {@code plan} in every cycle, with as many States as give at least {@code facts} State facts.
   */
  public static MonitoringDataset scaling(ActionPlan plan, Vocabulary vocabulary, int facts) {
    return generated(plan, vocabulary, statesFor(plan, facts), GENERATED_CYCLES, 1.0, facts);
  }

  /** The number of States of {@link #scaling}'s dataset of {@code facts} facts. */
  public static int statesFor(ActionPlan plan, int facts) {
    return (int) Math.ceil(facts / ((double) GENERATED_CYCLES * stateElements(plan).size()));
  }

  private static MonitoringDataset withFacts(Register register, List<Meeting> meetings, List<ReportingCycle> cycles,
      List<Obligation> obligations, List<ExtensionRequest> requests, MonitoringDataset published, ActionPlan plan,
      Vocabulary vocabulary, double density, long seed) {
    Random random = new Random(seed);
    List<String> states = new ArrayList<>(register.byCode().keySet());
    List<String> requestElements = requestElements(plan);
    List<String> stateElements = stateElements(plan);
    ValueType[] requestTypes = types(requestElements, vocabulary);
    ValueType[] stateTypes = types(stateElements, vocabulary);
    List<Fact> facts = new ArrayList<>();
    for (ReportingCycle cycle : cycles) {
      String meeting = cycle.meeting();
      for (ExtensionRequest request : requests) {
        if (!request.meeting().equals(meeting)) {
          continue;
        }
        for (int e = 0; e < requestElements.size(); e++) {
          if (random.nextDouble() < density) {
            facts.add(Fact.of(request.id(), meeting, requestElements.get(e), value(requestTypes[e], random), REPORT));
          }
        }
      }
      for (int e = 0; e < stateElements.size(); e++) {
        for (String state : states) {
          if (random.nextDouble() < density) {
            facts.add(Fact.of(state, meeting, stateElements.get(e), value(stateTypes[e], random), REPORT));
          }
        }
      }
    }
    ImmutableTable.Builder<String, String, String> regions = ImmutableTable.builder();
    states.forEach(s -> regions.put(s, "region", GROUPS[Math.floorMod(s.hashCode(), GROUPS.length)]));
    var builder = MonitoringDataset.builder().register(register).meetings(meetings).cycles(cycles)
        .obligations(obligations).facts(facts).extensionRequests(requests).stateAttributes(regions.build());
    if (published != null) {
      builder.publishedValues(published.publishedValues());
    }
    return builder.build();
  }

  /** A value of the given type: 70 % yes; a count 0–4; a quantity 0–999; a percentage 0–100; a date; text. */
  private static FactValue value(ValueType type, Random random) {
    return switch (type) {
      case BOOLEAN -> FactValue.of(random.nextInt(10) < 7);
      case COUNT -> FactValue.count(random.nextInt(5));
      case QUANTITY -> FactValue.of(ValueType.QUANTITY, BigDecimal.valueOf(random.nextInt(1000)));
      case PERCENT -> FactValue.of(ValueType.PERCENT, BigDecimal.valueOf(random.nextInt(101)));
      case DATE -> FactValue.of(LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650)));
      case TEXT -> FactValue.of("reported");
    };
  }

  private static ValueType[] types(List<String> elements, Vocabulary vocabulary) {
    return elements.stream().map(k -> vocabulary.element(k).orElseThrow(() -> new IllegalArgumentException(
        "data element '" + k + "' is not in the vocabulary")).valueType()).toArray(ValueType[]::new);
  }

  /**
   * The data elements and population qualifiers States report: every one the plan's indicators use, in document
   * order, but those of the extension request indicators (which requests report, and whose qualifiers requests meet
   * by their article).
   */
  public static ImmutableList<String> stateElements(ActionPlan plan) {
    Set<String> keys = new LinkedHashSet<>();
    for (Indicator i : plan.indicators()) {
      if (i.population().base() != PopulationBase.EXTENSION_REQUESTS) {
        keys.addAll(i.dataElements());
        i.population().qualifier().ifPresent(keys::add);
      }
    }
    keys.removeAll(requestElements(plan));
    return ImmutableList.copyOf(keys);
  }

  /** The data elements of the plan's extension request indicators, which each request reports. */
  public static ImmutableList<String> requestElements(ActionPlan plan) {
    return plan.indicators().stream()
        .filter(i -> i.population().base() == PopulationBase.EXTENSION_REQUESTS)
        .flatMap(i -> i.dataElements().stream()).distinct().collect(ImmutableList.toImmutableList());
  }

  /** The quantity of facts, for reporting. */
  public static String describe(MonitoringDataset d) {
    return d.register().standings().size() + " States, " + d.cycles().size() + " cycles, "
        + d.extensionRequests().size() + " extension requests, " + d.facts().size() + " facts";
  }
}
