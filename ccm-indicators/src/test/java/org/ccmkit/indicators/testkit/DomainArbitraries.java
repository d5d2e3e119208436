package org.ccmkit.indicators.testkit;

import com.google.common.collect.ImmutableList;
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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.ImmutableMonitoringDataset;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.population.PlanPeriod;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.MeetingKind;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.convention.ConventionDates;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.ClearanceGround;
import org.ccmkit.model.obligation.Extension;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.Retention;
import org.ccmkit.model.obligation.StockpileDestruction;
import org.ccmkit.model.obligation.VictimAssistance;
import org.ccmkit.model.plan.Action;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.DataElement;
import org.ccmkit.model.plan.Direction;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Population;
import org.ccmkit.model.plan.PlanStatus;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.SubjectKind;
import org.ccmkit.model.plan.ThematicArea;
import org.ccmkit.model.plan.ValueType;
import org.ccmkit.model.plan.Vocabulary;
import org.ccmkit.model.state.InstrumentKind;
import org.ccmkit.model.state.PartyBasis;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;

/**
 * jqwik arbitraries for the Convention's domain: the depositary's real register and generated States (deposit,
 * signature and withdrawal dates), registers mixing both, Article 3, 4, 5 and 3(6) obligations, Article 4 clearance
 * obligations with chains of extensions inside the Convention's limits, the reporting cycles of the Lausanne Action
 * Plan, facts, whole monitoring datasets, indicators of every population and unit, and plans holding them.
 *
 * <p>Generated States have user-assigned ISO codes ({@code XAA}, {@code XAB}…) that no real State has, deposit dates
 * between the opening for signature (3 December 2008) and 31 January 2026, ratifications and accessions, and
 * withdrawals. Facts are reported over the 10MSP–13MSP cycles from several sources, some about subjects outside the
 * register ({@link #OUTSIDERS}), so that a property sees what a real dataset holds. Every value is valid: the model's
 * construction checks pass for everything generated, and a {@link Scenario} builds the same dataset each time.
 *
 * <pre>{@code
 * @Property
 * void aCountNeverExceedsItsPopulation(@ForAll("datasets") MonitoringDataset d, @ForAll("indicators") Indicator i) {
 *   Evaluation e = DomainArbitraries.EVALUATOR.evaluate(i, d, DomainArbitraries.cycle("13MSP"));
 *   e.score().flatMap(Score::count).ifPresent(n -> assertTrue(n <= e.denominator().size()));
 * }
 *
 * @Provide Arbitrary<MonitoringDataset> datasets() { return DomainArbitraries.datasets(); }
 * @Provide Arbitrary<Indicator> indicators() { return DomainArbitraries.populationIndicators(); }
 * }</pre>
 */
public final class DomainArbitraries {

  /** A yes/no data element: gender and diversity integrated into clearance planning (LAP-23.2). */
  public static final String GENDER = "gender.integrated-in-clearance-planning";
  /** A yes/no data element: a national clearance strategy. */
  public static final String STRATEGY = "art4.national-strategy";
  /** A yes/no data element: assistance provided; the qualifier of generated "donor" populations. */
  public static final String DONOR = "cooperation.assistance-provided";
  /** A count data element: the women in a State's delegation to a meeting. */
  public static final String WOMEN = "meeting.delegation-women";
  /** The data elements facts are generated for: {@link #GENDER}, {@link #STRATEGY}, {@link #DONOR}, {@link #WOMEN}. */
  public static final ImmutableList<String> ELEMENTS = ImmutableList.of(GENDER, STRATEGY, DONOR, WOMEN);
  /** Two subjects no register lists ({@code ZZA}, {@code ZZB}), about which facts are generated too. */
  public static final ImmutableList<String> OUTSIDERS = ImmutableList.of("ZZA", "ZZB");
  /** The values of the {@code region} State attribute generated, to stratify by. */
  public static final ImmutableList<String> REGIONS = ImmutableList.of("African", "Asia-Pacific", "Eastern European");
  /** The sources facts are generated from: an Article 7 report, the Review Document, UNIDIR. */
  public static final ImmutableList<SourceRef> SOURCES = ImmutableList.of(SourceRef.of("ART7", "annual report"),
      SourceRef.of("RD", "para 102"), SourceRef.of("UNIDIR", "p. 23"));

