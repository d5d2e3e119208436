/**
 * Dataset validation rules in the manner of DHIS2's: a rule compares two sides, each a sum of data elements and a
 * constant, for every subject and cycle of a dataset's facts, with an importance and, per side, a strategy for missing
 * values; a rule that fails is reported with the subject, cycle, values and the sources of the facts behind them.
 */
@CcmStyle
package org.ccmkit.indicators.validation;

import org.ccmkit.model.CcmStyle;
