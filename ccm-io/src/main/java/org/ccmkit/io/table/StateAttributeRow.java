package org.ccmkit.io.table;

/**
 * A row of the state-attributes table: an attribute of a State to stratify by.
 *
 * @param state the State's code
 * @param attribute the attribute's name, e.g. region
 * @param value its value, e.g. Asia
 */
record StateAttributeRow(String state, String attribute, String value) {}
