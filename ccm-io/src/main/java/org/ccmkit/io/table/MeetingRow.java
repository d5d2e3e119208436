package org.ccmkit.io.table;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A row of the meetings table.
 *
 * @param id the short name, e.g. 13MSP or 2RC
 * @param year the year held
 * @param place the city
 * @param presidency the ISO code of the presidency
 * @param source where these facts come from
 */
record MeetingRow(String id, JsonNode year, String place, String presidency, SourceRow source) {}