  /** The vocabulary of {@link #ELEMENTS}, with their value types. */
  public static final Vocabulary VOCABULARY = Vocabulary.of(ImmutableList.of(
      element(GENDER, ValueType.BOOLEAN), element(STRATEGY, ValueType.BOOLEAN), element(DONOR, ValueType.BOOLEAN),
      element(WOMEN, ValueType.COUNT)));

  /** An evaluator for what is generated here: the vocabulary above and the Lausanne Action Plan's period, 2021–2026. */
  public static final IndicatorEvaluator EVALUATOR = IndicatorEvaluator.builder().vocabulary(VOCABULARY)
      .planPeriod(PlanPeriod.of(2021, 2026)).build();

  /** The meetings whose cycles the Lausanne Action Plan's progress reports count (10MSP–13MSP), and the 3RC. */
  public static final ImmutableList<Meeting> MEETINGS = ImmutableList.of(
      Meeting.of(MeetingKind.MSP, 10, 2022), Meeting.of(MeetingKind.MSP, 11, 2023),
      Meeting.of(MeetingKind.MSP, 12, 2024), Meeting.of(MeetingKind.MSP, 13, 2025),
      Meeting.of(MeetingKind.REVIEW_CONFERENCE, 3, 2026));

  private static final LocalDate LAST_DEPOSIT = LocalDate.of(2026, 1, 31);
  private static final int DAYS = (int) (LAST_DEPOSIT.toEpochDay() - ConventionDates.OPENED_FOR_SIGNATURE.toEpochDay());
  private static final Register DEPOSITARY_REGISTER = loadRegister();

  private DomainArbitraries() {}

  /**
   * A generated State, in days from the opening for signature.
   *
   * @param depositDay the day its instrument was deposited; -1: none (a signatory, or neither)
   * @param signatureDay the day it signed; -1: it acceded, or did not sign
   * @param withdrawalAfter days from the deposit to a notified withdrawal, less one; -1: no withdrawal
   */
  public record GeneratedState(int depositDay, int signatureDay, int withdrawalAfter) {}

  /**
   * The obligations of a State that deposited, each given as -2 (absent), -1 (outstanding), or n (completed n days
   * after entry into force, unless the State withdrew first).
   *
   * @param clearance Article 4 clearance
   * @param stockpile Article 3 stockpile destruction
   * @param retention Article 3(6) retention
   * @param victims whether it has Article 5 victim-assistance obligations
   */
  public record ObligationSpec(int clearance, int stockpile, int retention, boolean victims) {}

  /**
   * One reported fact, by indices into the subjects ({@link #subjects(Register)}), the 10MSP–13MSP cycles,
   * {@link #ELEMENTS} and {@link #SOURCES}.
   *
   * @param subject the subject's index, modulo the number of subjects
   * @param cycle the cycle's index, 0 (10MSP) to 3 (13MSP)
   * @param element the data element's index
   * @param value a count, or yes (odd) / no (even) for a yes/no element
   * @param source the source's index
   */
  public record FactSpec(int subject, int cycle, int element, int value, int source) {}

