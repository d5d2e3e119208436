package org.ccmkit.examples;

import java.util.Map;
import java.util.TreeMap;
import org.ccmkit.io.Catalogues;
import org.ccmkit.model.lint.LintFinding;
import org.ccmkit.model.lint.LintKind;
import org.ccmkit.model.lint.PlanLint;
import org.ccmkit.model.plan.ActionPlan;

/**
 * Lints the draft Vientiane Capital Action Plan and the Lausanne Action Plan: every drafting problem the lint finds in
 * the text (a percentage heading over a count baseline, a "Number of" line under "Percentage of:", empty baselines,
 * doubled words …), each with its indicator and the draft's line; then the problems the catalogues' notes record that
 * their corrected text no longer shows (rows split across page breaks, indicators printed in another action's row).
 * Baselines printed as the placeholder "X" are counted, not listed.
 */
public final class LintPlans {

  private LintPlans() {}

  /**
   * Prints the lint of both plans.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.print(render(Catalogues.vientianeCapital()));
    System.out.println();
    System.out.print(render(Catalogues.lausanne()));
  }

  /**
   * The lint of {@code plan}, as text.
   *
   * @param plan the action plan
   * @return the lint of {@code plan}, as text
   */
  public static String render(ActionPlan plan) {
    StringBuilder out = new StringBuilder("Lint of the " + plan.title() + " (" + plan.status() + ")\n");
    Map<LintKind, Integer> counts = new TreeMap<>();
    int placeholders = 0;
    for (LintFinding f : PlanLint.check(plan)) {
      counts.merge(f.kind(), 1, Integer::sum);
      if (f.kind() == LintKind.PLACEHOLDER_BASELINE) {
        placeholders++;
      } else if (f.isDetected()) {
        out.append("  ").append(f.locator()).append("  ").append(f.subject()).append("  ").append(f.kind())
            .append(": ").append(f.message()).append('\n');
      }
    }
    if (placeholders > 0) {
      out.append("  ").append(placeholders).append(" baselines printed as a placeholder ('X', 'X%'): not yet known\n");
    }
    out.append("Recorded in the catalogue's notes:\n");
    for (LintFinding f : PlanLint.check(plan)) {
      if (!f.isDetected()) {
        out.append("  ").append(f.locator()).append("  ").append(f.subject()).append("  ").append(f.message())
            .append('\n');
      }
    }
    out.append("By kind: ").append(counts).append('\n');
    return out.toString();
  }
}
