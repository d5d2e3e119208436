package org.ccmkit.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.junit.jupiter.api.Test;

/**
 * The writers on the embedded record say which value was computed, which printed and which is none: a computed value
 * (LAP-30.1, RD para 126), a printed one beside a bound computed from facts (LAP-35.1), a printed one alone (LAP-1.1),
 * a component's (LAP-43.1), no data and not evaluable; "differs" only beside something computed.
 */
class RecordWritersTest {

  static final MonitoringDataset DATA = Datasets.publishedRecord().dataset();
  static final List<Evaluation> AT_13MSP = IndicatorEvaluator.of(Catalogues.dataElements())
      .evaluatePlan(Catalogues.lausanne(), DATA, DATA.cycle("13MSP").get());

  static Evaluation of(String id) {
    return AT_13MSP.stream().filter(e -> e.indicator().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void markdownMarksEachValueComputedPrintedOrNone() {
    String md = EvaluationWriter.markdown(List.of(of("LAP-30.1"), of("LAP-35.1"), of("LAP-1.1"), of("LAP-43.1"),
        of("LAP-13.1"), of("LAP-2.1")));
    assertTrue(md.contains("| LAP-30.1 | 13MSP | COMPUTED | 10 of 10 (100.00 %) (computed) |"), md);
    assertTrue(md.contains("| LAP-35.1 | 13MSP | PUBLISHED | 9 (printed) |"), md);
    assertTrue(md.contains("9 (RD para 145, consistent)"), "the bound computed beside it: " + md);
    assertTrue(md.contains("| LAP-1.1 | 13MSP | PUBLISHED | 7 (printed) |"), md);
    assertTrue(md.contains("7 (RD para 14) |"), "no agreement said where nothing was computed: " + md);
    assertTrue(md.contains("63 (component ANNUAL_REPORTS) (printed)"), md);
    assertTrue(md.contains("| LAP-13.1 | 13MSP | NOT_EVALUABLE | – (not evaluable) |"), md);
    assertTrue(md.contains("| LAP-2.1 | 13MSP | PUBLISHED |"), md);
    assertTrue(md.contains("COMPONENT_FOR_WHOLE:"), md);
  }

  @Test
  void csvSaysDiffersOnlyBesideAComputedValueAndNamesTheComponent() throws Exception {
    List<Map<String, String>> rows = ReportWritersTest.csvRows(EvaluationWriter.csv(List.of(of("LAP-1.1"),
        of("LAP-44.1"), of("LAP-43.1"), of("LAP-16.1"))));
    assertEquals("", rows.get(0).get("publishedDiffers"), "LAP-1.1: nothing computed, nothing to differ from");
    assertEquals("true", rows.get(1).get("publishedDiffers"), "LAP-44.1: 'above 22' of 19 cannot be");
    assertEquals("ANNUAL_REPORTS", rows.get(2).get("component"));
    assertEquals("AT_LEAST", rows.get(3).get("bound"));
    assertEquals("COMPUTED", rows.get(3).get("status"));
    assertTrue(rows.get(3).get("flags").contains("BOUND"), rows.get(3).toString());
  }

  @Test
  void jsonCarriesTheStatusTheBoundThePeriodAndTheFlags() throws Exception {
    JsonNode json = new ObjectMapper().readTree(EvaluationWriter.json(List.of(of("LAP-49.1"), of("LAP-13.1"))));
    assertEquals("COMPUTED", json.at("/0/status").asText());
    assertEquals("10MSP–13MSP", json.at("/0/score/period").asText());
    assertEquals("PERIOD_FIGURE", json.at("/0/flags/0/kind").asText());
    assertEquals("NOT_EVALUABLE", json.at("/1/status").asText());
    assertTrue(json.at("/1/score").isMissingNode());
    assertTrue(of("LAP-13.1").status() == EvaluationStatus.NOT_EVALUABLE);
  }
}
