package org.ccmkit.io.table;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A row of the cycles table: a reporting cycle, named after its meeting.
 *
 * @param meeting the meeting's short name
 * @param year the year the meeting is held
 */
record CycleRow(String meeting, JsonNode year) {}
