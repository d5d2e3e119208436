package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.ImmutableMonitoringDataset;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.population.PlanPeriod;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.convention.ConventionDates;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.Retention;
import org.ccmkit.model.obligation.StockpileDestruction;
import org.ccmkit.model.obligation.VictimAssistance;
import org.ccmkit.model.plan.DataElement;
import org.ccmkit.model.plan.Direction;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Measure;
import org.ccmkit.model.plan.Population;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.SubjectKind;
import org.ccmkit.model.plan.ValueType;
import org.ccmkit.model.plan.Vocabulary;
import org.ccmkit.model.state.InstrumentKind;
import org.ccmkit.model.state.PartyBasis;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;

/**
 * Generators of monitoring datasets from the domain: registers mixing real rows of the depositary's table with
 * generated States (user-assigned codes {@code XAA}…, deposit dates between the opening for signature and 2026,
 * accessions and ratifications, withdrawals), Article 3, 4, 5 and 3(6) obligations with and without completion, and
 * facts reported over the 10MSP–13MSP cycles from several sources, including about subjects outside the register.
 */
final class DomainArbitraries {

  static final String GENDER = "gender.integrated-in-clearance-planning";
  static final String STRATEGY = "art4.national-strategy";
  static final String DONOR = "cooperation.assistance-provided";
  static final String WOMEN = "meeting.delegation-women";
  static final ImmutableList<String> ELEMENTS = ImmutableList.of(GENDER, STRATEGY, DONOR, WOMEN);
  static final ImmutableList<String> OUTSIDERS = ImmutableList.of("ZZA", "ZZB");
  static final ImmutableList<String> REGIONS = ImmutableList.of("African", "Asia-Pacific", "Eastern European");
  static final ImmutableList<SourceRef> SOURCES = ImmutableList.of(SourceRef.of("ART7", "annual report"),
      SourceRef.of("RD", "para 102"), SourceRef.of("UNIDIR", "p. 23"));

  static final Vocabulary VOCABULARY = Vocabulary.of(ImmutableList.of(
      element(GENDER, ValueType.BOOLEAN), element(STRATEGY, ValueType.BOOLEAN), element(DONOR, ValueType.BOOLEAN),
      element(WOMEN, ValueType.COUNT)));

  /** The evaluator the properties use: the vocabulary above, the LAP's period. */
  static final IndicatorEvaluator EVALUATOR = IndicatorEvaluator.builder().vocabulary(VOCABULARY)
      .planPeriod(PlanPeriod.of(2021, 2026)).build();

  private static final LocalDate LAST_DEPOSIT = LocalDate.of(2026, 1, 31);
  private static final int DAYS = (int) (LAST_DEPOSIT.toEpochDay() - ConventionDates.OPENED_FOR_SIGNATURE.toEpochDay());

  private DomainArbitraries() {}

  /** A generated State: deposit day (-1: none), signature day (-1: accession or none), days to a withdrawal (-1). */
  record GeneratedState(int depositDay, int signatureDay, int withdrawalAfter) {}

  /** Obligations of a party: each -2 absent, -1 outstanding, n completed n days after entry into force. */
  record Obligations(int clearance, int stockpile, int retention, boolean victims) {}

  /** One reported fact, by indices into the subjects, cycles, elements and sources. */
  record FactSpec(int subject, int cycle, int element, int value, int source) {}

  /** Everything a dataset is built from; building it twice gives equal datasets. */
  record Scenario(List<Standing> real, List<GeneratedState> generated, List<Obligations> obligations,
      List<FactSpec> facts, int regionSeed) {

    MonitoringDataset dataset() {
      return builder().build();
    }

    ImmutableMonitoringDataset.Builder builder() {
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
      return MonitoringDataset.builder().register(register).meetings(Fixtures.MEETINGS).cycles(Fixtures.lapCycles())
          .obligations(obligationList).facts(factList).stateAttributes(regions.build());
    }

    Register register() {
      List<Standing> standings = new ArrayList<>(real);
      for (int i = 0; i < generated.size(); i++) {
        standings.add(standing("X" + (char) ('A' + i / 26) + (char) ('A' + i % 26), generated.get(i)));
      }
      return Register.of(standings);
    }
  }

  /** The subjects facts are generated about: the register's States, sorted, then two codes it does not list. */
  static List<String> subjects(Register register) {
    List<String> subjects = new ArrayList<>(register.byCode().keySet());
    subjects.addAll(OUTSIDERS);
    return subjects;
  }

