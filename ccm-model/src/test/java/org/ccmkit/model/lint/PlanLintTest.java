package org.ccmkit.model.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.Action;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Baseline;
import org.ccmkit.model.plan.Direction;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PlanStatus;
import org.ccmkit.model.plan.Population;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.SubAction;
import org.ccmkit.model.plan.SubjectKind;
import org.ccmkit.model.plan.ThematicArea;
import org.ccmkit.model.state.PartyBasis;
import org.junit.jupiter.api.Test;

/** Each lint rule on a small plan written for it; the shipped catalogues are linted in ccm-io's tests. */
class PlanLintTest {

  private static Indicator indicator(String id, Optional<String> heading, String text, String baseline, int line) {
    return Indicator.builder().id(id).planId("X").actionNumber(1).heading(heading).text(text).addUnits(FigureUnit.COUNT)
        .subject(SubjectKind.STATES_PARTIES).population(Population.of(PopulationBase.STATES_PARTIES,
            PartyBasis.IN_FORCE)).addDataElements("general.example").direction(Direction.INCREASE)
        .baseline(Baseline.builder().raw(baseline).asOf("mid-2026").value(baseline.matches("\\d+")
            ? Optional.of(new BigDecimal(baseline)) : Optional.empty()).build())
        .source(SourceRef.of("X", "line " + line)).build();
  }

  private static ActionPlan plan(List<Indicator> indicators, List<SubAction> subActions) {
    Action a = Action.builder().planId("X").number(1).areaId("X-I").text("Do things by:").addAllSubActions(subActions)
        .addAllIndicators(indicators).source(SourceRef.of("X", "line 1")).build();
    return ActionPlan.builder().id("X").title("Example plan").periodStart(2027).periodEnd(2031).status(PlanStatus.DRAFT)
        .source(SourceRef.of("X", "line 0")).addAreas(ThematicArea.builder().id("X-I").numeral("I").title("One")
            .source(SourceRef.of("X", "line 0")).build())
        .addActions(a).build();
  }

  @Test
  void labelsOutOfSequenceAreFound() {
    ActionPlan p = plan(List.of(indicator("X-1.a", Optional.empty(), "Number of States Parties reporting", "X", 10),
        indicator("X-1.c", Optional.empty(), "Number of States Parties sharing", "X", 11)),
        List.of(SubAction.of("a", "first;"), SubAction.of("c", "second.")));
    List<LintFinding> labels = PlanLint.detected(p).stream().filter(f -> f.kind() == LintKind.LABEL_SEQUENCE).toList();
    assertEquals(2, labels.size(), labels::toString);
    assertTrue(labels.stream().anyMatch(f -> f.message().equals("labelled 'c' where 'b' comes next in action 1")));
    assertTrue(labels.stream().anyMatch(f -> f.message().equals("sub-action labelled 'c' where 'b' comes next")));
  }

  @Test
  void aPercentageHeadingOverACountBaselineAndAMissingColon() {
    ActionPlan p = plan(List.of(indicator("X-1.a", Optional.of("Percentage of States Parties that"), "report sharing",
        "X", 10)), List.of());
    List<LintKind> kinds = PlanLint.detected(p).stream().map(LintFinding::kind).toList();
    assertTrue(kinds.contains(LintKind.MEASURE_AGAINST_BASELINE), kinds::toString);
    assertTrue(kinds.contains(LintKind.MISSING_COLON), kinds::toString);
    assertTrue(kinds.contains(LintKind.PLACEHOLDER_BASELINE), kinds::toString);
  }

  @Test
  void aCleanIndicatorHasNoFinding() {
    ActionPlan p = plan(List.of(indicator("X-1.a", Optional.of("Number of:"), "States Parties reporting progress",
        "4", 10)), List.of(SubAction.of("a", "reporting on progress.")));
    assertEquals(List.of(), PlanLint.check(p));
  }
}
