package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactIndex;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.population.ComputedPopulation;
import org.ccmkit.indicators.population.Member;
import org.ccmkit.indicators.result.ImmutableSubjectEntry;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.Reason;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.indicators.result.SubjectOutcome;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Measure;
import org.ccmkit.model.plan.ValueType;

/**
 * Counts an indicator's subjects in a cycle: narrows the population by the qualifier, sorts each member into the
 * numerator, the reported-but-not-counted or the no-data subjects with the facts behind it, and scores the result.
 *
 * <p>A subject meets a data element when any of its facts for it in the cycle is {@linkplain
 * org.ccmkit.indicators.data.FactValue#isAffirmative() affirmative} (where sources disagree, both facts are listed and
 * the affirmative one counts); it is counted when it meets every data element of the indicator. Where sources give
 * different numbers, the greatest is used. So neither the order of the facts nor their repetition, nor any fact about
 * a subject outside the population, changes the result, and adding a fact never lowers a count. In a dataset whose
 * facts are not {@linkplain MonitoringDataset#factsComplete() complete}, a member with no fact is unknown, not "not
 * counted": while any member has no data, the count is a lower bound ({@code ≥ n}), and a count of zero with members
 * unknown is no value at all.
 */
final class Counting {

  /** The parts of an evaluation the counting gives. */
  record Counted(String rule, ImmutableList<PopulationResult> populations, Optional<Score> score,
      Optional<String> noData) {}

  private Counting() {}

