package org.ccmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.report.ProgressEntry;
import org.ccmkit.indicators.report.ProgressReport;
import org.ccmkit.indicators.result.PublishedComparison;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.write.Provenance;
import org.ccmkit.model.plan.ActionPlan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML progress report the main example writes for the Lausanne Action Plan at the 13MSP cycle, parsed as a
 * browser parses it (jsoup): a chart with a text alternative for every indicator with a value, every printed figure
 * with its source, nothing loaded from outside the file.
 */
class HtmlReportTest {

  private static final ActionPlan LAP = Catalogues.lausanne();
  private static final MonitoringDataset DATA = Datasets.publishedRecord().dataset();
  private static ProgressReport report;
  private static Document html;

  @BeforeAll
  static void writeTheReport(@TempDir Path folder) throws Exception {
    Path file = LausanneProgress.writeHtml(LAP, Datasets.publishedRecord(), folder);
    assertEquals("lap-progress-13MSP.html", file.getFileName().toString());
    html = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    report = IndicatorEvaluator.builder().vocabulary(Catalogues.dataElements()).baselineCycle("10MSP").build()
        .progressReport(LAP, DATA, DATA.cycle("13MSP").get());
  }

  @Test
  void everyIndicatorWithAValueHasAChartWithATextAlternative() {
    int charts = 0;
    for (ProgressEntry e : report.entries()) {
      Element article = article(e);
      if (e.value().isEmpty()) {
        continue;
      }
      Element svg = article.selectFirst("figure > svg[role=img]");
      assertTrue(svg != null, e.indicator().id() + " has a value and no chart");
      String[] labels = svg.attr("aria-labelledby").split(" ");
      assertEquals(2, labels.length, e.indicator().id());
      Element title = html.getElementById(labels[0]);
      Element desc = html.getElementById(labels[1]);
      assertEquals("title", title.tagName());
      assertEquals("desc", desc.tagName());
      assertTrue(title.text().startsWith(e.indicator().id() + ": "), title.text());
      // The text alternative gives the cycle's value as the table does, and says whether it is computed or printed.
      assertTrue(desc.text().contains("13MSP: " + e.evaluation().score().get()), desc.text());
      charts++;
    }
    assertEquals(report.entries().stream().filter(e -> e.value().isPresent()).count(), charts);
    assertEquals(51, charts);
  }

  @Test
  void eachPublishedFigureAppearsWithItsSource() {
    int figures = 0;
    for (ProgressEntry e : report.entries()) {
      Elements rows = article(e).select("table.published > tbody > tr");
      assertEquals(e.evaluation().published().size(), rows.size(), e.indicator().id());
      for (int i = 0; i < rows.size(); i++) {
        PublishedValue p = e.evaluation().published().get(i).published();
        assertEquals(p.figure(), rows.get(i).selectFirst("td.figure").text(), e.indicator().id());
        assertEquals(p.source().toString(), rows.get(i).selectFirst("td.source").text(), e.indicator().id());
        figures++;
      }
    }
    assertTrue(figures > 100, "the record prints more than a hundred figures for the 13MSP cycle: " + figures);
  }

  @Test
  void aDifferenceBetweenPrintedAndComputedIsFlaggedInWords() {
    for (ProgressEntry e : report.entries()) {
      Elements rows = article(e).select("table.published > tbody > tr");
      for (int i = 0; i < rows.size(); i++) {
        PublishedComparison p = e.evaluation().published().get(i);
        assertEquals(p.differs(), !rows.get(i).select("span.flag").isEmpty(), e.indicator().id() + " " + p);
      }
    }
  }

  @Test
  void nothingIsLoadedFromOutsideTheFile() {
    assertTrue(html.select("script, iframe, object, embed, img, link, base, meta[http-equiv]").isEmpty());
    assertTrue(html.select("[src]").isEmpty());
    for (Element e : html.select("[href], [xlink:href]")) {
      assertTrue(e.attr("href").startsWith("#") && e.attr("xlink:href").isEmpty(), e.outerHtml());
    }
    String css = html.select("style").html();
    assertFalse(css.contains("url(") || css.contains("@import") || css.contains("@font-face"), css);
    assertTrue(html.select("[style]").isEmpty());
  }

  @Test
  void theReportIsAccessibleAndInThePlansOrderWithItsProvenanceAndSummary() {
    assertEquals("en", html.selectFirst("html").attr("lang"));
    assertEquals(LAP.areas().stream().map(a -> a.numeral().map(n -> n + ". ").orElse("") + a.title()).toList(),
        html.select("main > section > h2").eachText());
    for (Element table : html.select("table")) {
      assertFalse(table.select("thead th[scope=col]").isEmpty(), "a table with header cells");
      assertTrue(table.selectFirst("caption") != null, "a table with a caption");
    }
    assertEquals(report.entries().size(), html.select("article.indicator").size());
    Element summary = html.getElementById("summary");
    report.trendCounts().forEach((t, n) -> assertTrue(summary.select("tr").eachText().contains(
        (t.name().equals("NO_DATA") ? "no trend" : t.name().toLowerCase()) + " " + n), t + " " + n));
    String provenance = html.getElementById("provenance").text();
    assertTrue(provenance.contains(Provenance.digest(DATA)), provenance);
    assertTrue(provenance.contains("catalogue LAP (document of 2020-10-05)"), provenance);
    // The States counted and not counted are in a collapsible block, with the population rule.
    Element lap232 = article(report.entries().stream().filter(e -> e.indicator().id().equals("LAP-23.2"))
        .findFirst().get());
    assertEquals("States: 0 counted, 0 reported but not counted, 10 with no data (States Parties (Convention in "
        + "force on 2025-04-30) with an outstanding Article 4 clearance obligation, on 2025-04-30)",
        lap232.selectFirst("details.states > summary").text());
    assertEquals(10, lap232.select("details.states li").size());
    assertEquals(List.of("10MSP", "11MSP", "12MSP", "13MSP"), lap232.select("table.cycles tbody th").eachText());
  }

  @Test
  void theMainExampleWritesTheReportNextToItsTextAndSaysWhere(@TempDir Path folder) throws Exception {
    java.io.PrintStream out = System.out;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    try {
      System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
      LausanneProgress.main(new String[] {folder.toString()});
    } finally {
      System.setOut(out);
    }
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    Path file = folder.resolve("lap-progress-13MSP.html").toAbsolutePath();
    assertEquals("HTML progress report of the 13MSP cycle: " + file, lines.get(lines.size() - 1));
    assertTrue(Files.size(file) > 0);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("## V. Survey and clearance")), "the text output comes first");
  }

  private static Element article(ProgressEntry e) {
    Element a = html.selectFirst("article[data-indicator=" + e.indicator().id() + "]");
    assertTrue(a != null, "no article for " + e.indicator().id());
    return a;
  }
}
