package org.ccmkit.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.report.ProgressReport;
import org.ccmkit.indicators.report.Series;
import org.ccmkit.indicators.report.Stratification;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.chart.SeriesChart;
import org.ccmkit.io.chart.Sparkline;
import org.ccmkit.model.plan.ActionPlan;
import org.junit.jupiter.api.Test;

/**
 * Series, strata and progress reports written with their provenance: LAP-23.2 on the embedded record (UNIDIR's 3, 3,
 * 6, 9 of 10) and its affected States Parties by M49 region.
 */
class ResultOutputsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ActionPlan LAP = Catalogues.lausanne();
  private static final MonitoringDataset DATA = Datasets.publishedRecord().dataset();
  private static final IndicatorEvaluator EVALUATOR = IndicatorEvaluator.of(Catalogues.dataElements());
  private static final Series SERIES = EVALUATOR.series(LAP.indicator("LAP-23.2").get(), DATA);
  private static final Provenance PROVENANCE = Provenance.of(LAP, DATA, SERIES);

  @Test
  void theProvenanceNamesTheVersionTheCatalogueTheDatasetAndTheCycles() {
    assertEquals("0.1.0-SNAPSHOT", PROVENANCE.libraryVersion());
    assertEquals("LAP", PROVENANCE.catalogueId());
    assertEquals(LocalDate.of(2020, 10, 5), PROVENANCE.catalogueDate().get());
    assertTrue(PROVENANCE.datasetDigest().matches("sha256:[0-9a-f]{64}"));
    assertEquals(PROVENANCE.datasetDigest(), Provenance.digest(Datasets.publishedRecord().dataset()));
    assertEquals("10MSP (populations on 2022-04-30); 11MSP (populations on 2023-04-30); 12MSP (populations on "
        + "2024-04-30); 13MSP (populations on 2025-04-30); 3RC (populations on 2026-04-30)",
        PROVENANCE.cyclesInWords());
    // A catalogue that is not the shipped one: its document date is not known, and not invented.
    ActionPlan own = org.ccmkit.model.plan.ActionPlan.builder().from(LAP).title("My plan").build();
    assertTrue(Provenance.of(own, DATA, SERIES).catalogueDate().isEmpty());
  }

  @Test
  void aSeriesIsWrittenWithNumeratorAndDenominatorInEveryForm() throws Exception {
    String md = SeriesWriter.markdown(SERIES, PROVENANCE);
    assertTrue(md.startsWith("### LAP-23.2 by cycle\n\n> Produced by ccmkit 0.1.0-SNAPSHOT from catalogue LAP "
        + "(document of 2020-10-05) and dataset `sha256:"), md);
    assertTrue(md.contains("| 13MSP | 9 of 10 (90.00 %) (printed) | 9 | 10 | 0 | 10 | UNIDIR Executive summary, "
        + "Key findings, Survey and Clearance, line 139 |"), md);
    assertTrue(md.contains("Trend points (exact figures only): `▁▁▅█ `"), md);
    List<String> csv = SeriesWriter.csv(SERIES, PROVENANCE).lines().toList();
    assertEquals("# producer: ccmkit 0.1.0-SNAPSHOT", csv.get(0));
    assertEquals("# catalogue: LAP", csv.get(1));
    assertEquals(String.join(",", SeriesWriter.CSV_COLUMNS), csv.get(6));
    assertTrue(csv.get(7).startsWith("LAP-23.2,10MSP,2022,PUBLISHED,3,COUNT,,,,3,10,30.00,,,"), csv.get(7));
    JsonNode json = JSON.readTree(SeriesWriter.json(SERIES, PROVENANCE));
    assertEquals(PROVENANCE.datasetDigest(), json.at("/meta/datasetDigest").asText());
    assertEquals("10MSP;11MSP;12MSP;13MSP;3RC", json.at("/meta/cycles").asText());
    assertEquals(9, json.at("/evaluations/3/score/count").asInt());
    assertEquals(10, json.at("/evaluations/3/score/denominator").asInt());
  }

  @Test
  void aStratificationIsWrittenStratumByStratumWithTheWhole() throws Exception {
    Evaluation e = SERIES.in("13MSP").get();
    Stratification s = EVALUATOR.stratify(e, DATA, "region");
    Provenance p = Provenance.of(LAP, DATA, e.cycle());
    String md = StratificationWriter.markdown(s, p);
    assertTrue(md.contains("| Region | Denominator | Numerator | No data | Score | Counted |"), md);
    assertTrue(md.contains("| Africa | 4 | 0 | 4 | – | – |"), md);
    assertTrue(md.contains("| (all) | 10 | 0 | 10 | 9 of 10 (90.00 %) (printed) | – |"), md);
    List<String> csv = StratificationWriter.csv(s, p).lines().toList();
    // LAP-23.2 has no qualifier: no exclusions population, an empty cell (not 0).
    assertEquals("LAP-23.2,13MSP,region,Asia,4,,4,0,4,,,,,", csv.get(csv.size() - 2));
    JsonNode json = JSON.readTree(StratificationWriter.json(s, p));
    assertEquals("region", json.get("attribute").asText());
    assertEquals("Europe", json.at("/strata/3/value").asText());
    assertEquals("DEU", json.at("/strata/3/populations/0/subjects/0").asText());
    assertEquals("13MSP", json.at("/meta/cycles").asText());
  }

  @Test
  void theExistingWritersCarryTheProvenanceWhenGivenIt() throws Exception {
    ProgressReport report = EVALUATOR.progressReport(LAP, DATA, DATA.cycle("13MSP").get());
    Provenance p = Provenance.of(LAP, DATA, report);
    String md = ProgressReportWriter.markdown(report, p);
    assertTrue(md.startsWith("# Lausanne Action Plan: progress report, 13MSP cycle\n\n> Produced by ccmkit "), md);
    assertTrue(ProgressReportWriter.csv(report, p).startsWith("# producer: ccmkit 0.1.0-SNAPSHOT\n"));
    assertEquals("12MSP;13MSP", JSON.readTree(ProgressReportWriter.json(report, p)).at("/meta/cycles").asText());
    assertEquals("LAP", JSON.readTree(EvaluationWriter.json(List.of(SERIES.in("13MSP").get()), p))
        .at("/meta/catalogue").asText());
    var rate = EVALUATOR.reportingRate(DATA, DATA.cycle("13MSP").get(),
        org.ccmkit.model.obligation.ReportKind.INITIAL);
    JsonNode rateJson = JSON.readTree(ReportingRateWriter.json(rate, p));
    assertEquals(PROVENANCE.datasetDigest(), rateJson.at("/meta/datasetDigest").asText());
    assertEquals(111, rateJson.at("/rate/expected").asInt());
    assertTrue(ReportingRateWriter.markdown(rate, p).startsWith("### Initial Article 7 reports, 13MSP cycle\n\n> "
        + "Produced by ccmkit"));
    assertTrue(ReportingRateWriter.csv(rate, p).startsWith("# producer: ccmkit "));
  }

  @Test
  void theChartsDrawExactFiguresAndSayWhatTheyShow() {
    assertEquals("▁▁▅█ ", Sparkline.of(SERIES));
    String svg = SeriesChart.svg(SERIES, "LAP-23.2").get();
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"series-chart\""), svg);
    assertTrue(svg.contains("role=\"img\" aria-labelledby=\"chart-LAP-23-2-title chart-LAP-23-2-desc\""), svg);
    assertTrue(svg.contains("<title id=\"chart-LAP-23-2-title\">LAP-23.2: count per cycle</title>"), svg);
    assertTrue(SeriesChart.describe(SERIES).startsWith("LAP-23.2. 10MSP: 3 of 10 (30.00 %), printed; printed 3 [RD "
        + "para 102], printed 3 [UNIDIR Executive summary, Key findings, Survey and Clearance, line 139], printed 3 of "
        + "10 [UNIDIR section 3.2, box 'ACTION 23. INDICATOR 2', line 421], printed 3 [UNIDIR section 3.2, line 406]. "
        + "11MSP: 3 of 10 (30.00 %), printed;"), SeriesChart.describe(SERIES));
    assertTrue(SeriesChart.describe(SERIES).contains("3RC: no data."), SeriesChart.describe(SERIES));
  }

  @Test
  void aPrintedFigureOfAnotherComponentIsListedButNotDrawn() {
    // LAP-43.1 at the 13MSP: the value is RD para 181's 63 annual reports (a component); UNIDIR's 2 initial reports
    // (fn 21, line 339) are of another component and would read as a fall of the whole indicator if drawn.
    Series s = EVALUATOR.series(LAP.indicator("LAP-43.1").get(), DATA);
    String svg = SeriesChart.svg(s, "LAP-43.1").get();
    String chart = svg.substring(svg.indexOf("</desc>"));
    assertTrue(chart.contains("<title>13MSP: printed 63 (component ANNUAL_REPORTS) [RD para 181]</title>"), chart);
    assertTrue(!chart.contains("13MSP: printed 2 (component INITIAL_REPORTS)"), chart);
    assertTrue(SeriesChart.describe(s).contains("printed 2 (component INITIAL_REPORTS) [UNIDIR section 3, fn 21, line "
        + "339]"), SeriesChart.describe(s));
  }
}
