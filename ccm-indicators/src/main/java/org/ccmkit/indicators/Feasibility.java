package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.ccmkit.indicators.data.FactIndex;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.population.PlanPeriod;
import org.ccmkit.model.plan.DataElement;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.SubjectKind;
import org.ccmkit.model.plan.ValueType;
import org.ccmkit.model.plan.Vocabulary;

/** Whether an indicator can be computed as modelled, and if not, why: the reasons behind NOT_EVALUABLE. */
final class Feasibility {

  /** A qualifier such as {@code art4.extension-request}, which an Article 4 extension request meets by being one. */
  // The two qualifiers an extension request meets by its article, and the articles they select.
  private static final String ART3_REQUEST = "art3.extension-request";
  private static final String ART4_REQUEST = "art4.extension-request";
  private static final Optional<Integer> ARTICLE_3 = Optional.of(3);
  private static final Optional<Integer> ARTICLE_4 = Optional.of(4);

  private Feasibility() {}

  /** Why {@code indicator} cannot be evaluated on {@code dataset}, or empty if it can. */
  static Optional<String> check(Indicator indicator, MonitoringDataset dataset, String meeting,
      Optional<Vocabulary> vocabulary, Optional<PlanPeriod> period) {
    PopulationBase base = indicator.population().base();
    if (base == PopulationBase.NONE && indicator.isExpressedIn(FigureUnit.PERCENT)) {
      return Optional.of("a percentage needs a population to be a percentage of, but the population is NONE");
    }
    if (indicator.dataElements().isEmpty() && (base == PopulationBase.NONE || indicator.headlineUnit() == FigureUnit.QUANTITY)) {
      return Optional.of(base == PopulationBase.NONE
          ? "nothing to count: no population and no data element"
          : "a QUANTITY sums numeric data elements, but the indicator names none");
    }
    Optional<String> unknownPopulation = dataset.populationUnknown(base, meeting);
    if (unknownPopulation.isPresent()) {
      return Optional.of("population unknown: " + unknownPopulation.get());
    }
    if (indicator.headlineUnit() == FigureUnit.CHANGE) {
      if (base == PopulationBase.NONE || base == PopulationBase.DELEGATIONS || base == PopulationBase.EXTENSION_REQUESTS
          || base == PopulationBase.NEW_STATES_PARTIES) {
        return Optional.of("a CHANGE compares a population on two dates, but " + base + " is not a population of a "
            + "date");
      }
      if (!indicator.dataElements().isEmpty()) {
        return Optional.of("a CHANGE is computed for the headcount of a population; a change in the number of "
            + "members reporting " + String.join(", ", indicator.dataElements()) + " is the value against its "
            + "baseline (evaluate it as a COUNT)");
      }
      if (period.isEmpty()) {
        return Optional.of("a CHANGE runs from the start of the plan's period: evaluate the indicator with its plan or "
            + "give the evaluator a planPeriod");
      }
    }
    if (base == PopulationBase.NEW_STATES_PARTIES && period.isEmpty()) {
      return Optional.of("the population NEW_STATES_PARTIES needs the plan's period: evaluate the indicator with its "
          + "plan or give the evaluator a planPeriod");
    }
    ImmutableList<String> elements = indicator.dataElements();
    for (int i = 0; i < elements.size(); i++) { // by index: this runs for every evaluation, an iterator each time
      Optional<String> unknown = unknown(elements.get(i), indicator, dataset, vocabulary);
      if (unknown.isPresent()) {
        return unknown;
      }
    }
    Optional<String> unknownExclusion = unknownInRule(indicator.counting().numeratorExclusion(), indicator, dataset,
        vocabulary);
    if (unknownExclusion.isPresent()) {
      return unknownExclusion;
    }
    Optional<String> unknownException = unknownInRule(indicator.counting().denominatorException(), indicator,
        dataset, vocabulary);
    if (unknownException.isPresent()) {
      return unknownException;
    }
    if (indicator.population().qualifier().isPresent()) {
      String q = indicator.population().qualifier().get();
      if (!DataElement.isKey(q)) {
        return Optional.of("the population qualifier '" + q + "' is not a data element key");
      }
      if (requestArticle(q, base).isEmpty()) {
        Optional<String> unknown = unknown(q, indicator, dataset, vocabulary);
        if (unknown.isPresent()) {
          return unknown.map(u -> u + " (population qualifier)");
        }
      }
    }
    if (indicator.headlineUnit() == FigureUnit.QUANTITY && vocabulary.isPresent()) {
      for (String key : indicator.dataElements()) {
        ValueType type = vocabulary.get().element(key).get().valueType();
        if (type != ValueType.COUNT && type != ValueType.QUANTITY && type != ValueType.PERCENT) {
          return Optional.of("a QUANTITY sums numbers, but data element '" + key + "' is " + type);
        }
      }
    }
    if (base == PopulationBase.NONE && !isStates(indicator.subject()) && noneReported(elements, dataset)) {
      return Optional.of("the dataset holds no data on " + indicator.subject() + " (no fact in any cycle reports "
          + String.join(", ", indicator.dataElements()) + ")");
    }
    return Optional.empty();
  }

  /**
   * The article of extension request a qualifier {@code art3.extension-request} / {@code art4.extension-request}
   * selects in an {@link PopulationBase#EXTENSION_REQUESTS} population, where requests meet it by their article.
   */
  static Optional<Integer> requestArticle(String qualifier, PopulationBase base) {
    if (base != PopulationBase.EXTENSION_REQUESTS) {
      return Optional.empty();
    }
    return qualifier.equals(ART3_REQUEST) ? ARTICLE_3 : qualifier.equals(ART4_REQUEST) ? ARTICLE_4 : Optional.empty();
  }

  /** Why the data element {@code key} of the indicator's counting rule, if it names one, is unknown, if it is. */
  private static Optional<String> unknownInRule(Optional<String> key, Indicator indicator, MonitoringDataset dataset,
      Optional<Vocabulary> vocabulary) {
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return unknown(key.get(), indicator, dataset, vocabulary).map(u -> u + " (counting rule " + indicator.counting()
        + ")");
  }

  private static Optional<String> unknown(String key, Indicator indicator, MonitoringDataset dataset,
      Optional<Vocabulary> vocabulary) {
    if (vocabulary.isPresent()) {
      return vocabulary.get().contains(key) ? Optional.empty()
          : Optional.of("unknown data element '" + key + "': not in the vocabulary");
    }
    return dataset.factIndex().hasElement(key) ? Optional.empty()
        : Optional.of("unknown data element '" + key + "': no fact in the dataset reports it and no vocabulary was "
            + "given to check it against");
  }

  /** Whether no fact in any cycle of {@code dataset} reports any of {@code elements}. */
  private static boolean noneReported(ImmutableList<String> elements, MonitoringDataset dataset) {
    FactIndex index = dataset.factIndex();
    for (int i = 0; i < elements.size(); i++) {
      if (index.hasElement(elements.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isStates(SubjectKind kind) {
    return kind == SubjectKind.STATES_PARTIES || kind == SubjectKind.STATES_NOT_PARTY;
  }
}
