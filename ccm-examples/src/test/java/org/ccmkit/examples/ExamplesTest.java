package org.ccmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.junit.jupiter.api.Test;

/** The examples run in the build, and their output is checked against the documents. */
class ExamplesTest {

  static void assertContains(String output, String expected) {
    assertTrue(output.contains(expected), () -> "expected to find\n  " + expected + "\nin\n" + output);
  }

  @Test
  void mainExamplePrintsTheProgressTableWithFiguresFromTheDocuments() {
    String out = LausanneProgress.render(Catalogues.lausanne(), Datasets.publishedRecord());
    // Action 23's second indicator: 3 of 10 in 2022 (10MSP) and 9 of 10 in 2025 (13MSP), printed by UNIDIR
    assertContains(out, "LAP-23.2       3/10p     3/10p     6/10p     9/10p  ▁▁▅█      +6  improved");
    // 51 States Parties reporting on time at the 10MSP cycle (RD para 185); "did not exceed 51" annual reports over
    // 10MSP–12MSP and 63 annual reports at the 13MSP (para 181) are a component's figures: no trend across them
    assertContains(out, "LAP-43.1         51p         ·    ≤~51†p      63†p  ▅             no trend");
    // RD para 124 prints nine for the 13MSP cycle; para 118's named States give at least nine over the period
    assertContains(out, "LAP-28.1       8/10p     6/10p     8/10p     9/10p  ▆▁▆█      +1  improved");
    assertContains(out, "## V. Survey and clearance");
  }

  @Test
  void mainExampleSaysHowManyIndicatorCyclesWereComputedAndSetsEachBesideThePrintedFigures() {
    String out = LausanneProgress.render(Catalogues.lausanne(), Datasets.publishedRecord());
    // The eighth bound: LAP-39.2 counts "providing or receiving" by any-of, and at the 13MSP the Review Document names
    // Germany, France and Norway providing and Peru receiving: at least 4, beside the 32 printed.
    assertContains(out, "- LAP-39.2 13MSP: ≥ 4 (shown from print: 32) (107 with no data)");
    assertContains(out, "308 indicator-cycles (77 indicators × 4 cycles): 14 computed from facts, 115 shown from "
        + "print (8 of them beside a bound computed from facts), 0 where the documents disagree and no rule picks one, "
        + "114 with no data, 65 not evaluable.");
    assertContains(out, "- LAP-28.1 13MSP: ≥ 9 over 10MSP–13MSP (shown from print: 9 of 10 (90.00 %)) (1 with no "
        + "data)\n    printed > 8 (10MSP–13MSP) [RD para 124]: consistent\n    printed 9 [RD para 124]: consistent");
    // RD para 36's twenty States not party include Honduras, a State Party since 2012 by the depositary
    assertContains(out, "named for the printed figure, not counted: [HND]");
    // RD para 186's "above twenty-two" cannot be: the population has nineteen members at the 13MSP cycle
    assertContains(out, "flag PUBLISHED_EXCEEDS_POPULATION: printed > 22 (period 10MSP–13MSP) [RD para 186], but the "
        + "population computed on 2025-04-30 has 19 members");
    assertContains(out, "    printed > 22 (10MSP–13MSP) [RD para 186]: differs");
  }

