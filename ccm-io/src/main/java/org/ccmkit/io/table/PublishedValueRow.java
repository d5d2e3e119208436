package org.ccmkit.io.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A row of the published-values table: a figure a document printed for an indicator in a cycle (the shape of the
 * shipped record's {@code published-values*.json}).
 *
 * @param indicator the indicator id, e.g. LAP-23.2
 * @param cycle the cycle, e.g. 13MSP or mid-2026
 * @param period where the figure is of several cycles, the cycles it covers, e.g. 10MSP–13MSP
 * @param value the figure
 * @param denominator the denominator, where printed
 * @param unit COUNT, PERCENT, QUANTITY or AVERAGE
 * @param bound where the figure is a bound: AT_LEAST, MORE_THAN, AT_MOST or APPROXIMATE
 * @param quantityUnit for a quantity, its unit
 * @param component where the figure is for a part of the indicator, which part
 * @param states the States named, by code
 * @param source where it is printed
 * @param quote the words the figure comes from
 * @param note a remark
 */
record PublishedValueRow(String indicator, String cycle, String period, JsonNode value, JsonNode denominator,
    String unit, String bound, String quantityUnit, String component, List<String> states, SourceRow source,
    String quote, String note) {}
