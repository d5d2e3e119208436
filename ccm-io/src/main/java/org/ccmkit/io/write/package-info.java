/**
 * Writers: a monitoring dataset to JSON (one document of tables), to CSV (one file per table) and to XLSX, in the
 * formats the readers read, so that what was read can be written back; evaluation results and progress reports to
 * Markdown, CSV, JSON and HTML; indicator values as SDMX-CSV 2.0 ({@link org.ccmkit.io.write.SdmxCsvWriter}) and
 * evaluations as HL7 FHIR R4 {@code MeasureReport}s ({@link org.ccmkit.io.write.MeasureReportWriter}). The JSON shapes
 * are documented in docs/formats.md; the transfer records and the Jackson mappers that write them are package-private.
 */
@CcmStyle
package org.ccmkit.io.write;

import org.ccmkit.model.CcmStyle;