  /** Counts {@code indicator} in {@code cycle} over the computed base population {@code base}. */
  static Counted overPopulation(Indicator indicator, MonitoringDataset dataset, ReportingCycle cycle,
      ComputedPopulation base) {
    String meeting = cycle.meeting();
    FactIndex index = dataset.factIndex();
    ImmutableList<String> elements = indicator.dataElements();
    Optional<String> qualifier = indicator.population().qualifier();
    Optional<Integer> requestArticle = qualifier.flatMap(q -> Feasibility.requestArticle(q, base.base()));
    boolean quantity = indicator.measure() == Measure.QUANTITY;

    FactCursor[] elementFacts = new FactCursor[elements.size()];
    for (int i = 0; i < elementFacts.length; i++) {
      elementFacts[i] = new FactCursor(index.facts(meeting, elements.get(i)));
    }
    FactCursor qualifierFacts = new FactCursor(qualifier.map(q -> index.facts(meeting, q)).orElse(ImmutableMap.of()));
    // One reason shared by every member left out, rather than one per member.
    Optional<Reason> notReported = qualifier.map(q -> Reason.of("Does not report " + q + " in the " + meeting
        + " cycle, so is not in the denominator"));
    Optional<Reason> notAffirmed = qualifier.map(q -> Reason.of("Does not affirm " + q + " in the " + meeting
        + " cycle, so is not in the denominator"));

    ImmutableList.Builder<SubjectEntry> initialList = ImmutableList.builderWithExpectedSize(base.size());
    ImmutableList.Builder<SubjectEntry> excludedList = ImmutableList.builderWithExpectedSize(base.size());
    ImmutableList.Builder<SubjectEntry> denominatorList = ImmutableList.builderWithExpectedSize(base.size());
    ImmutableList.Builder<SubjectEntry> numeratorList = ImmutableList.builderWithExpectedSize(base.size());
    ImmutableList.Builder<SubjectEntry> noDataList = ImmutableList.builderWithExpectedSize(base.size());
    boolean anyReported = false;
    for (Member m : base.members()) {
      ImmutableList<Fact> ownQualifierFacts = ImmutableList.of();
      ImmutableList<Reason> reasons = m.reasons();
      if (qualifier.isPresent()) {
        String q = qualifier.get();
        ownQualifierFacts = qualifierFacts.factsOf(m.subject());
        Optional<Reason> qualifies = qualifies(m, q, ownQualifierFacts, requestArticle, dataset, meeting);
        if (qualifies.isEmpty()) {
          SubjectEntry entry = ImmutableSubjectEntry.of(m.subject(), m.name(), SubjectOutcome.EXCLUDED,
              ImmutableList.<Reason>builder().addAll(m.reasons())
                  .add(ownQualifierFacts.isEmpty() ? notReported.get() : notAffirmed.get()).build(),
              ownQualifierFacts, elements, Optional.empty());
          initialList.add(entry);
          excludedList.add(entry);
          continue;
        }
        reasons = ImmutableList.<Reason>builder().addAll(m.reasons()).add(qualifies.get()).build();
      }
      SubjectEntry entry = assess(m.subject(), m.name(), reasons, ownQualifierFacts, elements, elementFacts,
          quantity, false, dataset.factsComplete());
      initialList.add(entry);
      denominatorList.add(entry);
      switch (entry.outcome()) {
        case COUNTED:
          numeratorList.add(entry);
          anyReported |= !elements.isEmpty();
          break;
        case NO_DATA:
          noDataList.add(entry);
          break;
        default:
          anyReported = true;
      }
    }
    ImmutableList<SubjectEntry> initial = initialList.build();
    ImmutableList<SubjectEntry> denominator = qualifier.isPresent() ? denominatorList.build() : initial;
    ImmutableList<SubjectEntry> numerator = numeratorList.build();
    String rule = base.rule() + qualifier.map(q -> ", narrowed to those reporting " + q).orElse("");
    ImmutableList.Builder<PopulationResult> populations = ImmutableList.builder();
    populations.add(PopulationResult.of(PopulationCode.INITIAL_POPULATION, initial));
    if (qualifier.isPresent()) {
      populations.add(PopulationResult.of(PopulationCode.DENOMINATOR_EXCLUSION, excludedList.build()));
    }
    populations.add(PopulationResult.of(PopulationCode.DENOMINATOR, denominator))
        .add(PopulationResult.of(PopulationCode.NUMERATOR, numerator))
        .add(PopulationResult.of(PopulationCode.NO_DATA, noDataList.build()));
    Optional<String> why = Optional.empty();
    boolean headcount = elements.isEmpty() && indicator.measure() != Measure.PERCENTAGE
        && indicator.measure() != Measure.QUANTITY;
    if (denominator.isEmpty() && !headcount) {
      why = Optional.of(initial.isEmpty()
          ? "the population is empty: no " + base.rule()
          : "no member of the population reports " + qualifier.get() + " in the " + meeting + " cycle");
    } else if (!elements.isEmpty() && !anyReported) {
      why = Optional.of("none of the " + denominator.size() + " subjects of the denominator reported "
          + String.join(", ", elements) + " in the " + meeting + " cycle");
    }
    ImmutableList<SubjectEntry> noData = noDataList.build();
    // Where the facts are not complete, a member with no fact for the qualifier is not known to be outside the
    // denominator either: the count is then a bound too.
    boolean qualifierKnown = dataset.factsComplete() || excludedList.build().stream().allMatch(x -> !x.facts().isEmpty());
    boolean complete = dataset.factsComplete() || noData.isEmpty() && qualifierKnown;
    if (why.isEmpty() && numerator.isEmpty() && !complete) {
      // "At least zero" says nothing: no member is known to meet the criterion, and some are not known at all.
      why = Optional.of("no member of the population is known to meet the criterion in the " + meeting + " cycle: "
          + (denominator.size() - noData.size()) + " reported without meeting it, " + noData.size()
          + " have no data (unknown, not zero)");
    }
    Optional<String> period = periodOf(denominator);
    Optional<Score> score = why.isPresent() ? Optional.empty()
        : Optional.of(Scoring.score(indicator.measure(), true, denominator, numerator, complete))
            .map(x -> period.isEmpty() ? x : Score.builder().from(x).period(period).build())
            // Members not known to be in or out of the denominator: the denominator is unknown, and a share of it
            // would be no figure at all; the count stays, as a lower bound.
            .map(x -> qualifierKnown || x.measure() == Measure.QUANTITY ? x : Score.builder().measure(x.measure())
                .count(x.count()).bound(x.bound()).period(x.period()).build());
    return new Counted(rule, populations.build(), score, why);
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
    TreeSet<String> subjects = new TreeSet<>();
    FactCursor[] elementFacts = new FactCursor[elements.size()];
    for (int i = 0; i < elementFacts.length; i++) {
      elementFacts[i] = new FactCursor(index.facts(meeting, elements.get(i)));
      subjects.addAll(index.facts(meeting, elements.get(i)).keySet());
    }
    ImmutableList<Reason> reported =
        ImmutableList.of(Reason.of("Reported " + String.join(" or ", elements) + " in the " + meeting + " cycle"));
    List<SubjectEntry> initial = new ArrayList<>(subjects.size());
    List<SubjectEntry> numerator = new ArrayList<>(subjects.size());
    for (String subject : subjects) {
      Optional<String> name = dataset.register().standing(subject).map(s -> s.state().name());
      SubjectEntry entry = assess(subject, name, reported, ImmutableList.of(), elements, elementFacts,
          indicator.measure() == Measure.QUANTITY, true, true);
      initial.add(entry);
      if (entry.isCounted()) {
        numerator.add(entry);
      }
    }
    String rule = "No population: the subjects reporting " + String.join(", ", elements) + " in the " + meeting
        + " cycle";
    ImmutableList<PopulationResult> populations = ImmutableList.of(
        PopulationResult.of(PopulationCode.INITIAL_POPULATION, initial),
        PopulationResult.of(PopulationCode.NUMERATOR, numerator));
    if (initial.isEmpty()) {
      return new Counted(rule, populations, Optional.empty(),
          Optional.of("no subject reported " + String.join(", ", elements) + " in the " + meeting + " cycle"));
    }
    return new Counted(rule, populations,
        Optional.of(Scoring.score(indicator.measure(), false, initial, numerator, true)), Optional.empty());
  }

