/**
 * The obligation calendar: for a dataset and a window of dates, everything that falls due, State Party by State
 * Party, each with its legal basis (the rules are {@link org.ccmkit.model.obligation.DueRules}'), and, for past items,
 * what the data know of them.
 */
@CcmStyle
package org.ccmkit.indicators.calendar;

import org.ccmkit.model.CcmStyle;