  /**
   * Everything a dataset is built from: real rows of the depositary's register, generated States, their obligations
   * (assigned in turn to the States that deposited), facts and a seed for the {@code region} attribute. Building it
   * twice gives equal datasets, and jqwik shrinks it part by part.
   *
   * @param real real rows of the depositary's register, sorted by code
   * @param generated the generated States, coded {@code XAA}, {@code XAB}… in order
   * @param obligations the obligations, assigned in turn to each State that deposited
   * @param facts the facts reported
   * @param regionSeed the seed of the {@code region} attribute (about one State in five has none)
   */
  public record Scenario(List<Standing> real, List<GeneratedState> generated, List<ObligationSpec> obligations,
      List<FactSpec> facts, int regionSeed) {

    /** {@return the dataset: register, the 10MSP–13MSP cycles and their meetings, obligations, facts, regions} */
    public MonitoringDataset dataset() {
      return builder().build();
    }

    /** {@return a builder holding the dataset, to add to or change before building} */
    public ImmutableMonitoringDataset.Builder builder() {
      Register register = register();
      List<Obligation> obligationList = new ArrayList<>();
      int i = 0;
      for (Standing s : register.standings()) {
        if (s.deposit().isPresent()) {
          obligationList.addAll(obligationsOf(s, obligations.get(i++ % obligations.size())));
        }
      }
      List<String> subjects = subjects(register);
      List<Fact> factList = new ArrayList<>();
      for (FactSpec f : facts) {
        factList.add(fact(subjects.get(f.subject() % subjects.size()), f));
      }
      ImmutableTable.Builder<String, String, String> regions = ImmutableTable.builder();
      int r = regionSeed;
      for (Standing s : register.standings()) {
        r = r * 31 + 7;
        if (Math.floorMod(r, 5) != 0) {
          regions.put(s.state().code(), "region", REGIONS.get(Math.floorMod(r, REGIONS.size())));
        }
      }
      return MonitoringDataset.builder().register(register).meetings(MEETINGS).cycles(lapCycles())
          .obligations(obligationList).facts(factList).stateAttributes(regions.build());
    }

    /** {@return the register: the real rows, then the generated States} */
    public Register register() {
      List<Standing> standings = new ArrayList<>(real);
      for (int i = 0; i < generated.size(); i++) {
        standings.add(standing("X" + (char) ('A' + i / 26) + (char) ('A' + i % 26), generated.get(i)));
      }
      return Register.of(standings);
    }
  }

  /**
   * The subjects facts are generated about.
   *
   * @param register the register
   * @return the register's States' codes, sorted, then {@link #OUTSIDERS}
   */
  public static List<String> subjects(Register register) {
    List<String> subjects = new ArrayList<>(register.byCode().keySet());
    subjects.addAll(OUTSIDERS);
    return subjects;
  }

  /**
   * The depositary's register as printed on 3 February 2026 (UN Treaty Collection, XXVI-6): 125 participants, 112
   * States Parties, 12 signatories, Lithuania's withdrawal.
   *
   * @return the register
   */
  public static Register depositaryRegister() {
    return DEPOSITARY_REGISTER;
  }

  /**
   * The reporting cycle of one of {@link #MEETINGS}.
   *
   * @param meeting the meeting's id, e.g. {@code 13MSP} (reports due 30 April 2025)
   * @return its cycle
   * @throws IllegalArgumentException if {@code meeting} is not one of {@link #MEETINGS}, naming them
   */
  public static ReportingCycle cycle(String meeting) {
    return MEETINGS.stream().filter(m -> m.id().equals(meeting)).findFirst().map(ReportingCycle::of)
        .orElseThrow(() -> new IllegalArgumentException("meeting " + meeting + " is not one of "
            + MEETINGS.stream().map(Meeting::id).toList()));
  }

  /** {@return the 10MSP to 13MSP cycles, in order} */
  public static ImmutableList<ReportingCycle> lapCycles() {
    return ImmutableList.of(cycle("10MSP"), cycle("11MSP"), cycle("12MSP"), cycle("13MSP"));
  }

  /** {@return one of the 10MSP to 13MSP cycles} */
  public static Arbitrary<ReportingCycle> cycles() {
    return Arbitraries.of(lapCycles());
  }

  /** {@return one of the 10MSP to 13MSP meetings' ids} */
  public static Arbitrary<String> meetings() {
    return Arbitraries.of("10MSP", "11MSP", "12MSP", "13MSP");
  }

  /**
   * A generated State's standing, coded {@code code}: signature and deposit dates between the opening for signature
   * and 2026 (a ratification where it signed first, else an accession), or a signature alone, or neither; sometimes a
   * withdrawal notified after the deposit.
   *
   * @param code the State's code; use a user-assigned one ({@code XAA}–{@code XZZ}) to stay clear of real States
   * @return standings of that State
   */
  public static Arbitrary<Standing> standings(String code) {
    return generatedStates().map(g -> standing(code, g));
  }

  /** {@return registers of 3 to 30 real rows of the depositary's register and up to 12 generated States} */
  public static Arbitrary<Register> registers() {
    return scenarios().map(Scenario::register);
  }

