package org.ccmkit.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.reporting.ReportingRate;
import org.ccmkit.io.Datasets;
import org.ccmkit.model.obligation.ReportKind;
import org.junit.jupiter.api.Test;

/** The record's initial and annual reporting rates at the 13MSP cycle, written as Markdown, CSV and JSON. */
class ReportingRateWriterTest {

  static final MonitoringDataset DATA = Datasets.publishedRecord().dataset();
  static final ReportingRate INITIAL = IndicatorEvaluator.of().reportingRate(DATA, DATA.cycle("13MSP").get(),
      ReportKind.INITIAL);
  static final ReportingRate ANNUAL = IndicatorEvaluator.of().reportingRate(DATA, DATA.cycle("13MSP").get(),
      ReportKind.ANNUAL);

  @Test
  void markdownGivesTheCountsTheRateAndEveryReport() {
    String md = ReportingRateWriter.markdown(INITIAL);
    assertTrue(md.startsWith("### Initial Article 7 reports, 13MSP cycle\n"), md);
    assertTrue(md.contains("- Expected (due by 2025-04-30): 111\n"), md);
    assertTrue(md.contains("- not received: 5\n"), md);
    assertTrue(md.contains("- received, timeliness unknown: 106\n"), md);
    assertTrue(md.contains("- Reporting rate: 95.50 %\n"), md);
    assertTrue(md.contains("| CPV | Cabo Verde | Article 7 initial report | 2011-09-28 | not received | not submitted "
        + "on 2025-08-01, overdue since 2011-09-28 | RD para 183 |"), md);
    assertTrue(ReportingRateWriter.markdown(ANNUAL).contains("- Reporting rate: between 0.00 % and 100.00 % (some "
        + "reports unknown)"));
  }

  @Test
  void csvHasOneLinePerExpectedReport() {
    String csv = ReportingRateWriter.csv(INITIAL);
    assertEquals(112, csv.lines().count());
    assertEquals(String.join(",", ReportingRateWriter.CSV_COLUMNS), csv.lines().findFirst().get());
    assertTrue(csv.contains("INITIAL,13MSP,RWA,Rwanda,\"Article 7 initial report\",2016-07-30,NOT_RECEIVED,"
        + "\"not submitted on 2025-08-01, overdue since 2016-07-30\",\"RD para 183\""), csv);
  }

  @Test
  void jsonHasTheOutcomesAndTheRateOrItsRange() throws Exception {
    String text = ReportingRateWriter.json(INITIAL);
    JsonNode initial = new ObjectMapper().readTree(text);
    assertEquals(5, initial.at("/outcomes/NOT_RECEIVED").asInt());
    assertTrue(text.contains("\"rate\" : 95.50,"), text);
    assertEquals(111, initial.get("reports").size());
    JsonNode annual = new ObjectMapper().readTree(ReportingRateWriter.json(ANNUAL));
    assertTrue(annual.get("rate") == null, "no exact rate where reports are unknown");
    assertEquals(100.0, annual.get("rateAtMost").asDouble());
  }
}
