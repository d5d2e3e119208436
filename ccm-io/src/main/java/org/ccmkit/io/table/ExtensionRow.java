package org.ccmkit.io.table;

/**
 * An extension of an Article 3 or 4 deadline, as written inside an obligation in JSON and YAML.
 *
 * @param grantedBy the meeting that granted it, e.g. 11MSP
 * @param grantedOn the date of the decision
 * @param requestedOn the date the request was submitted
 * @param requestedDeadline the deadline requested
 * @param newDeadline the deadline granted
 * @param source where the decision is recorded
 */
record ExtensionRow(String grantedBy, String grantedOn, String requestedOn, String requestedDeadline,
    String newDeadline, SourceRow source) {}