  /** {@return the whole scenarios datasets are built from; see {@link Scenario}} */
  public static Arbitrary<Scenario> scenarios() {
    Arbitrary<List<Standing>> real = Arbitraries.subsetOf(DEPOSITARY_REGISTER.standings()).ofMinSize(3).ofMaxSize(30)
        .map(set -> set.stream().sorted((a, b) -> a.state().code().compareTo(b.state().code())).toList());
    Arbitrary<List<GeneratedState>> generated = generatedStates().list().ofMaxSize(12);
    Arbitrary<List<ObligationSpec>> obligations = Combinators.combine(completion(), completion(), completion(),
        Arbitraries.of(true, false)).as(ObligationSpec::new).list().ofMinSize(1).ofMaxSize(20);
    Arbitrary<List<FactSpec>> facts = factSpecs().list().ofMaxSize(150);
    return Combinators.combine(real, generated, obligations, facts, Arbitraries.integers())
        .as(Scenario::new);
  }

  /** {@return monitoring datasets, each built from one of {@link #scenarios()}} */
  public static Arbitrary<MonitoringDataset> datasets() {
    return scenarios().map(Scenario::dataset);
  }

  /**
   * Facts about the subjects of {@code register} and {@link #OUTSIDERS}, in the 10MSP–13MSP cycles, of
   * {@link #ELEMENTS}, from {@link #SOURCES}.
   *
   * @param register the register whose States the facts are about
   * @return such facts
   */
  public static Arbitrary<Fact> facts(Register register) {
    List<String> subjects = subjects(register);
    return factSpecs().map(f -> fact(subjects.get(f.subject() % subjects.size()), f));
  }

  /**
   * Article 4 clearance obligations of a State of the depositary's register that deposited, from its entry into force
   * (4(1)(a)), with zero to three extensions (4(5)): each granted on or before the deadline it extends, after the one
   * before, moving it forward by at most five years; some completed before or after their deadline.
   *
   * @return such obligations; their {@link Clearance#extensions()} are the complete history
   */
  public static Arbitrary<Clearance> clearances() {
    Arbitrary<Standing> parties = Arbitraries.of(DEPOSITARY_REGISTER.standings().stream()
        .filter(s -> s.entryIntoForce().isPresent()).toList());
    Arbitrary<List<Tuple.Tuple2<Integer, Integer>>> extensions = Combinators.combine(
        Arbitraries.integers().between(0, 700), Arbitraries.integers().between(1, 5 * 365))
        .as(Tuple::of).list().ofMaxSize(3);
    return Combinators.combine(parties, extensions, Arbitraries.integers().between(-1, 8000))
        .as(DomainArbitraries::clearance);
  }

  private static Clearance clearance(Standing s, List<Tuple.Tuple2<Integer, Integer>> specs, int completedAfter) {
    LocalDate eif = s.entryIntoForce().get();
    Clearance original = Clearance.atEntryIntoForce(s.state(), eif);
    LocalDate deadline = original.originalDeadline().get();
    LocalDate lastGrant = eif;
    List<Extension> extensions = new ArrayList<>();
    for (Tuple.Tuple2<Integer, Integer> spec : specs) {
      LocalDate granted = deadline.minusDays(spec.get1());
      granted = granted.isBefore(lastGrant) ? lastGrant : granted;
      LocalDate next = deadline.plusDays(spec.get2());
      LocalDate limit = deadline.plusYears(5);
      next = next.isAfter(limit) ? limit : next;
      extensions.add(Extension.of(mspOf(granted), granted, next));
      deadline = next;
      lastGrant = granted;
    }
    Optional<LocalDate> completed = completedAfter < 0 ? Optional.empty() : Optional.of(eif.plusDays(completedAfter));
    return Clearance.builder().state(s.state()).ground(ClearanceGround.CONTAMINATION_AT_ENTRY_INTO_FORCE).start(eif)
        .extensions(extensions).completedOn(completed).source(SourceRef.of("GEN", "art4 " + s.state().code()))
        .build();
  }

  /** An illustrative meeting id for a grant's year: the MSPs have met yearly since the 1MSP of 2010. */
  private static String mspOf(LocalDate granted) {
    return Math.max(1, granted.getYear() - 2009) + "MSP";
  }

  private static Arbitrary<GeneratedState> generatedStates() {
    return Combinators.combine(
            Arbitraries.integers().between(-1, DAYS), Arbitraries.integers().between(-1, DAYS),
            Arbitraries.integers().between(-1, 3000).edgeCases(c -> c.add(-1)))
        .as(GeneratedState::new);
  }

