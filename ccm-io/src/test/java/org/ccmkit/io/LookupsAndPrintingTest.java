package org.ccmkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.io.record.PublishedRecord;
import org.ccmkit.model.UnknownIdException;
import org.ccmkit.model.plan.ActionPlan;
import org.junit.jupiter.api.Test;

/**
 * What an analyst sees in JShell: lookups that say what was probably meant, and values that print as what they are,
 * never as {@code Type@1b6d3586}, and short enough to read.
 */
class LookupsAndPrintingTest {

  private static final Pattern IDENTITY = Pattern.compile("[A-Za-z]+@[0-9a-f]{4,}");

  @Test
  void anIndicatorIdInTheWrongCaseNamesTheOneMeant() {
    ActionPlan lap = Catalogues.lausanne();
    assertEquals("LAP-23.2", lap.indicatorOrThrow("LAP-23.2").id());
    UnknownIdException e = assertThrows(UnknownIdException.class, () -> lap.indicatorOrThrow("lap-23.2"));
    assertTrue(e.getMessage().startsWith("no indicator \"lap-23.2\" in Lausanne Action Plan (LAP); did you mean "
        + "LAP-23.2?; known (77): LAP-1.1, "), e.getMessage());
    assertEquals("LAP-23.2", e.suggestion().orElseThrow());
  }

  @Test
  void everyLookupByIdHasAVariantThatSaysWhatItKnows() {
    ActionPlan lap = Catalogues.lausanne();
    MonitoringDataset data = Datasets.publishedRecord().dataset();
    assertEquals(23, lap.actionOrThrow(23).number());
    assertTrue(assertThrows(UnknownIdException.class, () -> lap.actionOrThrow(51)).getMessage()
        .contains("no action \"51\""));
    assertEquals("did you mean LAP-V?", suggestion(() -> lap.areaOrThrow("lap-v")));
    assertEquals("did you mean LAP-23.2?", suggestion(() -> lap.actionOrThrow(23).indicatorOrThrow("LAP-232")));
    assertEquals("did you mean LAO?", suggestion(() -> data.register().standingOrThrow("lao")));
    assertEquals("did you mean 13MSP?", suggestion(() -> data.cycleOrThrow("13msp")));
    String key = "gender.integrated-in-clearance-planning";
    assertEquals("did you mean " + key + "?",
        suggestion(() -> Catalogues.dataElements().elementOrThrow("gender.integrated-in-clearance-plannig")));
    Evaluation e = IndicatorEvaluator.of(Catalogues.dataElements()).evaluate(lap.indicatorOrThrow("LAP-30.1"), data,
        data.cycleOrThrow("13MSP"));
    assertEquals("LAO", e.subjectOrThrow("LAO").subject());
    assertEquals("did you mean LAO?", suggestion(() -> e.subjectOrThrow("Lao")));
    assertEquals("did you mean 13MSP?", suggestion(() -> IndicatorEvaluator.of(Catalogues.dataElements())
        .series(lap.indicatorOrThrow("LAP-30.1"), data).inOrThrow("13MS")));
  }

  @Test
  void whatTheStartupScriptDefinesPrintsAsASummary() {
    PublishedRecord record = Datasets.publishedRecord();
    MonitoringDataset data = record.dataset();
    IndicatorEvaluator evaluator = IndicatorEvaluator.of(Catalogues.dataElements());
    List<Object> values = List.of(Catalogues.lausanne(), Catalogues.vientianeCapital(), Catalogues.convention(),
        Catalogues.crosswalk(), Catalogues.dataElements(), record, data, data.register(), evaluator,
        evaluator.progressReport(Catalogues.lausanne(), data, data.cycleOrThrow("13MSP")),
        evaluator.series(Catalogues.lausanne().indicatorOrThrow("LAP-30.1"), data),
        org.ccmkit.io.read.ReaderRegistry.load().forFormat("csv").orElseThrow(),
        org.ccmkit.io.read.ReaderRegistry.load().forFormat("yaml").orElseThrow());
    for (Object v : values) {
      String s = v.toString();
      assertFalse(IDENTITY.matcher(s).find(), s);
      assertTrue(s.length() < 400, s.length() + " characters: " + s);
    }
    assertTrue(Catalogues.crosswalk().toString().startsWith("Crosswalk VCAP ← LAP: "), Catalogues.crosswalk()
        .toString());
    assertTrue(data.toString().startsWith("MonitoringDataset: 197 States in the register"), data.toString());
  }

  private static String suggestion(Runnable lookup) {
    String message = assertThrows(UnknownIdException.class, lookup::run).getMessage();
    int at = message.indexOf("did you mean ");
    return at < 0 ? message : message.substring(at, message.indexOf('?', at) + 1);
  }
}
