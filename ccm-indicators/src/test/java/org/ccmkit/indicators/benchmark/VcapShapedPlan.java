package org.ccmkit.indicators.benchmark;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.Action;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Baseline;
import org.ccmkit.model.plan.Direction;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Measure;
import org.ccmkit.model.plan.PlanStatus;
import org.ccmkit.model.plan.Population;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.SubjectKind;
import org.ccmkit.model.plan.ThematicArea;
import org.ccmkit.model.state.PartyBasis;

/**
 * A plan with the Vientiane Capital Action Plan's shape, built without the catalogue (which ccm-io loads, downstream
 * of this module): 43 actions in 10 thematic areas, 130 indicators, mostly percentages of the affected States Parties
 * or of all States Parties, in the proportions of the draft catalogue; one data element each (two for one in ten).
 */
public final class VcapShapedPlan {

  /** How many indicators of each kind: measure, base, basis, qualifier; in the catalogue's proportions. */
  private record Kind(int count, Measure measure, PopulationBase base, PartyBasis basis, String qualifier) {}

  private static final PartyBasis DEPOSITED = PartyBasis.INSTRUMENT_DEPOSITED;
  private static final PartyBasis IN_FORCE = PartyBasis.IN_FORCE;

  private static final List<Kind> KINDS = List.of(
      new Kind(34, Measure.PERCENTAGE, PopulationBase.AFFECTED_STATES_PARTIES, IN_FORCE, null),
      new Kind(26, Measure.PERCENTAGE, PopulationBase.STATES_PARTIES, DEPOSITED, null),
      new Kind(21, Measure.COUNT, PopulationBase.STATES_PARTIES, DEPOSITED, null),
      new Kind(9, Measure.PERCENTAGE, PopulationBase.STATES_PARTIES_WITH_VICTIMS, IN_FORCE, null),
      new Kind(5, Measure.COUNT, PopulationBase.NONE, DEPOSITED, null),
      new Kind(5, Measure.COUNT, PopulationBase.STATES_NOT_PARTY, DEPOSITED, null),
      new Kind(2, Measure.COUNT, PopulationBase.DELEGATIONS, DEPOSITED, null),
      new Kind(3, Measure.COUNT, PopulationBase.AFFECTED_STATES_PARTIES, IN_FORCE, null),
      new Kind(2, Measure.COUNT, PopulationBase.STATES_PARTIES_WITH_STOCKPILES, IN_FORCE, null),
      new Kind(2, Measure.PERCENTAGE, PopulationBase.EXTENSION_REQUESTS, DEPOSITED, "art3.extension-request"),
      new Kind(3, Measure.COUNT, PopulationBase.STATES_PARTIES, DEPOSITED, "cooperation.assistance-provided"),
      new Kind(2, Measure.COUNT, PopulationBase.EXTENSION_REQUESTS, DEPOSITED, "art4.extension-request"),
      new Kind(3, Measure.PERCENTAGE, PopulationBase.STATES_PARTIES, DEPOSITED, "cooperation.assistance-sought"),
      new Kind(2, Measure.PERCENTAGE, PopulationBase.STATES_PARTIES, IN_FORCE, null),
      new Kind(1, Measure.PERCENTAGE, PopulationBase.NONE, DEPOSITED, null),
      new Kind(1, Measure.COUNT_AND_PERCENTAGE, PopulationBase.STATES_NOT_PARTY, DEPOSITED, null),
      new Kind(1, Measure.PERCENTAGE, PopulationBase.STATES_PARTIES_COMPLETED_ARTICLE_3, IN_FORCE, null),
      new Kind(1, Measure.COUNT_AND_PERCENTAGE, PopulationBase.STATES_PARTIES, DEPOSITED,
          "art3.previously-unknown-stockpiles-discovered"),
      new Kind(1, Measure.COUNT, PopulationBase.STATES_PARTIES_RETAINING, IN_FORCE, null),
      new Kind(1, Measure.COUNT, PopulationBase.STATES_PARTIES_COMPLETED_ARTICLE_4, IN_FORCE, null),
      new Kind(1, Measure.PERCENTAGE, PopulationBase.STATES_PARTIES_COMPLETED_ARTICLE_4, IN_FORCE, null),
      new Kind(1, Measure.QUANTITY, PopulationBase.DELEGATIONS, DEPOSITED, null),
      new Kind(1, Measure.COUNT, PopulationBase.AFFECTED_STATES_PARTIES, IN_FORCE, "art4.near-completion"),
      new Kind(1, Measure.COUNT, PopulationBase.STATES_PARTIES, IN_FORCE, null),
      new Kind(1, Measure.COUNT_AND_PERCENTAGE, PopulationBase.STATES_PARTIES_RETAINING, IN_FORCE, null));

