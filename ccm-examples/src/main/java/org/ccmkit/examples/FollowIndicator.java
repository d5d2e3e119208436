package org.ccmkit.examples;

import java.util.stream.Collectors;
import org.ccmkit.io.Catalogues;
import org.ccmkit.model.plan.Action;
import org.ccmkit.model.plan.Crosswalk;
import org.ccmkit.model.plan.Indicator;

/**
 * Follows a Lausanne Action Plan indicator into the Vientiane Capital Action Plan: the VCAP actions that continue its
 * action, and their indicators with their baselines.
 */
public final class FollowIndicator {

  private FollowIndicator() {}

  /**
   * Follows the indicator named in the first argument, LAP-23.2 by default.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.print(render(args.length > 0 ? args[0] : "LAP-23.2"));
  }

  /**
   * The indicator and its successors, as text.
   *
   * @param lapIndicatorId the LAP indicator's id
   * @return the indicator and its successors, as text
   */
  public static String render(String lapIndicatorId) {
    Crosswalk crosswalk = Catalogues.crosswalk();
    Indicator lap = crosswalk.predecessor().indicator(lapIndicatorId)
        .orElseThrow(() -> new IllegalArgumentException("no Lausanne indicator '" + lapIndicatorId + "'"));
    Action lapAction = crosswalk.predecessor().action(lap.actionNumber()).get();
    StringBuilder out = new StringBuilder();
    out.append(lap.id()).append(": ").append(lap.fullText()).append(" [").append(lap.source()).append("]\n");
    for (Action vcap : crosswalk.successorsOf(lapAction)) {
      out.append("  continued by VCAP action ").append(vcap.number()).append(" (continues LAP ")
          .append(vcap.continues()).append("): ").append(abbreviate(vcap.text())).append('\n');
      for (Indicator i : vcap.indicators()) {
        out.append("    ").append(i.id()).append(" [").append(i.units().stream().map(Enum::name).collect(Collectors.joining(" and ")))
            .append(", baseline ")
            .append(i.baseline().map(b -> b.raw() + " as of " + b.asOf()).orElse("none")).append("] ")
            .append(i.fullText()).append('\n');
      }
    }
    return out.toString();
  }

  private static String abbreviate(String s) {
    return s.length() > 100 ? s.substring(0, 97) + "..." : s;
  }
}
