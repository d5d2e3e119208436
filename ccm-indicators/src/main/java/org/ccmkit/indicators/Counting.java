package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ccmkit.indicators.data.ElementFacts;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactIndex;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.SubjectSet;
import org.ccmkit.indicators.population.Member;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.Reason;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.indicators.result.SubjectOutcome;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Measure;

/**
 * Counts an indicator's subjects in a cycle: narrows the population by the qualifier, sorts each member into the
 * numerator, the reported-but-not-counted or the no-data subjects with the facts behind it, and scores the result.
 * The sorting is done on {@link SubjectSet}s (the denominator is the population and the qualifier's subjects, the
 * numerator the denominator and the criterion's); each subject's entry is then read from the facts by its index.
 *
 * <p>A subject meets a data element when any of its facts for it in the cycle is {@linkplain
 * org.ccmkit.indicators.data.FactValue#isAffirmative() affirmative} (where sources disagree, both facts are listed and
 * the affirmative one counts); it is counted when it meets the indicator's counting rule (by default, every data
 * element; see {@link Criterion}). Where sources give different numbers, the greatest is used. So neither the order of
 * the facts nor their repetition, nor any fact about a subject outside the population, changes the result, and under
 * a rule with no none-of and no numerator exclusion, adding a fact never lowers a count. In a dataset whose
 * facts are not {@linkplain MonitoringDataset#factsComplete() complete}, a member with no fact is unknown, not "not
 * counted": while any member has no data, the count is a lower bound ({@code ≥ n}), and a count of zero with members
 * unknown is no value at all.
 */
final class Counting {

  /** The parts of an evaluation the counting gives, with the codes of the numerator's subjects. */
  record Counted(String rule, ImmutableList<PopulationResult> populations, Optional<Score> score,
      Optional<String> noData, ImmutableList<String> numerator) {}

  private Counting() {}

