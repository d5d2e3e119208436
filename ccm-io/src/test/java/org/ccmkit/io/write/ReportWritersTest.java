package org.ccmkit.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.report.ProgressReport;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.read.ReadContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ccmkit.io.MonitoringDataReader;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.ActionPlan;
import org.junit.jupiter.api.Test;

/**
 * The Lausanne Action Plan evaluated on the example dataset for the 13MSP cycle, written as Markdown, CSV and JSON:
 * LAP-2.1 (affected States Parties with a national strategy) counts Lao PDR of Lao PDR and Iraq; LAP-23.2 shows
 * UNIDIR's published figure beside the computed one.
 */
class ReportWritersTest {

  private static final MonitoringDataset DATASET = MonitoringDataReader.create()
      .with(ReadContext.builder().vocabulary(Catalogues.dataElements()).build())
      .readDataset(Path.of("..", "docs", "examples", "dataset.json")).orThrow();
  private static final ActionPlan LAP = Catalogues.lausanne();
  private static final ReportingCycle CYCLE = DATASET.cycle("13MSP").get();
  private static final IndicatorEvaluator EVALUATOR = IndicatorEvaluator.of(Catalogues.dataElements());
  private static final ImmutableList<Evaluation> EVALUATIONS = EVALUATOR.evaluatePlan(LAP, DATASET, CYCLE);
  private static final ProgressReport REPORT = EVALUATOR.progressReport(LAP, DATASET, CYCLE);

  @Test
  void evaluationsAsAMarkdownTable() {
    String md = EvaluationWriter.markdown(EVALUATIONS);
    List<String> lines = md.lines().toList();
    assertEquals(EVALUATIONS.size() + 2, lines.size());
    assertEquals("| Indicator | Cycle | Status | Value | Counted | Published | Notes |", lines.get(0));
    assertTrue(lines.contains("| LAP-2.1 | 13MSP | COMPUTED | 1 of 2 (50.00 %) (computed) | LAO | – | – |"), md);
    assertTrue(lines.stream().allMatch(l -> l.startsWith("| ") && l.endsWith(" |")));
  }

  @Test
  void oneEvaluationInFullShowsItsPopulationsAndThePublishedFigure() {
    Evaluation lap232 = EVALUATIONS.stream().filter(e -> e.indicator().id().equals("LAP-23.2")).findFirst().get();
    String md = EvaluationWriter.markdown(lap232);
    assertTrue(md.startsWith("### LAP-23.2, 13MSP cycle\n"), md);
    assertTrue(md.contains("| 9 of 10 | COUNT | UNIDIR section 3.2, box 'ACTION 23. INDICATOR 2', line 424 |"), md);
    Evaluation lap21 = EVALUATIONS.stream().filter(e -> e.indicator().id().equals("LAP-2.1")).findFirst().get();
    assertTrue(EvaluationWriter.markdown(lap21).contains("| numerator | 1 | LAO |"));
  }

  @Test
  void cellsCannotBreakATable() {
    assertEquals("a\\|b c", Markdown.cell("a|b\r\n c"));
    assertEquals("–", Markdown.cell(" "));
  }

  @Test
  void evaluationsAsCsvReadBackLineByLine() throws Exception {
    List<Map<String, String>> rows = csvRows(EvaluationWriter.csv(EVALUATIONS));
    assertEquals(EVALUATIONS.size(), rows.size());
    assertEquals(EvaluationWriter.CSV_COLUMNS, List.copyOf(rows.get(0).keySet()));
    Map<String, String> lap21 = rows.stream().filter(r -> r.get("indicator").equals("LAP-2.1")).findFirst().get();
    assertEquals("1", lap21.get("count"));
    assertEquals("2", lap21.get("denominator"));
    assertEquals("50.00", lap21.get("percentage"));
    assertEquals("LAO", lap21.get("numerator"));
    assertEquals("States Parties (Convention in force on 2025-04-30) with an outstanding Article 4 clearance "
        + "obligation", lap21.get("populationRule"));
  }

  @Test
  void evaluationsAsJsonKeepTheFactsBehindEachSubject() throws Exception {
    JsonNode json = new ObjectMapper().readTree(EvaluationWriter.json(EVALUATIONS));
    assertEquals(EVALUATIONS.size(), json.size());
    JsonNode lap21 = null;
    for (JsonNode e : json) {
      if (e.get("indicator").asText().equals("LAP-2.1")) {
        lap21 = e;
      }
    }
    assertEquals("COMPUTED", lap21.get("status").asText());
    assertEquals(50.00, lap21.at("/score/percentage").asDouble());
    JsonNode numerator = null;
    for (JsonNode p : lap21.get("populations")) {
      if (p.get("code").asText().equals("numerator")) {
        numerator = p;
      }
    }
    assertEquals("LAO", numerator.at("/subjects/0/subject").asText());
    assertEquals("art4.national-strategy", numerator.at("/subjects/0/facts/0/element").asText());
    assertEquals("true", numerator.at("/subjects/0/facts/0/value").asText());
    assertEquals("EXAMPLE", numerator.at("/subjects/0/facts/0/source/document").asText());
  }

  @Test
  void progressReportInMarkdownHasOneTablePerThematicArea() {
    String md = ProgressReportWriter.markdown(REPORT);
    assertTrue(md.startsWith("# Lausanne Action Plan: progress report, 13MSP cycle\n\nReports due 2025-04-30, "
        + "covering 2024; compared with the 12MSP cycle.\n"), md);
    assertEquals(REPORT.sections().size(), md.lines().filter(l -> l.startsWith("## ")).count());
    assertEquals(REPORT.entries().size(), md.lines().filter(l -> l.startsWith("| LAP-")).count());
  }

  @Test
  void progressReportAsCsvAndJson() throws Exception {
    List<Map<String, String>> rows = csvRows(ProgressReportWriter.csv(REPORT));
    assertEquals(REPORT.entries().size(), rows.size());
    assertEquals(ProgressReportWriter.CSV_COLUMNS, List.copyOf(rows.get(0).keySet()));
    JsonNode json = new ObjectMapper().readTree(ProgressReportWriter.json(REPORT));
    assertEquals("LAP", json.get("plan").asText());
    assertEquals(REPORT.sections().size(), json.get("sections").size());
    int trends = 0;
    for (JsonNode n : json.get("trends")) {
      trends += n.asInt();
    }
    assertEquals(REPORT.entries().size(), trends);
  }

  static List<Map<String, String>> csvRows(String text) throws Exception {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
      return it.readAll();
    }
  }
}
