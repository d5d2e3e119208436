package org.ccmkit.indicators.population;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.ccmkit.indicators.data.DatasetMemo;
import org.ccmkit.indicators.data.FactIndex;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.SubjectSet;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.state.PartyBasis;

/**
 * A base population of a dataset as the evaluator counts over it: its rule in words, and its members as a {@link
 * SubjectSet} of the dataset's {@link FactIndex}. Computed once per dataset, population rule and date (and meeting or
 * plan period, for the bases that depend on one), kept in the dataset's {@linkplain MonitoringDataset#memo() memo},
 * and shared by every indicator counted over it. Who is in it is known when it is computed; why each member is
 * (its name and reasons, the {@link ComputedPopulation}) is built the first time it is read, once, from any thread.
 */
public final class BasePopulation {

  private final PopulationBase base;
  private final String rule;
  private final SubjectSet members;
  private final ImmutableList<String> subjects;
  private final Supplier<ComputedPopulation> computed;
  private final Supplier<Member[]> byIndex;
  /**
   * The rule narrowed to the members that report a data element, by the element's key, for each qualifier asked for:
   * the same words for every evaluation of an indicator of that qualifier over this population.
   */
  private final ConcurrentHashMap<String, String> narrowed = new ConcurrentHashMap<>();

  private BasePopulation(PopulationBase base, PartyBasis basis, LocalDate date, Populations.Found found,
      FactIndex index) {
    this.base = base;
    this.rule = found.rule();
    ImmutableList.Builder<String> codes = ImmutableList.builderWithExpectedSize(found.members().size());
    BitSet bits = new BitSet(index.subjects().size());
    for (Populations.Membership m : found.members()) {
      int i = index.indexOf(m.subject());
      if (i < 0) {
        throw new IllegalStateException("population member " + m.subject() + " of " + rule
            + " is not a subject of the dataset");
      }
      bits.set(i);
      codes.add(m.subject());
    }
    this.members = SubjectSet.of(bits);
    this.subjects = codes.build();
    this.computed = Suppliers.memoize(() -> ComputedPopulation.builder().base(base).basis(basis).date(date).rule(rule)
        .members(found.members().stream().map(m -> m.member().get()).toList()).build());
    this.byIndex = Suppliers.memoize(() -> {
      Member[] all = new Member[index.subjects().size()];
      computed().members().forEach(m -> all[index.indexOf(m.subject())] = m);
      return all;
    });
  }

  /**
   * The population {@code base} in sense {@code basis} on the date of {@code cycle}, computed now if it has not been
   * for the dataset (see {@link Populations#compute}).
   *
   * @param base the population's base
   * @param basis which sense of party the population uses
   * @param dataset the monitoring dataset
   * @param cycle the reporting cycle
   * @param period the plan's period, needed for {@link PopulationBase#NEW_STATES_PARTIES} only
   * @return the population {@code base} in sense {@code basis} on the date of {@code cycle}
   * @throws IllegalArgumentException if an argument is null, if {@code base} is {@link PopulationBase#NONE}, or if it
   *     is {@link PopulationBase#NEW_STATES_PARTIES} and no period is given
   */
  public static BasePopulation of(PopulationBase base, PartyBasis basis, MonitoringDataset dataset,
      ReportingCycle cycle, Optional<PlanPeriod> period) {
    checkArgument(base != null, "base must not be null");
    checkArgument(basis != null, "basis must not be null (base %s)", base);
    checkArgument(dataset != null, "dataset must not be null");
    checkArgument(cycle != null, "cycle must not be null");
    checkArgument(period != null, "period must not be null; use Optional.empty()");
    checkArgument(base != PopulationBase.NONE, "base NONE has no members: the indicator counts facts, not a population");
    checkArgument(base != PopulationBase.NEW_STATES_PARTIES || period.isPresent(),
        "base NEW_STATES_PARTIES needs the plan's period (cycle %s)", cycle.meeting());
    boolean ofMeeting = base == PopulationBase.DELEGATIONS || base == PopulationBase.EXTENSION_REQUESTS;
    return dataset.memo().get(new Key(base, basis, cycle.date(),
        ofMeeting ? Optional.of(cycle.meeting()) : Optional.empty(),
        base == PopulationBase.NEW_STATES_PARTIES ? period : Optional.empty()));
  }

  /** The population of a base that depends on the date alone, as {@link Populations#onDate} checks it. */
  static BasePopulation onDate(PopulationBase base, PartyBasis basis, MonitoringDataset dataset, LocalDate date) {
    return dataset.memo().get(new Key(base, basis, date, Optional.empty(), Optional.empty()));
  }

  /** {@return the base population} */
  public PopulationBase base() {
    return base;
  }

  /**
   * {@return the rule in words, e.g. "States Parties (Convention in force on 2025-04-30) with an outstanding … obligation"}
   */
  public String rule() {
    return rule;
  }

  /**
   * The rule narrowed to the members that report data element {@code element}, in words: "States Parties (…), narrowed
   * to those reporting cooperation.assistance-provided". Made once for each element asked for, and the same string
   * then.
   *
   * @param element the data element's key
   * @return the rule narrowed to the members that report data element {@code element}, in words
   */
  public String narrowedTo(String element) {
    checkArgument(element != null, "element must not be null (population %s)", rule);
    String words = narrowed.get(element);
    return words != null ? words : narrowed.computeIfAbsent(element, e -> rule + ", narrowed to those reporting " + e);
  }

  /** {@return the members, as a set of the dataset's subjects} */
  public SubjectSet members() {
    return members;
  }

  /** {@return the members' codes, sorted} */
  public ImmutableList<String> subjects() {
    return subjects;
  }

  /** {@return the number of members} */
  public int size() {
    return subjects.size();
  }

  /** {@return the population with each member's name and reasons, built now if it has not been} */
  public ComputedPopulation computed() {
    return computed.get();
  }

  /**
   * The member of index {@code subject}, with its name and reasons.
   *
   * @param subject the member's index in the dataset's {@link FactIndex}
   * @return the member of index {@code subject}
   * @throws IllegalArgumentException if the subject of that index is not a member
   */
  public Member member(int subject) {
    checkArgument(members.contains(subject), "subject %s is not a member of %s", subject, rule);
    return byIndex.get()[subject];
  }

  @Override
  public String toString() {
    return rule + ": " + subjects;
  }

  /** What a base population depends on: the meeting only for delegations and requests, the period only for new. */
  private record Key(PopulationBase base, PartyBasis basis, LocalDate date, Optional<String> meeting,
      Optional<PlanPeriod> period) implements DatasetMemo.Key<BasePopulation> {

    @Override
    public BasePopulation compute(MonitoringDataset dataset) {
      return new BasePopulation(base, basis, date,
          Populations.find(base, basis, dataset, date, meeting, period), dataset.factIndex());
    }
  }
}
