package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.stream.Stream;
import org.ccmkit.indicators.data.ElementFacts;
import org.ccmkit.indicators.data.FactIndex;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.data.SubjectSet;
import org.ccmkit.indicators.population.BasePopulation;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.model.plan.Baseline;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PopulationBase;

/**
 * What an indicator's evaluation in one cycle takes from the dataset, the evaluator's vocabulary and the plan's period
 * before anything is counted: whether it can be evaluated (and if not, why), the figures printed for it in the cycle
 * and its data elements' facts there; for an indicator counted over a population or without one, its rule in words
 * and how each subject's entry is read from the facts; over a population, that population (the dataset's memo keeps
 * it), its qualifier, its rule's exemptions and its rule's criterion over the cycle's facts; and the baseline the
 * plan printed for it, where it printed a known one. A pure function of
 * the indicator and those inputs, immutable once made, so that the evaluations of one plan in one cycle share it
 * ({@link PreparedPlans}).
 */
final class PreparedIndicator {

  private static final ElementFacts[] NO_FACTS = {};

  /** The cycle's meeting. */
  final String meeting;
  /** The dataset's facts, which number its subjects. */
  final FactIndex index;
  /** Why the indicator cannot be evaluated on the dataset, or empty if it can ({@link Feasibility}). */
  final Optional<String> notEvaluable;
  /** The figures printed for the indicator in the cycle, in a fixed order. */
  final ImmutableList<PublishedValue> published;
  /** The facts of the indicator's data elements in the cycle, in the order of its elements; never written to. */
  final ElementFacts[] facts;
  /** The qualifier in the cycle, for an indicator counted over a population that has one. */
  final Optional<Qualifier> qualifier;
  /** The counting rule's numerator exclusion in the cycle, for an indicator counted over a population. */
  final Optional<Exemption> exclusion;
  /** The counting rule's denominator exception in the cycle, for an indicator counted over a population. */
  final Optional<Exemption> exception;
  /** The population rule as applied, for an indicator counted over a population or without one. */
  final Optional<String> rule;
  /** The base population in the cycle, for an indicator counted over a population. */
  final Optional<BasePopulation> population;
  /** Why the indicator has no value, for one counted over a population that is empty. */
  final Optional<String> populationEmpty;
  /** How each subject's entry is read from the facts, for an indicator counted over a population or without one. */
  final Optional<SubjectEntries> entries;
  /**
   * The sets an indicator counted over a population sorts its members by: its population's members, its qualifier's
   * subjects, its counting rule's criterion over the cycle's facts (who meets it and who is known not to, among all
   * the dataset's subjects) and its exemptions' subjects.
   */
  final Optional<PopulationSets.Inputs> sorting;
  /** The baseline the plan printed for the indicator, where it printed a known one (not "X%"). */
  final Optional<Baseline> printedBaseline;
  /**
   * The codes of the populations an evaluation over a base population lists, in their order, by whether the indicator
   * has a qualifier, a denominator exception and a numerator exclusion; empty for other indicators.
   */
  final ImmutableList<PopulationCode> populations;

  private PreparedIndicator(CycleContext context, Indicator indicator, Optional<String> notEvaluable,
      ImmutableList<PublishedValue> published,
      ElementFacts[] facts, Optional<Qualifier> qualifier, Optional<Exemption> exclusion,
      Optional<Exemption> exception, Optional<String> rule, Optional<BasePopulation> population,
      Optional<SubjectEntries> entries, Optional<PopulationSets.Inputs> sorting) {
    this.meeting = context.cycle.meeting();
    this.index = context.dataset.factIndex();
    this.notEvaluable = notEvaluable;
    this.published = published;
    this.facts = facts;
    this.qualifier = qualifier;
    this.exclusion = exclusion;
    this.exception = exception;
    this.rule = rule;
    this.population = population;
    this.populationEmpty = population.filter(p -> p.members().isEmpty())
        .map(p -> "the population is empty: no " + p.rule());
    this.entries = entries;
    this.sorting = sorting;
    this.printedBaseline = indicator.baseline().filter(Baseline::isKnown);
    this.populations = population.isEmpty() ? ImmutableList.of()
        : PopulationSets.codes(qualifier, exception, exclusion);
  }

  /** {@code indicator} prepared for the cycle of {@code context}. */
  static PreparedIndicator of(Indicator indicator, CycleContext context) {
    String meeting = context.cycle.meeting();
    Optional<String> notEvaluable = Feasibility.check(indicator, context.dataset, meeting, context.vocabulary,
        context.period);
    ImmutableList<PublishedValue> published = context.published(indicator);
    ElementFacts[] facts = context.facts().of(indicator.dataElements());
    PopulationBase base = indicator.population().base();
    if (notEvaluable.isPresent() || indicator.headlineUnit() == FigureUnit.CHANGE) { // nothing counted here
      return new PreparedIndicator(context, indicator, notEvaluable, published, facts, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
    if (base == PopulationBase.NONE) {
      return new PreparedIndicator(context, indicator, notEvaluable, published, facts, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.of(Counting.ruleWithoutPopulation(indicator.dataElements(), meeting)),
          Optional.empty(), Optional.of(new SubjectEntries(indicator.dataElements(), Optional.empty(), facts,
              NO_FACTS, SubjectQuantity.of(indicator))), Optional.empty());
    }
    CycleFacts cycleFacts = context.facts();
    BasePopulation population = context.population(indicator);
    Optional<Qualifier> qualifier = Qualifier.of(indicator, base, context.dataset, meeting, cycleFacts);
    Optional<Exemption> exclusion = Exemption.numeratorExclusion(indicator, cycleFacts);
    Optional<Exemption> exception = Exemption.denominatorException(indicator, cycleFacts);
    ElementFacts[] exemptionFacts = exclusion.isEmpty() && exception.isEmpty() ? NO_FACTS
        : Stream.of(exclusion, exception).flatMap(Optional::stream).map(x -> x.facts).toArray(ElementFacts[]::new);
    SubjectEntries entries = new SubjectEntries(indicator.dataElements(), qualifier, facts, exemptionFacts,
        SubjectQuantity.of(indicator));
    return new PreparedIndicator(context, indicator, notEvaluable, published, facts, qualifier, exclusion, exception,
        Optional.of(Counting.ruleOf(indicator, population, qualifier)), Optional.of(population),
        Optional.of(entries), Optional.of(PopulationSets.Inputs.of(population.members(),
            criterion(indicator, context.dataset, cycleFacts, facts), qualifier, exception, exclusion)));
  }

  /**
   * The criterion of {@code indicator}'s counting rule in the cycle of {@code facts}, whose data elements' facts are
   * {@code elements}: where the dataset's facts are complete, a subject that reported any of its elements and has no
   * fact for another did not affirm that one.
   */
  private static Criterion criterion(Indicator indicator, MonitoringDataset dataset, CycleFacts facts,
      ElementFacts[] elements) {
    SubjectSet absentIsNo = dataset.factsComplete() ? Counting.reportedAny(elements) : SubjectSet.empty();
    return Criterion.of(indicator.counting().condition(), facts, dataset.factIndex().everyone(), absentIsNo);
  }
}
