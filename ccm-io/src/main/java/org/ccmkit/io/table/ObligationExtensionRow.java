package org.ccmkit.io.table;

/**
 * A row of the obligation-extensions table (used by flat formats such as CSV, where an obligation's extensions cannot
 * be nested): an extension and the obligation it extends, named by State, obligation and start.
 *
 * @param state the State's code
 * @param obligation STOCKPILE_DESTRUCTION or CLEARANCE
 * @param start the start of the obligation extended
 * @param grantedBy the meeting that granted it
 * @param grantedOn the date of the decision
 * @param requestedOn the date the request was submitted
 * @param requestedDeadline the deadline requested
 * @param newDeadline the deadline granted
 * @param source where the decision is recorded
 */
record ObligationExtensionRow(String state, String obligation, String start, String grantedBy, String grantedOn,
    String requestedOn, String requestedDeadline, String newDeadline, SourceRow source) {}