  @Test
  void mainExampleRecomputesFiguresFromTheRegister() {
    String out = LausanneProgress.render(Catalogues.lausanne(), Datasets.publishedRecord());
    assertContains(out, "States Parties (instrument deposited, not withdrawn) on 2026-06-30: 112");
    assertContains(out, "VCAP-12.a baseline prints 112");
    assertContains(out, "at the 13MSP cycle (2025-04-30): 10 [AFG, CHL, DEU, IRQ, LAO, LBN, MRT, SOM, SSD, TCD]");
    assertContains(out, "- LAP-10.1 at the 13MSP cycle: +1 (2 entered); joined NGA (State Party: instrument deposited "
        + "2023-02-28), SSD (State Party: instrument deposited 2023-08-03), left LTU (Left the population: "
        + "withdrawal took effect 2025-03-06)");
    // RD para 29's three over 2021–2025, Vanuatu (5 September 2025) included
    assertContains(out, "printed 3 (10MSP–13MSP) [RD para 29]: agrees, computed entered between 2021-01-01 and "
        + "2025-12-31, the printed figure's period 10MSP–13MSP: [NGA, SSD, VUT]");
    assertContains(out, "- Initial Article 7 reports at the 13MSP cycle: 111 expected, 106 received (day not given), "
        + "5 not received, 0 unknown; reporting rate 95.50 %");
    assertContains(out, "Cabo Verde                       deposit 2010-10-19  in force 2011-04-01  due 2011-09-28  "
        + "(printed: 2011) agrees; not submitted on 2025-08-01, overdue since 2011-09-28");
    assertContains(out, "Rwanda");
    assertTrue(!out.contains(") DIFFERS;"), "every due year agrees with RD para 183\n" + out);
  }

  @Test
  void followingLap23IntoTheVcap() {
    String out = FollowIndicator.render("LAP-23.2");
    assertContains(out, "LAP-23.2: The number of affected States Parties");
    assertContains(out, "continued by VCAP action 23 (continues LAP [23])");
  }

  @Test
  void laoObligationsOnTheDayThe13MspReportsWereDue() {
    String out = StateObligations.render("LAO", LocalDate.of(2025, 4, 30));
    assertContains(out, "Lao People's Democratic Republic (LAO)");
    assertContains(out, "Article 4 clearance (contamination at entry into force) (Art. 4(1)(a))");
    assertContains(out, "Article 5 victim assistance (Art. 5): PENDING");
    // Not among RD para 183's five: submitted by August 2025, the day not given; on 30 April 2025 that is unknown.
    assertContains(out, "Article 7 initial report (Art. 7(1)): due 2011-01-28; submitted by 2025-08-31, the day not "
        + "given: UNKNOWN [RD para 183]");
    assertContains(out, "Article 7 annual report covering 2023 (Art. 7(2)): due 2024-04-30; no submission in the "
        + "record: UNKNOWN");
    // The RD lists Lao PDR's extension request at the 12MSP (para 83, fn 12) but prints no granted deadline:
    // the deadline in force is unknown, and the example must not call the obligation overdue.
    assertContains(out, "deadline in force unknown: last deadline known 2020-08-01 passed, extensions granted not "
        + "recorded; extension requested at 12MSP [RD para 83, fn 12]");
    assertTrue(!out.contains("OVERDUE"), out);
    assertContains(StateObligations.render("LAO", LocalDate.of(2025, 9, 1)), "due 2011-01-28; submitted by "
        + "2025-08-31, the day not given: COMPLETED_TIMELINESS_UNKNOWN [RD para 183]");
    // Cabo Verde is one of the five: overdue since 28 September 2011, and the only report of its that is.
    String cpv = StateObligations.render("CPV", LocalDate.of(2025, 8, 1));
    assertContains(cpv, "Article 7 initial report (Art. 7(1)): due 2011-09-28; not submitted on 2025-08-01: OVERDUE "
        + "[RD para 183]");
    assertEquals(1, cpv.lines().filter(l -> l.contains("OVERDUE")).count(), cpv);
  }