  static Arbitrary<Scenario> scenarios() {
    Arbitrary<List<Standing>> real = Arbitraries.subsetOf(Fixtures.REGISTER.standings()).ofMinSize(3).ofMaxSize(30)
        .map(set -> set.stream().sorted((a, b) -> a.state().code().compareTo(b.state().code())).toList());
    Arbitrary<List<GeneratedState>> generated = Combinators.combine(
            Arbitraries.integers().between(-1, DAYS), Arbitraries.integers().between(-1, DAYS),
            Arbitraries.integers().between(-1, 3000).edgeCases(c -> c.add(-1)))
        .as(GeneratedState::new).list().ofMaxSize(12);
    Arbitrary<List<Obligations>> obligations = Combinators.combine(completion(), completion(), completion(),
        Arbitraries.of(true, false)).as(Obligations::new).list().ofMinSize(1).ofMaxSize(20);
    Arbitrary<List<FactSpec>> facts = Combinators.combine(Arbitraries.integers().between(0, 200),
            Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, ELEMENTS.size() - 1),
            Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, SOURCES.size() - 1))
        .as(FactSpec::new).list().ofMaxSize(150);
    return Combinators.combine(real, generated, obligations, facts, Arbitraries.integers())
        .as(Scenario::new);
  }

  private static Arbitrary<Integer> completion() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(-2)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(-1)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 5000)));
  }

  /** An indicator of any population, measure, elements and qualifier. */
  static Arbitrary<Indicator> indicators() {
    Arbitrary<PopulationBase> bases = Arbitraries.of(PopulationBase.class)
        .filter(b -> b != PopulationBase.EXTENSION_REQUESTS);
    Arbitrary<Measure> measures = Arbitraries.of(Measure.COUNT, Measure.PERCENTAGE, Measure.COUNT_AND_PERCENTAGE);
    Arbitrary<List<String>> elements = Arbitraries.subsetOf(GENDER, STRATEGY).map(s -> s.stream().sorted().toList());
    return Combinators.combine(bases, Arbitraries.of(PartyBasis.class), measures, elements, Arbitraries.of(true, false),
            Arbitraries.of(Direction.class))
        .as((base, basis, measure, keys, qualified, direction) -> Indicator.builder().id("LAP-23.9").planId("LAP")
            .actionNumber(23).text("A generated indicator").measure(measure).subject(SubjectKind.STATES_PARTIES)
            .population(qualified ? Population.of(base, basis, DONOR) : Population.of(base, basis))
            .dataElements(keys).direction(direction).source(SourceRef.of("LAP", "line 1")).build());
  }

  /** Indicators over a population (not NONE). */
  static Arbitrary<Indicator> populationIndicators() {
    return indicators().filter(i -> i.population().base() != PopulationBase.NONE);
  }

  /** A one-area, one-action plan of the LAP's period holding {@code indicator}, for progress reports. */
  static org.ccmkit.model.plan.ActionPlan planOf(Indicator indicator) {
    org.ccmkit.model.plan.ThematicArea area = org.ccmkit.model.plan.ThematicArea.builder().id("LAP-V").numeral("V")
        .title("Survey and clearance").source(SourceRef.of("LAP", "line 120")).build();
    return org.ccmkit.model.plan.ActionPlan.builder().id("LAP").title("Lausanne Action Plan").periodStart(2021)
        .periodEnd(2026).status(org.ccmkit.model.plan.PlanStatus.ADOPTED).source(SourceRef.of("LAP", "line 18"))
        .addAreas(area).addActions(org.ccmkit.model.plan.Action.builder().planId("LAP")
            .number(indicator.actionNumber()).areaId("LAP-V").text("Action " + indicator.actionNumber())
            .source(SourceRef.of("LAP", "line 1")).addIndicators(indicator).build())
        .build();
  }

  static Arbitrary<String> meetings() {
    return Arbitraries.of("10MSP", "11MSP", "12MSP", "13MSP");
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

  private static List<Obligation> obligationsOf(Standing s, Obligations o) {
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
    return Fact.of(subject, Fixtures.lapCycles().get(f.cycle()).meeting(), element, value, SOURCES.get(f.source()));
  }

  static DataElement element(String key, ValueType type) {
    return DataElement.builder().key(key).valueType(type).description("Generated element " + key).build();
  }
}
