/**
 * The built-in CSV reader: one table a file, a header line naming the columns (nested fields dotted, as
 * {@code source.document}; lists {@code ;}-separated), one row a line, UTF-8 with or without a byte-order mark, LF or
 * CRLF line ends. See docs/formats.md.
 */
@CcmStyle
package org.ccmkit.io.csv;

import org.ccmkit.model.CcmStyle;
