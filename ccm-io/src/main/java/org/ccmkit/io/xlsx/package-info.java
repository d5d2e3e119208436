/**
 * Spreadsheets: the XLSX reader of the tables (one sheet a table, or the long format of facts on one sheet), streaming
 * the sheets through Apache POI's event API so that a large sheet is never held as a document, and the data-entry
 * workbook an implementation support unit fills to code Article 7 reports.
 */
@CcmStyle
package org.ccmkit.io.xlsx;

import org.ccmkit.model.CcmStyle;
