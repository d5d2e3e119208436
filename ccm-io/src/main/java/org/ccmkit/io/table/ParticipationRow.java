package org.ccmkit.io.table;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A row of the participation table: a meeting-level figure (delegations, women delegates, survivors in delegations),
 * read as a fact whose subject is the meeting.
 *
 * @param meeting the meeting's short name
 * @param cycle the reporting cycle; the meeting's own if omitted
 * @param element the data element key, e.g. meeting.women-delegates
 * @param type the value's type; from the vocabulary if omitted
 * @param value the value
 * @param source where the figure is recorded
 */
record ParticipationRow(String meeting, String cycle, String element, String type, JsonNode value,
    SourceRow source) {}
