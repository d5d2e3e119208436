package org.ccmkit.io.table;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A row of the extension-requests table.
 *
 * @param state the requesting State's code
 * @param article 3 or 4
 * @param meeting the meeting that considered it
 * @param requestedUntil the deadline requested
 * @param grantedUntil the deadline granted
 * @param source where it is recorded
 */
record ExtensionRequestRow(String state, JsonNode article, String meeting, String requestedUntil,
    String grantedUntil, SourceRow source) {}