  @Test
  void evaluatingLap23Point2ListsTheNineStatesCountedAndTheOneUnknown() {
    String out = EvaluateIndicator.render("LAP-23.2", "13MSP");
    // The illustrative facts name nine, and the documents print nine of ten for the cycle: exactly nine.
    assertContains(out, "value: LAP-23.2 13MSP: COMPUTED 9 of 10 (90.00 %) — Computed from the facts: the States they "
        + "name account for the count printed for the cycle, 9 [RD para 102]");
    assertContains(out, "population (10): AFG, CHL, DEU, IRQ, LAO, LBN, MRT, SOM, SSD, TCD");
    assertContains(out, "counted (9):");
    assertContains(out, "  LAO  Lao People's Democratic Republic     gender.integrated-in-clearance-planning = true "
        + "[EXAMPLE lap-23.2-facts.csv (illustrative)]");
    assertContains(out, "no data, unknown rather than not counted (1):\n  TCD  Chad");
    assertContains(out, "not counted, having reported without meeting the criterion (0):");
    assertContains(out, "9 of 10  [UNIDIR section 3.2, box 'ACTION 23. INDICATOR 2', line 424]  agrees with the "
        + "computed value");
    assertTrue(!out.contains("DIFFERS"), out);
  }

  @Test
  void readingACsvWithErrorsAccountsForEveryRowAndNamesEachFailure() {
    String out = ReadUserData.render(org.ccmkit.io.read.Input.of(ReadUserData.class.getResource(ReadUserData.FILE)));
    assertContains(out, "rows read 8 = accepted 3 + failed 5");
    assertContains(out, "UNKNOWN_STATE: facts-with-errors.csv, line 4, column 1, facts row 3, field 'subject': "
        + "State not in the register: 'IRK'");
    assertContains(out, "UNKNOWN_DATA_ELEMENT: facts-with-errors.csv, line 5");
    assertContains(out, "'gender.integrated-in-clearence-planning'");
    assertContains(out, "WRONG_TYPE: facts-with-errors.csv, line 6");
    assertContains(out, "UNKNOWN_CYCLE: facts-with-errors.csv, line 7");
    assertContains(out, "'14MSP'");
    assertContains(out, "CONFLICTING_FACT: facts-with-errors.csv, line 9");
    assertContains(out, "ReadException with 5 failures");
  }

  @Test
  void lintingTheDraftVcapFindsItsDraftingProblemsWithTheirLines() {
    String out = LintPlans.render(Catalogues.vientianeCapital());
    assertContains(out, "VCAP line 87  VCAP-3.e  DOUBLED_WORD: 'of: of': the word 'of' twice in a row");
    assertContains(out, "VCAP line 125  VCAP-6.c  HEADING_AGAINST_ITEM: printed in a list under the heading "
        + "'Percentage of:' ('Percentage'), it opens with its own 'Number'");
    assertContains(out, "VCAP line 561  VCAP-36.b  EMPTY_BASELINE: baseline printed as ';'");
    assertContains(out, "VCAP line 395  VCAP action 27  NO_INDICATOR");
    assertContains(out, "99 baselines printed as a placeholder ('X', 'X%'): not yet known");
    String lap = LintPlans.render(Catalogues.lausanne());
    assertContains(lap, "LAP line 223  LAP-4.2  WORDING: 'The number women': 'of' is missing after 'number'");
    assertContains(lap, "LAP line 265  LAP-31.1  ROW_SHARED");
    assertContains(lap, "LAP line 236  LAP action 12  the catalogue records SPLIT_ROW: The annex row of action 12 is "
        + "split across the page break");
  }

  @Test
  void whatIsDueOverTwoYearsAndLaosProfile() {
    String out = WhatIsDue.render(LocalDate.of(2026, 12, 1));
    assertContains(out, "Article 7 annual reports due 2026-04-30 (Art. 7(2)): 111");
    assertContains(out, "Article 7 annual reports due 2027-04-30 (Art. 7(2)): 112");
    assertContains(out, "2026-03-01 SOM Article 4 clearance (contamination at entry into force): original deadline "
        + "(Art. 4(1)(a)): DEADLINE_UNKNOWN");
    assertContains(out, "2026-08-28 VUT Article 7 initial report (Art. 7(1)): UNKNOWN");
    assertContains(out, "known overdue: 0");
    assertContains(out, "- Counted: 8\n- Not counted: 2\n- No data: 46\n- Not applicable: 16\n- Not evaluable: 5");
  }
}
