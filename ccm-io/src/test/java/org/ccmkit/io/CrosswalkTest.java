package org.ccmkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ccmkit.model.plan.Action;
import org.ccmkit.model.plan.Crosswalk;
import org.ccmkit.model.plan.Indicator;
import org.junit.jupiter.api.Test;

/** Following indicators from the Lausanne Action Plan into the Vientiane Capital Action Plan. */
class CrosswalkTest {

  static final Crosswalk CROSSWALK = Catalogues.crosswalk();

  @Test
  void newActionsOfTheVcapAreClimateContestedAreasAndArticle1NonCompliance() {
    assertEquals(List.of(5, 27, 42), CROSSWALK.newActions().stream().map(Action::number).toList());
    assertTrue(Catalogues.vientianeCapital().action(5).get().text().contains("climate"));
  }

  @Test
  void everyLausanneActionIsContinued() {
    assertEquals(List.of(), CROSSWALK.discontinuedActions());
  }

  @Test
  void vcapSurveyAndClearanceIndicatorsFollowTheLausanneOnes() {
    // VCAP action 19 (identify contamination, baselines) continues LAP action 18
    Indicator v19a = Catalogues.vientianeCapital().indicator("VCAP-19.a").get();
    assertEquals(List.of("LAP-18.1", "LAP-18.2"), CROSSWALK.predecessorsOf(v19a).stream().map(Indicator::id).toList());
    // VCAP action 28 (risk education) gathers LAP actions 27 to 30
    assertEquals(List.of(27, 28, 29, 30),
        CROSSWALK.predecessorsOf(Catalogues.vientianeCapital().action(28).get()).stream().map(Action::number).toList());
  }

  @Test
  void universalisationActionsAreSwapped() {
    assertEquals(List.of(10), Catalogues.vientianeCapital().action(12).get().continues());
    assertEquals(List.of(11), Catalogues.vientianeCapital().action(11).get().continues());
  }

  @Test
  void everyVcapIndicatorOfAContinuingActionHasLapPredecessors() {
    for (Indicator i : Catalogues.vientianeCapital().indicators()) {
      boolean continuing = !Catalogues.vientianeCapital().action(i.actionNumber()).get().continues().isEmpty();
      assertEquals(continuing, !CROSSWALK.predecessorsOf(i).isEmpty(), i.id());
    }
  }
}
