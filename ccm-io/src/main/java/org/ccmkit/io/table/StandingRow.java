package org.ccmkit.io.table;

/**
 * A row of the register: a State and its standing under the Convention as the depositary records it.
 *
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param name the name as the depositary prints it
 * @param signature date of signature
 * @param deposit date the instrument was deposited
 * @param kind the instrument: RATIFICATION, ACCESSION, ACCEPTANCE or APPROVAL
 * @param withdrawalNotified date the depositary received an instrument of withdrawal
 * @param withdrawalEffective date the withdrawal took effect, where the record gives one
 * @param source where the standing is recorded
 */
record StandingRow(String iso3, String name, String signature, String deposit, String kind,
    String withdrawalNotified, String withdrawalEffective, SourceRow source) {}