  private static Arbitrary<FactSpec> factSpecs() {
    return Combinators.combine(Arbitraries.integers().between(0, 200),
            Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, ELEMENTS.size() - 1),
            Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, SOURCES.size() - 1))
        .as(FactSpec::new);
  }

  private static Arbitrary<Integer> completion() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(-2)),
        Tuple.of(2, Arbitraries.just(-1)),
        Tuple.of(2, Arbitraries.integers().between(0, 5000)));
  }

  /**
   * Indicators of any population base (but extension requests), sense of "States Parties", units, data elements
   * ({@link #GENDER}, {@link #STRATEGY}, both or none), qualifier ({@link #DONOR} or none) and direction, all with the
   * id {@code LAP-23.9}.
   *
   * @return such indicators
   */
  public static Arbitrary<Indicator> indicators() {
    Arbitrary<PopulationBase> bases = Arbitraries.of(PopulationBase.class)
        .filter(b -> b != PopulationBase.EXTENSION_REQUESTS);
    Arbitrary<List<FigureUnit>> unitLists = Arbitraries.of(List.of(FigureUnit.COUNT), List.of(FigureUnit.PERCENT),
        List.of(FigureUnit.PERCENT, FigureUnit.COUNT));
    Arbitrary<List<String>> elements = Arbitraries.subsetOf(GENDER, STRATEGY).map(s -> s.stream().sorted().toList());
    return Combinators.combine(bases, Arbitraries.of(PartyBasis.class), unitLists, elements, Arbitraries.of(true, false),
            Arbitraries.of(Direction.class))
        .as((base, basis, units, keys, qualified, direction) -> Indicator.builder().id("LAP-23.9").planId("LAP")
            .actionNumber(23).text("A generated indicator").units(units).subject(SubjectKind.STATES_PARTIES)
            .population(qualified ? Population.of(base, basis, DONOR) : Population.of(base, basis))
            .dataElements(keys).direction(direction).source(SourceRef.of("LAP", "line 1")).build());
  }

  /** {@return indicators as {@link #indicators()}, over a population (not {@code NONE})} */
  public static Arbitrary<Indicator> populationIndicators() {
    return indicators().filter(i -> i.population().base() != PopulationBase.NONE);
  }

  /**
   * A one-area, one-action plan of the Lausanne Action Plan's period (2021–2026) holding {@code indicator}, for
   * progress reports and indicators that run from the plan's start.
   *
   * @param indicator the indicator, of the plan {@code LAP}
   * @return the plan
   */
  public static ActionPlan planOf(Indicator indicator) {
    ThematicArea area = ThematicArea.builder().id("LAP-V").numeral("V")
        .title("Survey and clearance").source(SourceRef.of("LAP", "line 120")).build();
    return ActionPlan.builder().id("LAP").title("Lausanne Action Plan").periodStart(2021)
        .periodEnd(2026).status(PlanStatus.ADOPTED).source(SourceRef.of("LAP", "line 18"))
        .addAreas(area).addActions(Action.builder().planId("LAP")
            .number(indicator.actionNumber()).areaId("LAP-V").text("Action " + indicator.actionNumber())
            .source(SourceRef.of("LAP", "line 1")).addIndicators(indicator).build())
        .build();
  }

  /** {@return plans as {@link #planOf(Indicator)}, each holding one of {@link #indicators()}} */
  public static Arbitrary<ActionPlan> plans() {
    return indicators().map(DomainArbitraries::planOf);
  }

  private static Standing standing(String code, GeneratedState g) {
    org.ccmkit.model.state.ImmutableStanding.Builder b = Standing.builder().state(State.of(code, "State " + code))
        .source(SourceRef.of("GEN", code));
    Optional<LocalDate> deposit = g.depositDay() < 0 ? Optional.empty() : Optional.of(day(g.depositDay()));
    Optional<LocalDate> signature = g.signatureDay() < 0 ? Optional.empty() : Optional.of(day(g.signatureDay()));
    if (signature.isPresent() && deposit.isPresent() && signature.get().isAfter(deposit.get())) {
      signature = deposit;
    }
    b.signature(signature);
    deposit.ifPresent(d -> b.deposit(d));
    b.instrumentKind(deposit.map(d -> hasSignature(g) ? InstrumentKind.RATIFICATION : InstrumentKind.ACCESSION));
    if (deposit.isPresent() && g.withdrawalAfter() >= 0) {
      b.withdrawalNotified(deposit.get().plusDays(g.withdrawalAfter() + 1L));
    }
    return b.build();
  }

  private static boolean hasSignature(GeneratedState g) {
    return g.signatureDay() >= 0;
  }

  private static LocalDate day(int n) {
    return ConventionDates.OPENED_FOR_SIGNATURE.plusDays(n);
  }

  private static List<Obligation> obligationsOf(Standing s, ObligationSpec o) {
    LocalDate eif = s.entryIntoForce().get();
    // A withdrawal can take effect before the Convention's own entry into force (an early deposit withdrawn at once):
    // the obligation then ceases the day it would have started.
    Optional<LocalDate> ceased = s.withdrawalEffective().map(w -> w.isBefore(eif) ? eif : w);
    List<Obligation> list = new ArrayList<>();
    if (o.clearance() > -2) {
      Optional<LocalDate> done = completed(eif, o.clearance(), ceased);
      list.add(Clearance.builder().from(Clearance.atEntryIntoForce(s.state(), eif)).completedOn(done)
          .ceasedOn(done.isPresent() ? Optional.empty() : ceased).source(SourceRef.of("GEN", "art4 " + s.state().code()))
          .build());
    }
    if (o.stockpile() > -2) {
      Optional<LocalDate> done = completed(eif, o.stockpile(), ceased);
      list.add(StockpileDestruction.builder().from(StockpileDestruction.of(s.state(), eif)).completedOn(done)
          .ceasedOn(done.isPresent() ? Optional.empty() : ceased).build());
    }
    if (o.retention() > -2) {
      Optional<LocalDate> done = completed(eif, o.retention(), ceased);
      list.add(Retention.builder().from(Retention.of(s.state(), eif)).completedOn(done)
          .ceasedOn(done.isPresent() ? Optional.empty() : ceased).build());
    }
    if (o.victims()) {
      list.add(VictimAssistance.builder().from(VictimAssistance.of(s.state(), eif)).ceasedOn(ceased).build());
    }
    return list;
  }

  /** Completion {@code after} days after entry into force, if any and before the obligation ceased. */
  private static Optional<LocalDate> completed(LocalDate eif, int after, Optional<LocalDate> ceased) {
    if (after < 0) {
      return Optional.empty();
    }
    LocalDate done = eif.plusDays(after);
    return ceased.isPresent() && !done.isBefore(ceased.get()) ? Optional.empty() : Optional.of(done);
  }

  private static Fact fact(String subject, FactSpec f) {
    String element = ELEMENTS.get(f.element());
    FactValue value = element.equals(WOMEN) ? FactValue.count(f.value()) : FactValue.of(f.value() % 2 == 1);
    return Fact.of(subject, lapCycles().get(f.cycle()).meeting(), element, value, SOURCES.get(f.source()));
  }

  /**
   * A data element for a vocabulary, described as generated.
   *
   * @param key the data element's key, e.g. {@code art4.national-strategy}
   * @param type its value type
   * @return the data element
   */
  public static DataElement element(String key, ValueType type) {
    return DataElement.builder().key(key).valueType(type).description("Generated element " + key).build();
  }

  private static Register loadRegister() {
    List<Standing> standings = new ArrayList<>();
    String name = "ccm-participants-untc-2026-02-03.tsv";
    try (InputStream in = DomainArbitraries.class.getResourceAsStream(name);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = r.readLine();
      int number = 1;
      while ((line = r.readLine()) != null) {
        number++;
        String[] f = line.split("\t", -1);
        org.ccmkit.model.state.ImmutableStanding.Builder b = Standing.builder().state(State.of(f[1], f[0]))
            .signature(date(f[2])).withdrawalNotified(date(f[5])).source(SourceRef.of("UNTC", "line " + number));
        date(f[3]).ifPresent(d -> b.deposit(d).instrumentKind(InstrumentKind.valueOf(f[4].toUpperCase(Locale.ROOT))));
        standings.add(b.build());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the kit's copy of the depositary's register, " + name, e);
    }
    return Register.of(standings);
  }

  private static Optional<LocalDate> date(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text));
  }
}
