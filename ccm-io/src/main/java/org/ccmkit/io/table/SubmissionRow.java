package org.ccmkit.io.table;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A row of the submissions table: what a source says of one Article 7 report of a State.
 *
 * @param state the State's code
 * @param report INITIAL or ANNUAL
 * @param coveredYear for an annual report, the calendar year it covers
 * @param submittedOn the day it was submitted
 * @param submittedBy a day by which it had been submitted, the day itself not known
 * @param notSubmittedOn a day on which it had still not been submitted
 * @param source where this is said
 * @param quote the words of the source
 * @param note how the source was read
 */
record SubmissionRow(String state, String report, JsonNode coveredYear, String submittedOn,
    String submittedBy, String notSubmittedOn, SourceRow source, String quote, String note) {}
