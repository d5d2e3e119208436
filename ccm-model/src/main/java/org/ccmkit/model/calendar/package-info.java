/**
 * The monitoring calendar: Meetings of States Parties and Review Conferences, and the reporting cycles named after
 * them (the nMSP held in year Y counts the Article 7 reports due 30 April Y, covering year Y-1).
 */
@CcmStyle
package org.ccmkit.model.calendar;

import org.ccmkit.model.CcmStyle;
