package org.ccmkit.io.table;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A row of the meetings table.
 *
 * @param id the short name, e.g. 13MSP or 2RC
 * @param year the year held
 * @param date the day it opened, where a source gives it (ISO date, in {@code year}); absent otherwise
 * @param place the city
 * @param presidency the ISO code of the presidency
 * @param source where these facts come from
 */
record MeetingRow(String id, JsonNode year, String date, String place, String presidency, SourceRow source) {}