  /**
   * Why member {@code m} meets the qualifier {@code q}: an affirmative fact, or for an extension request of the
   * article {@code artN.extension-request} names, being one. Empty if it does not.
   */
  private static Optional<Reason> qualifies(Member m, String q, ImmutableList<Fact> facts,
      Optional<Integer> requestArticle, MonitoringDataset dataset, String meeting) {
    for (Fact f : facts) {
      if (f.value().isAffirmative()) {
        return Optional.of(Reason.of("Reports " + q + " = " + f.value().asText() + " in the " + meeting + " cycle",
            Optional.of(f.source())));
      }
    }
    if (requestArticle.isPresent()) {
      ExtensionRequest r = dataset.extensionRequestsById().get(m.subject());
      if (r != null && r.article() == requestArticle.get()) {
        return Optional.of(Reason.of("An Article " + r.article() + " extension request (" + q + ")",
            Optional.of(r.source())));
      }
    }
    return Optional.empty();
  }

  /**
   * The entry of one subject: its facts for the data elements, the elements it did not affirm, what it adds to a sum,
   * and its outcome. {@code countsFacts}: without a population, a subject is counted by any affirmative fact and adds
   * what its facts count; with one, it is counted when it affirms every element.
   */
  private static SubjectEntry assess(String subject, Optional<String> name, ImmutableList<Reason> reasons,
      ImmutableList<Fact> qualifierFacts, ImmutableList<String> elements, FactCursor[] elementFacts,
      boolean quantity, boolean countsFacts, boolean factsComplete) {
    // Each cursor is advanced once per subject, in code order.
    ImmutableList<Fact>[] own = elements.size() == 1 ? null : ownFacts(subject, elementFacts);
    ImmutableList<Fact> single = elements.size() == 1 ? elementFacts[0].factsOf(subject) : null;
    ImmutableList<Fact> facts;
    if (single != null && qualifierFacts.isEmpty()) {
      facts = single;
    } else if (single != null) {
      facts = ImmutableList.<Fact>builderWithExpectedSize(qualifierFacts.size() + single.size())
          .addAll(qualifierFacts).addAll(single).build();
    } else {
      ImmutableList.Builder<Fact> b = ImmutableList.builder();
      b.addAll(qualifierFacts);
      for (ImmutableList<Fact> f : own) {
        b.addAll(f);
      }
      facts = b.build();
    }
    boolean[] unmet = null;
    int unmetCount = 0;
    boolean reported = false;
    BigDecimal sum = null;
    for (int i = 0; i < elements.size(); i++) {
      boolean met = false;
      BigDecimal greatest = null;
      BigDecimal greatestCount = null;
      ImmutableList<Fact> ofElement = single != null ? single : own[i];
      for (int j = 0; j < ofElement.size(); j++) {
        Fact f = ofElement.get(j);
        reported = true;
        met |= f.value().isAffirmative();
        if (f.value().number().isPresent()) {
          BigDecimal n = f.value().number().get();
          greatest = greatest == null || n.compareTo(greatest) > 0 ? n : greatest;
          ValueType type = f.value().type();
          if ((type == ValueType.COUNT || type == ValueType.QUANTITY)
              && (greatestCount == null || n.compareTo(greatestCount) > 0)) {
            greatestCount = n;
          }
        }
      }
      if (!met) {
        if (unmet == null) {
          unmet = new boolean[elements.size()];
        }
        unmet[i] = true;
        unmetCount++;
      }
      BigDecimal adds = null;
      if (quantity) {
        adds = greatest;
      } else if (countsFacts && met) {
        adds = greatestCount != null && greatestCount.signum() > 0 ? greatestCount : BigDecimal.ONE;
      }
      if (adds != null) {
        sum = sum == null ? adds : sum.add(adds);
      }
    }
    SubjectOutcome outcome;
    if (countsFacts) {
      outcome = unmetCount < elements.size() ? SubjectOutcome.COUNTED : SubjectOutcome.NOT_COUNTED;
    } else if (unmetCount == 0) {
      outcome = SubjectOutcome.COUNTED;
    } else if (factsComplete) {
      outcome = reported ? SubjectOutcome.NOT_COUNTED : SubjectOutcome.NO_DATA;
    } else {
      // Where the facts are not complete, an element the subject has no fact for is unknown: the subject is not
      // counted only if it reported some element without affirming it, and is otherwise unknown.
      outcome = reportedUnmet(elements, elementFacts, single, own) ? SubjectOutcome.NOT_COUNTED : SubjectOutcome.NO_DATA;
    }
    ImmutableList<String> unmetElements = unmetCount == 0 ? ImmutableList.of()
        : unmetCount == elements.size() ? elements : partOf(elements, unmet);
    return ImmutableSubjectEntry.of(subject, name, outcome, reasons, facts, unmetElements, Optional.ofNullable(sum));
  }


  /** Whether, for some element, the subject has facts and none of them is affirmative. */
  private static boolean reportedUnmet(ImmutableList<String> elements, FactCursor[] cursors, ImmutableList<Fact> single,
      ImmutableList<Fact>[] own) {
    for (int i = 0; i < elements.size(); i++) {
      ImmutableList<Fact> facts = single != null ? single : own[i];
      if (!facts.isEmpty() && facts.stream().noneMatch(f -> f.value().isAffirmative())) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static ImmutableList<Fact>[] ownFacts(String subject, FactCursor[] cursors) {
    ImmutableList<Fact>[] own = (ImmutableList<Fact>[]) new ImmutableList<?>[cursors.length];
    for (int i = 0; i < cursors.length; i++) {
      own[i] = cursors[i].factsOf(subject);
    }
    return own;
  }

  private static ImmutableList<String> partOf(ImmutableList<String> elements, boolean[] chosen) {
    ImmutableList.Builder<String> part = ImmutableList.builder();
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i]) {
        part.add(elements.get(i));
      }
    }
    return part.build();
  }
}
