package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.util.BitSet;
import java.util.Optional;
import org.ccmkit.indicators.data.DatasetMemo;
import org.ccmkit.indicators.data.ElementFacts;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactIndex;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.SubjectSet;
import org.ccmkit.indicators.result.Reason;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PopulationBase;

/**
 * An indicator's population qualifier in one cycle ("donor States Parties": those that affirm {@code
 * cooperation.assistance-provided}): the members it keeps in the denominator, and why each member is kept or left
 * out. A member meets it by an affirmative fact, or, for an extension request and a qualifier {@code
 * artN.extension-request}, by being a request under that article.
 */
final class Qualifier {

  final String element;
  /** The subjects that meet the qualifier. */
  final SubjectSet qualified;
  /** The facts of the qualifier's element in the cycle. */
  final ElementFacts facts;
  private final String meeting;
  private final MonitoringDataset dataset;
  /**
   * Why an indicator has no value when no member of its population meets the qualifier, made with the qualifier: a
   * qualifier is prepared once for a plan's cycle, and the sentence is asked for at every evaluation whose denominator
   * is empty.
   */
  private final String noMemberReports;
  /**
   * The reasons of the members left out, one for those that do not report the element and one for those that do not
   * affirm it, each shared by every such member; built when first needed (two threads may both build one: it is the
   * same value).
   */
  private volatile Reason notReported;
  private volatile Reason notAffirmed;

  private Qualifier(String element, SubjectSet qualified, ElementFacts facts, String meeting,
      MonitoringDataset dataset) {
    this.element = element;
    this.qualified = qualified;
    this.facts = facts;
    this.meeting = meeting;
    this.dataset = dataset;
    this.noMemberReports = "no member of the population reports " + element + " in the " + meeting + " cycle";
  }

  /** {@return why an indicator has no value when no member of its population meets the qualifier} */
  String noMemberReports() {
    return noMemberReports;
  }

  /**
   * The qualifier of {@code indicator} over {@code base} in the cycle of {@code meeting}, whose facts are {@code
   * cycleFacts}, if it has one.
   */
  static Optional<Qualifier> of(Indicator indicator, PopulationBase base, MonitoringDataset dataset, String meeting,
      CycleFacts cycleFacts) {
    Optional<String> qualifier = indicator.population().qualifier();
    if (qualifier.isEmpty()) {
      return Optional.empty();
    }
    String q = qualifier.get();
    ElementFacts facts = cycleFacts.of(q);
    SubjectSet qualified = facts.affirming();
    Optional<Integer> article = Feasibility.requestArticle(q, base);
    if (article.isPresent()) {
      qualified = qualified.or(dataset.memo().get(new RequestsUnder(article.get())));
    }
    return Optional.of(new Qualifier(q, qualified, facts, meeting, dataset));
  }

  /** Why the subject of index {@code subject}, code {@code code}, which meets the qualifier, meets it. */
  Reason whyMet(int subject, String code) {
    for (Fact f : facts.factsOf(subject)) {
      if (f.value().isAffirmative()) {
        return Reason.of("Reports " + element + " = " + f.value().asText() + " in the " + meeting + " cycle",
            Optional.of(f.source()));
      }
    }
    ExtensionRequest r = dataset.extensionRequestsById().get(code);
    return Reason.of("An Article " + r.article() + " extension request (" + element + ")", Optional.of(r.source()));
  }

  /** Why the subject of index {@code subject}, which does not meet the qualifier, is left out. */
  Reason whyNotMet(int subject) {
    if (facts.factsOf(subject).isEmpty()) {
      Reason r = notReported;
      return r != null ? r : (notReported = leftOut("report"));
    }
    Reason r = notAffirmed;
    return r != null ? r : (notAffirmed = leftOut("affirm"));
  }

  private Reason leftOut(String does) {
    return Reason.of("Does not " + does + " " + element + " in the " + meeting + " cycle, so is not in the denominator");
  }

  /** Whether every subject of {@code excluded} reported the qualifier: left out by a fact, not by a lack of one. */
  boolean reportedByAll(SubjectSet excluded) {
    return facts.reporting().containsAll(excluded);
  }

  /** The extension requests under an article, as subjects of the dataset; kept with it. */
  private record RequestsUnder(int article) implements DatasetMemo.Key<SubjectSet> {

    @Override
    public SubjectSet compute(MonitoringDataset dataset) {
      FactIndex index = dataset.factIndex();
      BitSet requests = new BitSet();
      for (ExtensionRequest r : dataset.extensionRequests()) {
        if (r.article() == article) {
          requests.set(index.indexOf(r.id()));
        }
      }
      return SubjectSet.of(requests);
    }
  }
}
