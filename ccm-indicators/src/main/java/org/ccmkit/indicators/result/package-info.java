/**
 * The result of evaluating an indicator for a reporting cycle, shaped like HL7 FHIR's MeasureReport: named
 * populations (initial population, denominator exclusion, denominator, numerator, and the subjects with no data) with
 * their subject lists, each subject with the reasons it belongs and the facts and sources behind it; a score by the
 * indicator's measure; the change from the baseline; and the published figures set beside the computed one.
 */
@CcmStyle
package org.ccmkit.indicators.result;

import org.ccmkit.model.CcmStyle;
