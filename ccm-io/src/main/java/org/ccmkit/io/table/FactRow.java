package org.ccmkit.io.table;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A row of the facts table, the long format of observations: what a subject reported for a data element in a cycle.
 *
 * @param subject a State's ISO code, a meeting's short name or an extension request's id
 * @param cycle the reporting cycle, e.g. 13MSP
 * @param element the data element key
 * @param type the value's type (BOOLEAN, COUNT, QUANTITY, PERCENT, DATE, TEXT); from the vocabulary if omitted
 * @param value the value
 * @param source where the fact is recorded
 * @param quote the words of the source, verbatim
 * @param note how the source was read, where that needed judgement
 * @param period where the source says it of several cycles, the cycles it covers, e.g. 10MSP–13MSP
 * @param loose true where the source evidences the data element only loosely or in part
 */
record FactRow(String subject, String cycle, String element, String type, JsonNode value, SourceRow source,
    String quote, String note, String period, JsonNode loose) {}
