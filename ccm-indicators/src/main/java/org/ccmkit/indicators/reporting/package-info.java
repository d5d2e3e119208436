/**
 * Article 7 reporting rates, in the manner of DHIS2's reporting-rate metrics: for a cycle and a kind of report, the
 * reports expected (from the States Parties' Article 7 obligations on the cycle's date), those received, received on
 * time, received late or with their timeliness unknown, those known not received, and those of which the data say
 * nothing, each with the States behind it; the rate and the on-time rate, exact where the data know every report and
 * a range where they do not.
 */
@CcmStyle
package org.ccmkit.indicators.reporting;

import org.ccmkit.model.CcmStyle;
