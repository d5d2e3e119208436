package org.ccmkit.io.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ccmkit.io.Catalogues;
import org.ccmkit.model.lint.LintFinding;
import org.ccmkit.model.lint.LintKind;
import org.ccmkit.model.lint.PlanLint;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.NoteKind;
import org.junit.jupiter.api.Test;

/**
 * The lint on the shipped catalogues finds the drafting problems their notes record, and more. The expected findings
 * are listed by hand, each checked against the catalogue's text and the note that records it (the VCAP's line numbers
 * are the draft's).
 */
class PlanLintOnCataloguesTest {

  private static String key(LintFinding f) {
    return f.locator() + " | " + f.subject() + " | " + f.kind();
  }

  private static Set<String> detected(ActionPlan plan) {
    return PlanLint.detected(plan).stream().filter(f -> f.kind() != LintKind.PLACEHOLDER_BASELINE)
        .map(PlanLintOnCataloguesTest::key).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theDraftVcapsDraftingProblemsEachWithItsLocator() {
    Set<String> expected = new TreeSet<>(List.of(
        // "Percentage of: of international assistance" (note on VCAP-3.e): "of" doubled, a share with no population
        "VCAP line 87 | VCAP-3.e | DOUBLED_WORD",
        "VCAP line 87 | VCAP-3.e | POPULATION_NOT_COMPUTABLE",
        // INCONSISTENCY notes: a "Number of" line under "Percentage of:" (line 119) and the reverse (line 141)
        "VCAP line 125 | VCAP-6.c | HEADING_AGAINST_ITEM",
        "VCAP line 149 | VCAP-8.c | HEADING_AGAINST_ITEM",
        "VCAP line 151 | VCAP-8.d | HEADING_AGAINST_ITEM",
        "VCAP line 581 | VCAP-37.c | HEADING_AGAINST_ITEM",
        // "These system should" (action 8), "systems includes" (8.c), "systems remains" (8.d), kept verbatim
        "VCAP line 135 | VCAP action 8 | GRAMMAR_CLASH",
        "VCAP line 149 | VCAP-8.c | GRAMMAR_CLASH",
        "VCAP line 151 | VCAP-8.d | GRAMMAR_CLASH",
        // heading "Number of States Parties that report having" (line 141) and "Number of" (line 337), no colon
        "VCAP line 143 | VCAP-8.a | MISSING_COLON",
        "VCAP line 147 | VCAP-8.b | MISSING_COLON",
        "VCAP line 339 | VCAP-21.a | MISSING_COLON",
        "VCAP line 340 | VCAP-21.b | MISSING_COLON",
        // percentage indicators with a count baseline ("X", "0; 2026"), count indicators with "X%"
        "VCAP line 171 | VCAP-10.a | MEASURE_AGAINST_BASELINE",
        "VCAP line 258 | VCAP-15.a | MEASURE_AGAINST_BASELINE",
        "VCAP line 260 | VCAP-15.b | MEASURE_AGAINST_BASELINE",
        "VCAP line 339 | VCAP-21.a | MEASURE_AGAINST_BASELINE",
        "VCAP line 340 | VCAP-21.b | MEASURE_AGAINST_BASELINE",
        "VCAP line 548 | VCAP-35.d | MEASURE_AGAINST_BASELINE",
        // "(*baseline ;*)" and "(*baseline -*)"
        "VCAP line 561 | VCAP-36.b | EMPTY_BASELINE",
        "VCAP line 654 | VCAP-42.b | EMPTY_BASELINE",
        // "112" with no date, while (b) "16; 13MSP" and (d) "...; 2025" are dated
        "VCAP line 217 | VCAP-12.a | UNDATED_BASELINE",
        // "States" with no population (11.b); "new States Parties" (13.b); "affected ... completed" (25.a, 25.b);
        // "in near completion" (36.b)
        "VCAP line 201 | VCAP-11.b | POPULATION_NOT_COMPUTABLE",
        "VCAP line 240 | VCAP-13.b | POPULATION_NOT_COMPUTABLE",
        "VCAP line 383 | VCAP-25.a | POPULATION_NOT_COMPUTABLE",
        "VCAP line 385 | VCAP-25.b | POPULATION_NOT_COMPUTABLE",
        "VCAP line 561 | VCAP-36.b | POPULATION_NOT_COMPUTABLE",
        // "Number of ... and percentage of those" (16.b); "Percentage of ... and the quantity retained" (18.a)
        "VCAP line 272 | VCAP-16.b | COMPOUND_INDICATOR",
        "VCAP line 292 | VCAP-18.a | COMPOUND_INDICATOR",
        // "that have: undertaken ... that have provided" (17.a), "that have: report" (17.b), "that: whose" (20.c),
        // "by the deadline set by in Article 7" (37.a)
        "VCAP line 282 | VCAP-17.a | GRAMMAR_CLASH",
        "VCAP line 284 | VCAP-17.b | GRAMMAR_CLASH",
        "VCAP line 329 | VCAP-20.c | GRAMMAR_CLASH",
        "VCAP line 579 | VCAP-37.a | GRAMMAR_CLASH",
        // "Percentage of affected States Parties reporting: reporting in annual Article 7 reports"
        "VCAP line 431 | VCAP-28.e | DOUBLED_WORD",
        // action 27, a drafting placeholder, printed without an indicator (MISSING_INDICATOR note)
        "VCAP line 395 | VCAP action 27 | NO_INDICATOR",
        // "Transparency measures" (line 563) without a numeral between VIII and IX
        "VCAP line 571 | VCAP action 37 | LABEL_SEQUENCE"));
    assertEquals(expected, detected(Catalogues.vientianeCapital()));
  }

  @Test
  void everyVcapBaselinePrintedAsXIsAPlaceholderAndNoOtherIs() {
    ActionPlan vcap = Catalogues.vientianeCapital();
    Set<String> placeholders = PlanLint.detected(vcap).stream().filter(f -> f.kind() == LintKind.PLACEHOLDER_BASELINE)
        .map(f -> f.indicator().get()).collect(Collectors.toSet());
    // the baselines printed with a value, or empty: every other of the 113 prints "X", "X%", "X/X%" or "X%; mid-2026"
    Set<String> printed = Set.of("VCAP-12.a", "VCAP-12.b", "VCAP-12.d", "VCAP-13.a", "VCAP-13.b", "VCAP-15.a",
        "VCAP-15.b", "VCAP-16.b", "VCAP-36.b", "VCAP-42.a", "VCAP-42.b", "VCAP-43.a", "VCAP-43.b", "VCAP-43.c");
    Set<String> expected = vcap.indicators().stream().map(Indicator::id).filter(id -> !printed.contains(id))
        .collect(Collectors.toSet());
    assertEquals(expected, placeholders);
    assertEquals(99, placeholders.size());
  }

  @Test
  void theVcapsInconsistencyAndMissingIndicatorNotesAreFoundInTheTextButOne() {
    ActionPlan vcap = Catalogues.vientianeCapital();
    Set<String> found = PlanLint.detected(vcap).stream().map(LintFinding::subject).collect(Collectors.toSet());
    Set<String> noted = new TreeSet<>();
    vcap.actions().forEach(a -> {
      a.notes().stream().filter(n -> n.kind() == NoteKind.INCONSISTENCY || n.kind() == NoteKind.MISSING_INDICATOR)
          .forEach(n -> noted.add("VCAP action " + a.number()));
      a.indicators().forEach(i -> i.notes().stream().filter(n -> n.kind() == NoteKind.INCONSISTENCY)
          .forEach(n -> noted.add(i.id())));
    });
    noted.removeAll(found);
    // 12.d: "40 or 70% of all States not party" is arithmetic against the section's status paragraph, not the text
    assertEquals(Set.of("VCAP-12.d"), noted);
  }

  @Test
  void onTheLapItReportsThePageBreakAndWordingArtefactsItsNotesRecord() {
    ActionPlan lap = Catalogues.lausanne();
    Set<String> expected = new TreeSet<>(List.of(
        // "The number women presiding" (missing "of"), and four counts in one indicator (notes on LAP-4.2)
        "LAP line 223 | LAP-4.2 | WORDING",
        "LAP line 223 | LAP-4.2 | COMPOUND_INDICATOR",
        // a count and a quantity (17.1), two counts (48.2)
        "LAP line 243 | LAP-17.1 | COMPOUND_INDICATOR",
        "LAP line 291 | LAP-48.2 | COMPOUND_INDICATOR",
        // "affected states" in lower case, without "Parties"
        "LAP line 245 | LAP-19.1 | WORDING",
        "LAP line 250 | LAP-21.2 | WORDING",
        // "haven taken"
        "LAP line 281 | LAP-42.1 | WORDING",
        // 15.1 and 20.1 printed word for word the same
        "LAP line 246 | LAP-20.1 | DUPLICATE_TEXT",
        // "affected States Parties that have completed their Article 4 obligations"
        "LAP line 254 | LAP-25.1 | POPULATION_NOT_COMPUTABLE",
        // the row of action 31 (line 265) holds action 30's indicator: the page-break slide the notes attribute
        "LAP line 265 | LAP-31.1 | ROW_SHARED"));
    assertEquals(expected, detected(lap));
    // The rows split across page breaks, joined in the catalogue's text, are reported from its notes.
    Set<String> recorded = PlanLint.check(lap).stream().filter(f -> f.kind() == LintKind.RECORDED)
        .filter(f -> f.text().contains("page break")).map(LintFinding::subject).collect(Collectors.toSet());
    assertEquals(Set.of("LAP action 12", "LAP action 20", "LAP action 25", "LAP action 34", "LAP-29.2", "LAP-34.2"),
        recorded);
    // and the indicators the notes attribute to the action they measure, not the row that prints them
    Set<String> attributed = PlanLint.check(lap).stream().filter(f -> f.kind() == LintKind.RECORDED)
        .filter(f -> f.message().startsWith("the catalogue records ATTRIBUTION")).map(LintFinding::subject)
        .collect(Collectors.toSet());
    assertEquals(Set.of("LAP-29.2", "LAP action 30", "LAP-30.1", "LAP-31.1"), attributed);
    assertTrue(PlanLint.check(lap).stream().filter(f -> f.kind() == LintKind.RECORDED)
        .allMatch(f -> f.message().startsWith("the catalogue records ")));
  }
}
