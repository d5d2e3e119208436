/**
 * Writers: a monitoring dataset to JSON (one document of tables) and to CSV (one file per table), in the formats the
 * readers read, so that what was read can be written back; and evaluation results and progress reports to Markdown,
 * CSV and JSON.
 */
@CcmStyle
package org.ccmkit.io.write;

import org.ccmkit.model.CcmStyle;
