/**
 * The kinds of HL7 FHIR R4 {@code MeasureReport} ({@link org.ccmkit.io.fhir.MeasureReportType}) that
 * {@link org.ccmkit.io.write.MeasureReportWriter} writes for evaluations: the evaluation's named populations with their
 * counts, its score, and its subject lists as contained {@code List} resources. The mapping is in docs/formats.md.
 */
@CcmStyle
package org.ccmkit.io.fhir;

import org.ccmkit.model.CcmStyle;