  /** Counts {@code indicator} in {@code cycle} over its base population {@code base}. */
  static Counted overPopulation(Indicator indicator, MonitoringDataset dataset, ReportingCycle cycle, MemberSet base) {
    String meeting = cycle.meeting();
    CycleFacts cycleFacts = new CycleFacts(dataset.factIndex(), meeting);
    ImmutableList<String> elements = indicator.dataElements();
    ElementFacts[] facts = cycleFacts.of(elements);
    Optional<Qualifier> qualifier = Qualifier.of(indicator, base.population.base(), dataset, meeting);
    Optional<Exemption> exclusion = Exemption.numeratorExclusion(indicator, cycleFacts);
    Optional<Exemption> exception = Exemption.denominatorException(indicator, cycleFacts);

    SubjectSet qualified = qualifier.map(q -> base.members.and(q.qualified)).orElse(base.members);
    SubjectSet excluded = base.members.andNot(qualified);
    // With complete facts, a member that reported any element and has no fact for another did not affirm it.
    SubjectSet absentIsNo = dataset.factsComplete() ? reportedAny(facts) : SubjectSet.empty();
    Criterion criterion = Criterion.of(indicator.counting().condition(), cycleFacts.byKey(elements), qualified,
        absentIsNo);
    SubjectSet meets = qualified.and(criterion.met);
    SubjectSet excepted = exception.map(x -> qualified.andNot(meets).and(x.affirming())).orElse(SubjectSet.empty());
    SubjectSet denominator = qualified.andNot(excepted);
    SubjectSet notCounted = exclusion.map(x -> meets.and(x.affirming())).orElse(SubjectSet.empty());
    SubjectSet numerator = meets.andNot(notCounted);
    SubjectSet noData = denominator.andNot(meets).andNot(criterion.unmet);

    ElementFacts[] exemptionFacts = Stream.of(exclusion, exception).flatMap(Optional::stream).map(x -> x.facts)
        .toArray(ElementFacts[]::new);
    SubjectEntries entries = new SubjectEntries(elements, facts, exemptionFacts, SubjectQuantity.of(indicator));
    ImmutableList.Builder<SubjectEntry> initialList = ImmutableList.builderWithExpectedSize(base.members.size());
    ImmutableList.Builder<SubjectEntry> excludedList = ImmutableList.builderWithExpectedSize(excluded.size());
    ImmutableList.Builder<SubjectEntry> exceptedList = ImmutableList.builderWithExpectedSize(excepted.size());
    ImmutableList.Builder<SubjectEntry> denominatorList = ImmutableList.builderWithExpectedSize(denominator.size());
    ImmutableList.Builder<SubjectEntry> numeratorList = ImmutableList.builderWithExpectedSize(numerator.size());
    ImmutableList.Builder<SubjectEntry> notCountedList = ImmutableList.builderWithExpectedSize(notCounted.size());
    ImmutableList.Builder<SubjectEntry> noDataList = ImmutableList.builderWithExpectedSize(noData.size());
    ImmutableList.Builder<String> numeratorCodes = ImmutableList.builderWithExpectedSize(numerator.size());
    base.members.forEach(i -> {
      Member m = base.member(i);
      ImmutableList<Fact> qualifierFacts = qualifier.map(q -> q.factsOf(i)).orElse(ImmutableList.of());
      if (excluded.contains(i)) {
        SubjectEntry entry = entries.excluded(m.subject(), m.name(),
            with(m.reasons(), qualifier.get().whyNotMet(i)), qualifierFacts);
        initialList.add(entry);
        excludedList.add(entry);
        return;
      }
      ImmutableList<Reason> reasons = qualifier.map(q -> with(m.reasons(), q.whyMet(i, m.subject())))
          .orElse(m.reasons());
      if (excepted.contains(i)) {
        SubjectEntry entry = entries.of(m.subject(), m.name(), i, SubjectOutcome.EXCLUDED,
            with(reasons, exception.get().reason(i, meeting)), qualifierFacts);
        initialList.add(entry);
        exceptedList.add(entry);
        return;
      }
      SubjectOutcome outcome = numerator.contains(i) ? SubjectOutcome.COUNTED
          : noData.contains(i) ? SubjectOutcome.NO_DATA : SubjectOutcome.NOT_COUNTED;
      if (notCounted.contains(i)) {
        reasons = with(reasons, exclusion.get().reason(i, meeting));
      }
      SubjectEntry entry = entries.of(m.subject(), m.name(), i, outcome, reasons, qualifierFacts);
      initialList.add(entry);
      denominatorList.add(entry);
      if (outcome == SubjectOutcome.COUNTED) {
        numeratorList.add(entry);
        numeratorCodes.add(m.subject());
      } else if (outcome == SubjectOutcome.NO_DATA) {
        noDataList.add(entry);
      } else if (notCounted.contains(i)) {
        notCountedList.add(entry);
      }
    });

    ImmutableList<SubjectEntry> denominatorEntries = denominatorList.build();
    ImmutableList<SubjectEntry> numeratorEntries = numeratorList.build();
    ImmutableList.Builder<PopulationResult> populations = ImmutableList.builder();
    populations.add(PopulationResult.of(PopulationCode.INITIAL_POPULATION, initialList.build()));
    qualifier.ifPresent(q -> populations.add(PopulationResult.of(PopulationCode.DENOMINATOR_EXCLUSION,
        excludedList.build())));
    exception.ifPresent(x -> populations.add(PopulationResult.of(PopulationCode.DENOMINATOR_EXCEPTION,
        exceptedList.build())));
    populations.add(PopulationResult.of(PopulationCode.DENOMINATOR, denominatorEntries))
        .add(PopulationResult.of(PopulationCode.NUMERATOR, numeratorEntries));
    exclusion.ifPresent(x -> populations.add(PopulationResult.of(PopulationCode.NUMERATOR_EXCLUSION,
        notCountedList.build())));
    populations.add(PopulationResult.of(PopulationCode.NO_DATA, noDataList.build()));
    String rule = base.population.rule() + qualifier.map(q -> ", narrowed to those reporting " + q.element).orElse("")
        + (indicator.counting().isAllOf(elements) ? "" : "; counted when it meets " + indicator.counting());

    boolean headcount = elements.isEmpty() && indicator.measure() != Measure.PERCENTAGE
        && indicator.measure() != Measure.QUANTITY;
    Optional<String> why = Optional.empty();
    if (denominator.isEmpty() && !headcount) {
      why = Optional.of(base.members.isEmpty() ? "the population is empty: no " + base.population.rule()
          : qualified.isEmpty()
              ? "no member of the population reports " + qualifier.get().element + " in the " + meeting + " cycle"
              : "every member of the denominator is a denominator exception: each reports "
                  + exception.get().element + " without meeting " + indicator.counting().condition() + " in the "
                  + meeting + " cycle");
    } else if (!elements.isEmpty() && denominator.andNot(noData).isEmpty()) {
      why = Optional.of("none of the " + denominator.size() + " subjects of the denominator reported "
          + String.join(", ", elements) + " in the " + meeting + " cycle");
    }
    // Where the facts are not complete, a member with no fact for the qualifier is not known to be outside the
    // denominator either: the count is then a bound too.
    boolean qualifierKnown = dataset.factsComplete() || qualifier.map(q -> q.reportedByAll(excluded)).orElse(true);
    boolean complete = dataset.factsComplete() || noData.isEmpty() && qualifierKnown;
    if (why.isEmpty() && numerator.isEmpty() && !complete) {
      // "At least zero" says nothing: no member is known to meet the criterion, and some are not known at all.
      why = Optional.of("no member of the population is known to meet the criterion in the " + meeting + " cycle: "
          + (denominator.size() - noData.size()) + " reported without meeting it, " + noData.size()
          + " have no data (unknown, not zero)");
    }
    if (why.isPresent()) {
      return new Counted(rule, populations.build(), Optional.empty(), why, numeratorCodes.build());
    }
    Score score = Scoring.ofPopulation(indicator.measure(), denominatorEntries, numeratorEntries);
    score = complete ? score : Scoring.atLeast(score);
    Optional<String> period = periodOf(denominatorEntries);
    if (period.isPresent()) {
      score = Score.builder().from(score).period(period).build();
    }
    if (!qualifierKnown && score.measure() != Measure.QUANTITY) {
      // Members not known to be in or out of the denominator: the denominator is unknown, and a share of it would be
      // no figure at all; the count stays, as a lower bound.
      score = Score.builder().measure(score.measure()).count(score.count()).bound(score.bound()).period(score.period())
          .build();
    }
    return new Counted(rule, populations.build(), Optional.of(score), why, numeratorCodes.build());
  }

