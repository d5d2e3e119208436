package org.ccmkit.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.fhir.MeasureReportType;
import org.ccmkit.model.plan.ActionPlan;
import org.junit.jupiter.api.Test;

/**
 * LAP-23.2 at the 13MSP cycle on the embedded record as a FHIR R4 MeasureReport: the ten affected States Parties of
 * RD para 86 in the initial population and the denominator, none counted (the record names none of UNIDIR's nine),
 * ten with no data, and UNIDIR's printed 9 of 10 as the score. The shape is checked against the R4 rules that can be
 * checked offline ({@link #assertValidR4}).
 */
class MeasureReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ActionPlan LAP = Catalogues.lausanne();
  private static final MonitoringDataset DATA = Datasets.publishedRecord().dataset();
  private static final Evaluation LAP_23_2 = IndicatorEvaluator.of(Catalogues.dataElements())
      .evaluate(LAP.indicator("LAP-23.2").get(), DATA, DATA.cycle("13MSP").get());
  private static final Provenance PROVENANCE = Provenance.of(LAP, DATA, LAP_23_2.cycle());

  /** measure-population (R4, http://terminology.hl7.org/CodeSystem/measure-population). */
  private static final Set<String> MEASURE_POPULATION = Set.of("initial-population", "numerator",
      "numerator-exclusion", "denominator", "denominator-exclusion", "denominator-exception", "measure-population",
      "measure-population-exclusion", "measure-observation");
  /** measure-report-type (R4). */
  private static final Set<String> REPORT_TYPES = Set.of("individual", "subject-list", "summary", "data-collection");

  @Test
  void theSubjectListHasThePopulationCountsAndSubjectsOfTheEvaluation() throws Exception {
    JsonNode r = JSON.readTree(MeasureReportWriter.json(LAP_23_2, MeasureReportType.SUBJECT_LIST, PROVENANCE));
    assertValidR4(r);
    assertEquals("subject-list", r.get("type").asText());
    assertEquals("2025-04-30", r.get("date").asText());
    assertEquals("increase", r.at("/improvementNotation/coding/0/code").asText());
    Map<String, JsonNode> lists = contained(r);
    JsonNode populations = r.at("/group/0/population");
    assertEquals(LAP_23_2.populations().size(), populations.size());
    for (int i = 0; i < populations.size(); i++) {
      PopulationResult expected = LAP_23_2.populations().get(i);
      JsonNode p = populations.get(i);
      assertEquals(expected.code().code(), p.at("/code/coding/0/code").asText());
      assertEquals(expected.count(), p.get("count").asInt(), expected.code().code());
      JsonNode list = lists.get(p.at("/subjectResults/reference").asText().substring(1));
      List<String> subjects = new ArrayList<>();
      list.path("entry").forEach(x -> subjects.add(x.at("/item/identifier/value").asText()));
      assertEquals(expected.subjectCodes(), subjects, expected.code().code());
    }
    assertEquals(List.of("initial-population", "denominator", "numerator", "no-data"),
        codes(populations));
    assertEquals(List.of(10, 10, 0, 10), counts(populations));
    assertEquals(MeasureReportWriter.POPULATION_SYSTEM, populations.get(3).at("/code/coding/0/system").asText());
    assertEquals(List.of("AFG", "CHL", "DEU", "IRQ", "LAO", "LBN", "MRT", "SOM", "SSD", "TCD"),
        LAP_23_2.initialPopulation().stream().map(s -> s.subject()).toList());
    assertEquals("nilknown", lists.get("list-numerator").at("/emptyReason/coding/0/code").asText());
    // UNIDIR's 9 of 10 (line 139), shown from print: the score, with its numerator and denominator.
    assertEquals(9, r.at("/group/0/measureScore/value").asInt());
    assertEquals("UNIDIR Executive summary, Key findings, Survey and Clearance, line 139", extension(r, "source"));
    assertEquals("PUBLISHED", extension(r, "evaluation-status"));
  }

  @Test
  void theSummaryHasCountsWithoutSubjectsAndTheProvenanceInMeta() throws Exception {
    JsonNode r = JSON.readTree(MeasureReportWriter.json(LAP_23_2, MeasureReportType.SUMMARY, PROVENANCE));
    assertValidR4(r);
    assertFalse(r.has("contained"));
    assertEquals(List.of(10, 10, 0, 10), counts(r.at("/group/0/population")));
    List<String> tags = new ArrayList<>();
    r.at("/meta/tag").forEach(t -> tags.add(t.get("code").asText() + "=" + t.get("display").asText()));
    assertEquals(List.of("library-version=" + Provenance.libraryVersionOfThisBuild(),
        "catalogue=LAP (document of 2020-10-05)", "dataset-digest=" + Provenance.digest(DATA),
        "cycles=13MSP (populations on 2025-04-30)"), tags);
  }

  @Test
  void anIndividualReportPlacesOneStateInItsPopulations() throws Exception {
    JsonNode r = JSON.readTree(MeasureReportWriter.individual(LAP_23_2, "LAO", PROVENANCE));
    assertValidR4(r);
    assertEquals("LAO", r.at("/subject/identifier/value").asText());
    assertEquals("Lao People's Democratic Republic", r.at("/subject/display").asText());
    assertEquals(List.of("initial-population", "denominator", "no-data"), codes(r.at("/group/0/population")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MeasureReportWriter.individual(LAP_23_2, "FRA", PROVENANCE));
    assertTrue(e.getMessage().startsWith("MeasureReportWriter.individual: subject 'FRA' is in no population of "
        + "LAP-23.2 13MSP; known subjects: [AFG, CHL,"), e.getMessage());
  }

  @Test
  void everyEvaluationOfThePlanAtThe13mspIsAValidMeasureReportAndABoundIsAComparator() throws Exception {
    int bounds = 0;
    for (Evaluation e : IndicatorEvaluator.of(Catalogues.dataElements()).evaluatePlan(LAP, DATA,
        DATA.cycle("13MSP").get())) {
      for (MeasureReportType type : List.of(MeasureReportType.SUMMARY, MeasureReportType.SUBJECT_LIST)) {
        JsonNode r = JSON.readTree(MeasureReportWriter.json(e, type, PROVENANCE));
        assertValidR4(r);
        if (e.score().flatMap(s -> s.bound()).filter(b -> b == org.ccmkit.indicators.data.Bound.AT_LEAST)
            .isPresent()) {
          assertEquals(">=", r.at("/group/0/measureScore/comparator").asText(), e.toString());
          bounds++;
        }
      }
    }
    assertTrue(bounds > 0, "the record has computed lower bounds at the 13MSP cycle");
  }

  private static List<String> codes(JsonNode populations) {
    List<String> codes = new ArrayList<>();
    populations.forEach(p -> codes.add(p.at("/code/coding/0/code").asText()));
    return codes;
  }

  private static List<Integer> counts(JsonNode populations) {
    List<Integer> counts = new ArrayList<>();
    populations.forEach(p -> counts.add(p.get("count").asInt()));
    return counts;
  }

  private static String extension(JsonNode r, String name) {
    for (JsonNode x : r.get("extension")) {
      if (x.get("url").asText().equals(MeasureReportWriter.CANONICAL + "/StructureDefinition/" + name)) {
        return lastValue(x);
      }
    }
    return null;
  }

  private static String lastValue(JsonNode x) {
    String value = null;
    for (var f : x.properties()) {
      if (f.getKey().startsWith("value")) {
        value = f.getValue().asText();
      }
    }
    return value;
  }

  private static Map<String, JsonNode> contained(JsonNode r) {
    Map<String, JsonNode> byId = new HashMap<>();
    r.path("contained").forEach(c -> byId.put(c.get("id").asText(), c));
    return byId;
  }

  /**
   * The FHIR R4 rules that can be checked without a validator: the JSON rules (no null, no empty string, array or
   * object; ids and dates in their formats), MeasureReport's required elements (status, type, measure, period) with
   * their code values, each population's code from measure-population (or ccmkit's own system) with a count, each
   * contained resource referenced and a List with its required status and mode, and an individual report's subject.
   */
  static void assertValidR4(JsonNode r) {
    assertJsonRules(r, "");
    assertEquals("MeasureReport", r.get("resourceType").asText());
    assertTrue(r.get("id").asText().matches("[A-Za-z0-9\\-.]{1,64}"), r.get("id").asText());
    assertTrue(Set.of("complete", "pending", "error").contains(r.path("status").asText()), "status");
    assertTrue(REPORT_TYPES.contains(r.path("type").asText()), "type");
    assertTrue(r.path("measure").asText().matches("https?://\\S+"), "measure must be a canonical URL");
    assertTrue(r.at("/period/start").asText().matches("\\d{4}-\\d{2}-\\d{2}"), "period.start");
    assertTrue(r.at("/period/end").asText().matches("\\d{4}-\\d{2}-\\d{2}"), "period.end");
    assertTrue(r.at("/period/start").asText().compareTo(r.at("/period/end").asText()) <= 0, "period");
    assertTrue(r.path("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"), "date");
    if (r.has("improvementNotation")) {
      assertEquals("http://terminology.hl7.org/CodeSystem/measure-improvement-notation",
          r.at("/improvementNotation/coding/0/system").asText());
      assertTrue(Set.of("increase", "decrease").contains(r.at("/improvementNotation/coding/0/code").asText()));
    }
    Map<String, JsonNode> contained = contained(r);
    Set<String> referenced = new java.util.HashSet<>();
    for (JsonNode g : r.path("group")) {
      for (JsonNode p : g.path("population")) {
        String system = p.at("/code/coding/0/system").asText();
        String code = p.at("/code/coding/0/code").asText();
        if (system.equals("http://terminology.hl7.org/CodeSystem/measure-population")) {
          assertTrue(MEASURE_POPULATION.contains(code), "measure-population has no code " + code);
        } else {
          assertEquals(MeasureReportWriter.POPULATION_SYSTEM, system);
          assertTrue(Set.of("no-data", "left").contains(code), code);
        }
        assertTrue(p.get("count").isInt() && p.get("count").asInt() >= 0, "count");
        if (p.has("subjectResults")) {
          assertEquals("subject-list", r.get("type").asText(), "subjectResults only in a subject list");
          String ref = p.at("/subjectResults/reference").asText();
          assertTrue(ref.startsWith("#") && contained.containsKey(ref.substring(1)), "unresolved " + ref);
          referenced.add(ref.substring(1));
          JsonNode list = contained.get(ref.substring(1));
          assertEquals(p.get("count").asInt(), list.path("entry").size(), "count against the list " + ref);
        }
      }
      if (g.has("measureScore")) {
        JsonNode q = g.get("measureScore");
        assertTrue(q.get("value").isNumber(), "measureScore.value");
        if (q.has("comparator")) {
          assertTrue(Set.of("<", "<=", ">=", ">").contains(q.get("comparator").asText()));
        }
      }
    }
    for (JsonNode c : r.path("contained")) {
      assertEquals("List", c.get("resourceType").asText());
      assertTrue(referenced.contains(c.get("id").asText()), "dom-3: contained " + c.get("id") + " not referenced");
      assertTrue(Set.of("current", "retired", "entered-in-error").contains(c.path("status").asText()));
      assertTrue(Set.of("working", "snapshot", "changes").contains(c.path("mode").asText()));
      assertFalse(c.has("meta") || c.has("contained"), "dom-2, dom-4");
      assertTrue(!c.has("emptyReason") || !c.has("entry"), "lst-1: emptyReason only on an empty list");
      c.path("entry").forEach(e -> assertTrue(e.has("item"), "List.entry.item is required"));
    }
    if (r.get("type").asText().equals("individual")) {
      assertTrue(r.has("subject"), "an individual report has a subject");
    } else if (r.get("type").asText().equals("summary")) {
      assertFalse(r.has("subject") || r.has("contained"));
    }
  }

  private static void assertJsonRules(JsonNode n, String path) {
    assertFalse(n.isNull(), "FHIR JSON has no null: " + path);
    if (n.isTextual()) {
      assertFalse(n.asText().isEmpty(), "FHIR JSON has no empty string: " + path);
      assertEquals(n.asText().strip(), n.asText(), "no leading or trailing white space: " + path);
    } else if (n.isArray()) {
      assertFalse(n.isEmpty(), "FHIR JSON has no empty array: " + path);
      for (int i = 0; i < n.size(); i++) {
        assertJsonRules(n.get(i), path + "/" + i);
      }
    } else if (n.isObject()) {
      assertFalse(n.isEmpty(), "FHIR JSON has no empty object: " + path);
      n.properties().forEach(f -> assertJsonRules(f.getValue(), path + "/" + f.getKey()));
    }
  }
}
