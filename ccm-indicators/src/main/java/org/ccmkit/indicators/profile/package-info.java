/**
 * A State profile: for one State and a reporting cycle, where it stands on every indicator of a plan (counted, not
 * counted, no data, not applicable with the reason, or not evaluable), in the manner of the Da Vinci DEQM
 * gaps-in-care report; with its obligations and Article 7 reports and their statuses.
 */
@CcmStyle
package org.ccmkit.indicators.profile;

import org.ccmkit.model.CcmStyle;
