package org.ccmkit.io.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A row of the obligations table: one obligation of a State Party. Which fields apply depends on {@code obligation}
 * (see docs/formats.md); no polymorphic typing is involved, the reader dispatches on the value.
 *
 * @param state the State's code
 * @param obligation STOCKPILE_DESTRUCTION, CLEARANCE, RETENTION, VICTIM_ASSISTANCE or TRANSPARENCY_REPORT
 * @param ground for clearance: CONTAMINATION_AT_ENTRY_INTO_FORCE or REMNANTS_AFTER_ENTRY_INTO_FORCE
 * @param start the day the obligation starts
 * @param completedOn the day it was fulfilled
 * @param ceasedOn the day it stopped binding the State without being fulfilled
 * @param declarationOfCompliance for clearance: the meeting a declaration of compliance went to
 * @param clusterMunitionsRetained for retention: the number retained
 * @param submunitionsRetained for retention: the number of explosive submunitions retained
 * @param measuresInPlace for victim assistance: the measures of Art. 5(2) in place
 * @param report for a transparency report: INITIAL or ANNUAL
 * @param coveredYear for an annual report: the year covered
 * @param submittedOn for a transparency report: the day it was submitted
 * @param extensions for Articles 3 and 4: the extensions granted, in order
 * @param extensionsComplete for Articles 3 and 4: {@code false} where the extensions given are not the complete history
 *     (the deadline in force past the last one known is then unknown); absent means {@code true}
 * @param source where the obligation is recorded
 */
record ObligationRow(String state, String obligation, String ground, String start, String completedOn,
    String ceasedOn, String declarationOfCompliance, JsonNode clusterMunitionsRetained, JsonNode submunitionsRetained,
    List<String> measuresInPlace, String report, JsonNode coveredYear, String submittedOn,
    List<ExtensionRow> extensions, JsonNode extensionsComplete, SourceRow source) {}
