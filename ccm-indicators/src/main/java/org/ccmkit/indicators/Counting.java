package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.ccmkit.indicators.data.ElementFacts;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.SubjectSet;
import org.ccmkit.indicators.population.BasePopulation;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;

/**
 * Counts an indicator's subjects in a cycle: narrows the population by the qualifier, sorts each member into the
 * numerator, the reported-but-not-counted or the no-data subjects with the facts behind it, and scores the result.
 * The sorting is done on {@link SubjectSet}s (the denominator is the population and the qualifier's subjects, the
 * numerator the denominator and the criterion's), and the score from their sizes; the population results are made,
 * and each subject's entry read from the facts by its index, when the evaluation's populations are first read
 * ({@link PopulationResult.Deferred}).
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

  /**
   * The parts of an evaluation the counting gives, with the facts behind the numerator's subjects that evidence the
   * indicator only {@linkplain Fact#loose() loosely}, in the numerator's order.
   */
  record Counted(String rule, PopulationResult.Deferred populations, Optional<Score> score,
      Optional<String> noData, ImmutableList<Fact> looseCounted) {}

  /** {@return the codes of the numerator's subjects among {@code populations}, sorted} */
  static ImmutableList<String> numerator(PopulationResult.Deferred populations) {
    return populations.codes().contains(PopulationCode.NUMERATOR)
        ? populations.subjectCodes(PopulationCode.NUMERATOR) : ImmutableList.of();
  }

  /** {@return the number of members with no data among {@code populations}} */
  static int noDataCount(PopulationResult.Deferred populations) {
    return populations.codes().contains(PopulationCode.NO_DATA) ? populations.count(PopulationCode.NO_DATA) : 0;
  }

  /** The populations of an evaluation that has none: one not evaluable, or a change over no period. */
  static final PopulationResult.Deferred NO_POPULATIONS = PopulationResult.listed(ImmutableList.of());

  private Counting() {}

  /**
   * The members of the base population of an indicator counted over one, {@code prepared} for a cycle (its population,
   * criterion, qualifier and exemptions), sorted into its populations: who is where is known from the counts; the sets
   * and each subject's entry (why) are made when first read.
   */
  static PopulationSets sort(PreparedIndicator prepared) {
    return PopulationSets.of(prepared);
  }

  /**
   * The facts behind the numerator's subjects of {@code sets} that evidence the indicator {@code prepared} only
   * {@linkplain Fact#loose() loosely}, in the numerator's order.
   */
  static ImmutableList<Fact> looseCounted(PreparedIndicator prepared, PopulationSets sets) {
    SubjectEntries entries = prepared.entries.get();
    return entries.anyLoose() ? entries.looseFacts(sets.numerator()) : ImmutableList.of();
  }

  /**
   * Why {@code indicator}, counted over the members {@code sets} sorts, has no value in the cycle of {@code context},
   * if it has none: see {@link #whyNoValue(Indicator, PreparedIndicator, PopulationSets, CountKnown, String)}.
   */
  static Optional<String> whyNoValue(Indicator indicator, CycleContext context, PreparedIndicator prepared,
      PopulationSets sets) {
    return whyNoValue(indicator, prepared, sets, CountKnown.of(context.dataset, sets, prepared.qualifier),
        context.cycle.meeting());
  }

  /** The score of {@code indicator} counted over the members {@code sets} sorts, which has a value. */
  static Score scoreOf(Indicator indicator, CycleContext context, PreparedIndicator prepared, PopulationSets sets) {
    return scoreOf(indicator, sets, prepared.entries.get(), CountKnown.of(context.dataset, sets, prepared.qualifier));
  }

  /** How far a count over a population is known. */
  private enum CountKnown {
    /** Every member is known to be in the denominator or out of it, and to meet the criterion or not. */
    EXACTLY,
    /** Some members of the denominator have no data: the count is a lower bound. */
    AT_LEAST,
    /**
     * Some members have no fact for the qualifier either, so are not known to be out of the denominator: the count is
     * a lower bound, and the denominator unknown.
     */
    AT_LEAST_OF_AN_UNKNOWN_DENOMINATOR;

    /**
     * How far the count of {@code sets} is known: where the facts are not complete, a member with no data is unknown,
     * and a member with no fact for the qualifier is not known to be outside the denominator either.
     */
    static CountKnown of(MonitoringDataset dataset, PopulationSets sets, Optional<Qualifier> qualifier) {
      if (dataset.factsComplete()) {
        return EXACTLY;
      }
      if (qualifier.isPresent() && !qualifier.get().reportedByAll(sets.excluded())) {
        return AT_LEAST_OF_AN_UNKNOWN_DENOMINATOR;
      }
      return sets.noDataCount == 0 ? EXACTLY : AT_LEAST;
    }
  }

  /**
   * The score of an indicator over a population whose members {@code sets} sort: a lower bound unless the count is
   * {@code known} exactly, a figure of a period where a fact of the denominator is one, and no share of a denominator
   * that is not known.
   */
  private static Score scoreOf(Indicator indicator, PopulationSets sets, SubjectEntries entries, CountKnown known) {
    // Only a QUANTITY sums the denominator's quantities.
    Score score = Scoring.sumsQuantities(indicator.units())
        ? Scoring.ofQuantity(indicator.units(), sets.numeratorCount, sets.denominatorCount,
            entries.quantityOf(sets.denominator()))
        : Score.of(indicator.units(), sets.numeratorCount, sets.denominatorCount);
    score = known == CountKnown.EXACTLY ? score : Scoring.atLeast(score);
    Optional<String> period = entries.anyOfPeriod() ? entries.periodOf(sets.denominator()) : Optional.empty();
    if (period.isPresent()) {
      score = Score.builder().from(score).period(period).build();
    }
    if (known == CountKnown.AT_LEAST_OF_AN_UNKNOWN_DENOMINATOR && score.headlineUnit() != FigureUnit.QUANTITY) {
      // Members not known to be in or out of the denominator: the denominator is unknown, and a share of it would be
      // no figure at all; the count stays, as a lower bound.
      score = Score.builder().units(score.units()).count(score.count()).bound(score.bound()).period(score.period())
          .build();
    }
    return score;
  }

  /**
   * The population rule as applied: the base population's, narrowed by the qualifier, and the counting rule where it is
   * not "every data element".
   */
  static String ruleOf(Indicator indicator, BasePopulation base, Optional<Qualifier> qualifier) {
    boolean allOf = indicator.counting().isAllOf(indicator.dataElements());
    String narrowed = qualifier.isEmpty() ? base.rule() : base.narrowedTo(qualifier.get().element);
    return allOf ? narrowed : narrowed + "; counted when it meets " + indicator.counting();
  }

  /**
   * Why an indicator over a population has no value, if it has none: the denominator is empty (and the indicator is
   * not a headcount), no member of it reported anything, or, where the count is not {@code known} exactly, no member is
   * known to meet the criterion ("at least zero" says nothing).
   */
  private static Optional<String> whyNoValue(Indicator indicator, PreparedIndicator prepared, PopulationSets sets,
      CountKnown known, String meeting) {
    List<String> elements = indicator.dataElements();
    boolean headcount = elements.isEmpty() && (indicator.isExpressedIn(FigureUnit.COUNT)
        || indicator.headlineUnit() == FigureUnit.CHANGE);
    if (sets.denominatorCount == 0 && !headcount) {
      return Optional.of(prepared.populationEmpty.isPresent() ? prepared.populationEmpty.get()
          : sets.exceptedCount == 0
              ? prepared.qualifier.get().noMemberReports()
              : "every member of the denominator is a denominator exception: each reports "
                  + prepared.exception.get().element + " without meeting " + indicator.counting().condition()
                  + " in the " + meeting + " cycle");
    }
    if (!elements.isEmpty() && sets.noDataCount == sets.denominatorCount) { // no member of it has data (⊆)
      return Optional.of("none of the " + sets.denominatorCount + " subjects of the denominator reported "
          + String.join(", ", elements) + " in the " + meeting + " cycle");
    }
    if (sets.numeratorCount == 0 && known != CountKnown.EXACTLY) {
      return Optional.of("no member of the population is known to meet the criterion in the " + meeting + " cycle: "
          + (sets.denominatorCount - sets.noDataCount) + " reported without meeting it, " + sets.noDataCount
          + " have no data (unknown, not zero)");
    }
    return Optional.empty();
  }

  /**
   * Counts an indicator without a population: its subjects are whoever reported its data elements in the cycle, and
   * each affirmative fact counts (a COUNT-valued fact by its number); {@code prepared} is the indicator prepared for
   * the cycle (its facts, entries and rule).
   */
  static Counted withoutPopulation(Indicator indicator, CycleContext context, PreparedIndicator prepared) {
    MonitoringDataset dataset = context.dataset;
    String meeting = context.cycle.meeting();
    ImmutableList<String> elements = indicator.dataElements();
    ElementFacts[] facts = prepared.facts;
    SubjectSet subjects = reportedAny(facts);
    SubjectSet counted = affirmedAny(facts);
    SubjectEntries entries = prepared.entries.get();
    // Who reported and who is counted is known now, from the sets; each subject's entry is built when first read.
    Explanation explanation = Explanation.ofReporting(subjects, counted, elements, meeting, entries, dataset);
    String rule = prepared.rule.get();
    if (subjects.isEmpty()) {
      return new Counted(rule, explanation, Optional.empty(),
          Optional.of("no subject reported " + String.join(", ", elements) + " in the " + meeting + " cycle"),
          ImmutableList.of());
    }
    Score score = Scoring.ofCases(indicator.units(), counted.size(), () -> entries.quantityOf(subjects),
        () -> entries.quantityOf(counted));
    return new Counted(rule, explanation, Optional.of(score), Optional.empty(), entries.looseFacts(counted));
  }

  /** The rule of an indicator without a population whose data elements are {@code elements}, in words. */
  static String ruleWithoutPopulation(List<String> elements, String meeting) {
    return "No population: the subjects reporting " + String.join(", ", elements) + " in the " + meeting + " cycle";
  }

  /** The subjects that reported any of the elements. */
  static SubjectSet reportedAny(ElementFacts[] facts) {
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
}