  /**
   * The period of the facts behind a value, where any of them is a fact of a period rather than of the cycle (a
   * sentence about the whole review period): the value is then a figure of that period.
   */
  static Optional<String> periodOf(List<SubjectEntry> subjects) {
    for (SubjectEntry s : subjects) {
      for (Fact f : s.facts()) {
        if (f.period().isPresent()) {
          return f.period();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Counts an indicator without a population: its subjects are whoever reported its data elements in the cycle, and
   * each affirmative fact counts (a COUNT-valued fact by its number).
   */
  static Counted withoutPopulation(Indicator indicator, MonitoringDataset dataset, ReportingCycle cycle) {
    String meeting = cycle.meeting();
    FactIndex index = dataset.factIndex();
    ImmutableList<String> elements = indicator.dataElements();
    ElementFacts[] facts = new CycleFacts(index, meeting).of(elements);
    SubjectSet subjects = reportedAny(facts);
    SubjectSet counted = affirmedAny(facts);
    ImmutableList<Reason> reported =
        ImmutableList.of(Reason.of("Reported " + String.join(" or ", elements) + " in the " + meeting + " cycle"));
    SubjectEntries entries = new SubjectEntries(elements, facts, new ElementFacts[0], SubjectQuantity.of(indicator));
    ImmutableList.Builder<SubjectEntry> initialList = ImmutableList.builderWithExpectedSize(subjects.size());
    ImmutableList.Builder<SubjectEntry> numeratorList = ImmutableList.builderWithExpectedSize(counted.size());
    ImmutableList.Builder<String> numeratorCodes = ImmutableList.builderWithExpectedSize(counted.size());
    subjects.forEach(i -> {
      String subject = index.subjects().get(i);
      Optional<String> name = dataset.register().standing(subject).map(s -> s.state().name());
      SubjectEntry entry = entries.of(subject, name, i,
          counted.contains(i) ? SubjectOutcome.COUNTED : SubjectOutcome.NOT_COUNTED, reported, ImmutableList.of());
      initialList.add(entry);
      if (entry.isCounted()) {
        numeratorList.add(entry);
        numeratorCodes.add(subject);
      }
    });
    ImmutableList<SubjectEntry> initial = initialList.build();
    ImmutableList<SubjectEntry> numerator = numeratorList.build();
    String rule = "No population: the subjects reporting " + String.join(", ", elements) + " in the " + meeting
        + " cycle";
    ImmutableList<PopulationResult> populations = ImmutableList.of(
        PopulationResult.of(PopulationCode.INITIAL_POPULATION, initial),
        PopulationResult.of(PopulationCode.NUMERATOR, numerator));
    if (initial.isEmpty()) {
      return new Counted(rule, populations, Optional.empty(),
          Optional.of("no subject reported " + String.join(", ", elements) + " in the " + meeting + " cycle"),
          ImmutableList.of());
    }
    return new Counted(rule, populations, Optional.of(Scoring.withoutPopulation(indicator.measure(), initial, numerator)),
        Optional.empty(), numeratorCodes.build());
  }

  /** The subjects that reported any of the elements. */
  private static SubjectSet reportedAny(ElementFacts[] facts) {
    SubjectSet reported = SubjectSet.empty();
    for (ElementFacts e : facts) {
      reported = reported.or(e.reporting());
    }
    return reported;
  }

  /** The subjects that affirmed any of the elements. */
  private static SubjectSet affirmedAny(ElementFacts[] facts) {
    SubjectSet affirmed = SubjectSet.empty();
    for (ElementFacts e : facts) {
      affirmed = affirmed.or(e.affirming());
    }
    return affirmed;
  }

  private static ImmutableList<Reason> with(ImmutableList<Reason> reasons, Reason more) {
    return ImmutableList.<Reason>builderWithExpectedSize(reasons.size() + 1).addAll(reasons).add(more).build();
  }
}
