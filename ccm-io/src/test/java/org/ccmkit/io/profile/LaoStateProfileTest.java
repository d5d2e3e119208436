package org.ccmkit.io.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.SubjectId;
import org.ccmkit.indicators.profile.ProfileEntry;
import org.ccmkit.indicators.profile.ProfileStatus;
import org.ccmkit.indicators.profile.StateProfile;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.write.StateProfileWriter;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.obligation.ObligationStatus;
import org.junit.jupiter.api.Test;

/** Lao PDR's profile on the Lausanne Action Plan at the 13MSP cycle, from the published record. */
class LaoStateProfileTest {

  private static final MonitoringDataset RECORD = Datasets.publishedRecord().dataset();
  private static final StateProfile LAO = StateProfile.of(IndicatorEvaluator.of(Catalogues.dataElements()),
      Catalogues.lausanne(), RECORD, RECORD.cycle("13MSP").get(), "LAO");

  private static List<String> ids(ProfileStatus status) {
    return LAO.entries(status).stream().map(e -> e.indicator().id()).toList();
  }

  @Test
  void everyLapIndicatorWithLaosStatus() {
    assertEquals(77, LAO.entries().size());
    // counted, each by a fact the documents state of Lao PDR
    assertEquals(List.of("LAP-4.1", "LAP-24.1", "LAP-28.1", "LAP-30.1", "LAP-33.2", "LAP-35.1", "LAP-42.1",
        "LAP-44.1"), ids(ProfileStatus.COUNTED));
    ProfileEntry re = LAO.entry("LAP-28.1").get();
    assertTrue(re.sources().contains(SourceRef.of("RD", "para 118")), re::toString);
    assertTrue(LAO.entry("LAP-30.1").get().sources().contains(SourceRef.of("RD", "para 126")));
    // not counted: a fact says no (RD para 160: not using innovative financing; RD para 44: no non-compliance)
    assertEquals(List.of("LAP-38.2", "LAP-49.1"), ids(ProfileStatus.NOT_COUNTED));
    // not applicable: populations Lao PDR is outside, each with the reason
    assertEquals(List.of("LAP-3.1", "LAP-3.2", "LAP-10.1", "LAP-10.2", "LAP-10.3", "LAP-11.2", "LAP-11.3", "LAP-12.1",
        "LAP-12.2", "LAP-14.1", "LAP-15.1", "LAP-17.1", "LAP-17.2", "LAP-20.1", "LAP-41.1", "LAP-41.2"),
        ids(ProfileStatus.NOT_APPLICABLE));
    assertTrue(LAO.entry("LAP-10.2").get().reason().startsWith("LAO is a State Party on 2025-04-30"));
    assertTrue(LAO.entry("LAP-12.1").get().reason().contains("outstanding Article 3 stockpile destruction"));
    assertTrue(LAO.entry("LAP-15.1").get().reason().equals("no extension request of LAO considered at the 13MSP"));
    assertTrue(LAO.entry("LAP-3.1").get().reason().startsWith("left out by the qualifier cooperation.assistance-provided"));
    // not evaluable: the record cannot compute the population (LAP-13.1, LAP-25.1) or holds no data on the subject
    assertEquals(List.of("LAP-4.2", "LAP-11.1", "LAP-11.4", "LAP-13.1", "LAP-25.1"), ids(ProfileStatus.NOT_EVALUABLE));
    // the rest: in the population (affected, with victims, a State Party) and no fact: unknown in the record
    assertEquals(46, LAO.entries(ProfileStatus.NO_DATA).size());
    assertTrue(LAO.entry("LAP-23.2").get().reason().endsWith("unknown, the data do not record every fact"));
  }

  @Test
  void atThe12MspItsArticle4ExtensionRequestIsItsSubjectInTheIndicatorsOfRequests() {
    // RD: Lao PDR's Article 4 extension request was considered at the 12MSP; LAP-15.1 counts extension requests.
    StateProfile at12 = StateProfile.of(IndicatorEvaluator.of(Catalogues.dataElements()), Catalogues.lausanne(),
        RECORD, RECORD.cycle("12MSP").get(), "LAO");
    ProfileEntry requests = at12.entry("LAP-15.1").get();
    assertEquals(List.of("LAO-4-12MSP"), requests.subjects().stream().map(e -> e.subject()).toList());
    assertEquals(SubjectId.extensionRequest("LAO", 4, "12MSP"), requests.subjects().get(0).subjectId());
    assertTrue(requests.status() != ProfileStatus.NOT_APPLICABLE, requests.toString());
  }

  @Test
  void itsObligationsAndArticle7ReportsWithTheirStatuses() {
    // Article 4 (in force 1 August 2010, deadline 1 August 2020; an extension requested at the 12MSP, the deadline
    // granted not printed) and Article 5
    assertEquals(List.of(ObligationStatus.DEADLINE_UNKNOWN, ObligationStatus.PENDING),
        LAO.obligations().stream().map(o -> o.status()).toList());
    // the initial report (due 2011-01-28) and the annual reports covering 2011-2024; RD para 183's "as of August
    // 2025" comes after the cycle's date, and no document names an annual report's submission: all unknown
    assertEquals(15, LAO.reports().size());
    assertTrue(LAO.reports().stream().allMatch(r -> r.status() == ObligationStatus.UNKNOWN));
    assertEquals("2011-01-28", LAO.reports().get(0).deadline().get().toString());
  }

  @Test
  void writtenAsMarkdownJsonAndASelfContainedHtmlPage() throws Exception {
    String md = StateProfileWriter.markdown(LAO);
    assertTrue(md.startsWith("## State profile: Lao People's Democratic Republic (LAO), LAP, 13MSP cycle"), md);
    assertTrue(md.contains("- Counted: 8\n- Not counted: 2\n- No data: 46\n- Not applicable: 16\n- Not evaluable: 5\n"));
    assertTrue(md.contains("| LAP-28.1 |"));
    JsonNode json = new ObjectMapper().readTree(StateProfileWriter.json(LAO));
    assertEquals("LAO", json.get("state").asText());
    assertEquals(8, json.get("counts").get("COUNTED").asInt());
    assertEquals(77, json.get("indicators").size());
    assertEquals("DEADLINE_UNKNOWN", json.get("obligations").get(0).get("status").asText());
    String html = StateProfileWriter.html(LAO);
    assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<style>") && !html.contains("<script")
        && !html.contains("<link"));
    assertEquals(3, count(html, "<table>"));
    assertEquals(3, count(html, "<thead>"));
    // one row per indicator, obligation and report, each headed by a row header
    assertEquals(77 + 2 + 15, count(html, "<th scope=\"row\">"));
    assertTrue(html.contains("Lao People&#39;s Democratic Republic"));
  }

  @Test
  void aStateTheRegisterDoesNotListIsRefusedWithItsCode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StateProfile.of(
        IndicatorEvaluator.of(), Catalogues.lausanne(), RECORD, RECORD.cycle("13MSP").get(), "LA0"));
    assertTrue(e.getMessage().contains("'LA0' is not in the register"), e.getMessage());
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
