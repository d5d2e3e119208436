/**
 * What the ISU publishes from the evaluations: an indicator's series of values across cycles, the progress report of
 * a plan for a cycle grouped by thematic area (each indicator with its value, previous value, baseline and trend in
 * the light of its desired direction), and the stratification of a result by a State attribute such as region.
 */
@CcmStyle
package org.ccmkit.indicators.report;

import org.ccmkit.model.CcmStyle;