  /** The thematic areas' numerals, as the VCAP numbers its sections. */
  private static final List<String> AREAS = List.of("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI");

  /** The plan's number of actions. */
  public static final int ACTIONS = 43;

  private VcapShapedPlan() {}

  /** The plan. */
  public static ActionPlan plan() {
    List<Indicator> indicators = new ArrayList<>();
    int n = 0;
    for (Kind k : KINDS) {
      for (int i = 0; i < k.count(); i++, n++) {
        indicators.add(indicator(n, k));
      }
    }
    List<ThematicArea> areas = AREAS.stream().<ThematicArea>map(a -> ThematicArea.builder().id("VCAP-" + a).numeral(a)
        .title("Area " + a).source(SourceRef.of("VCAP", "line " + (100 + a.length()))).build()).toList();
    List<Action> actions = new ArrayList<>();
    for (int a = 1; a <= ACTIONS; a++) {
      int action = a;
      List<Indicator> own = new ArrayList<>();
      for (int i = 0; i < indicators.size(); i++) {
        if (i % ACTIONS == action - 1) {
          own.add(numbered(indicators.get(i), action, own.size()));
        }
      }
      actions.add(Action.builder().planId("VCAP").number(action).areaId(areas.get((action - 1) * AREAS.size() / ACTIONS)
              .id()).text("Action " + action).source(SourceRef.of("VCAP", "line " + (200 + action)))
          .indicators(own).build());
    }
    return ActionPlan.builder().id("VCAP").title("Vientiane Capital Action Plan (benchmark shape)").periodStart(2027)
        .periodEnd(2031).status(PlanStatus.DRAFT).source(SourceRef.of("VCAP", "line 1")).areas(areas)
        .actions(actions).build();
  }

  /**
   * Every data element key and qualifier the plan uses, in order, each once; not the extension request qualifiers,
   * which requests meet by their article.
   */
  public static ImmutableList<String> elements(ActionPlan plan) {
    return plan.indicators().stream()
        .flatMap(i -> java.util.stream.Stream.concat(i.dataElements().stream(), i.population().qualifier().stream()))
        .filter(k -> !k.endsWith(".extension-request")).distinct()
        .collect(ImmutableList.toImmutableList());
  }

  private static Indicator indicator(int n, Kind k) {
    String area = switch (k.base()) {
      case AFFECTED_STATES_PARTIES, STATES_PARTIES_COMPLETED_ARTICLE_4 -> "art4";
      case STATES_PARTIES_WITH_VICTIMS -> "art5";
      case STATES_PARTIES_WITH_STOCKPILES, STATES_PARTIES_COMPLETED_ARTICLE_3, STATES_PARTIES_RETAINING -> "art3";
      case STATES_NOT_PARTY -> "universalisation";
      case DELEGATIONS -> "meeting";
      case EXTENSION_REQUESTS -> "art4";
      case NONE -> "norms";
      default -> "general";
    };
    List<String> elements = new ArrayList<>();
    elements.add(area + ".element-" + n);
    if (n % 10 == 3) {
      elements.add(area + ".element-" + n + "-b");
    }
    Population population = k.qualifier() == null ? Population.of(k.base(), k.basis())
        : Population.of(k.base(), k.basis(), k.qualifier());
    Optional<Baseline> baseline = Optional.of(n % 4 == 0
        ? Baseline.builder().raw("X%").asOf("mid-2026").build()
        : Baseline.builder().raw(n + "; 13MSP").value(java.math.BigDecimal.valueOf(n % 20)).asOf("13MSP").build());
    return Indicator.builder().id("VCAP-1.a").planId("VCAP").actionNumber(1).text("Indicator " + n)
        .measure(k.measure()).subject(k.base() == PopulationBase.DELEGATIONS ? SubjectKind.DELEGATIONS
            : k.base() == PopulationBase.EXTENSION_REQUESTS ? SubjectKind.EXTENSION_REQUESTS
            : k.base() == PopulationBase.NONE ? SubjectKind.CASES : SubjectKind.STATES_PARTIES)
        .population(population).dataElements(elements).direction(Direction.INCREASE).baseline(baseline)
        .source(SourceRef.of("VCAP", "line " + (300 + n))).build();
  }

  private static Indicator numbered(Indicator i, int action, int index) {
    return Indicator.builder().from(i).id("VCAP-" + action + "." + (char) ('a' + index)).actionNumber(action).build();
  }
}
