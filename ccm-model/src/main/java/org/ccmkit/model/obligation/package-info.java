/**
 * The obligations of a State Party with their legal basis, start, original and current deadline, extensions and
 * completion: stockpile destruction and retention (Article 3), clearance (Article 4), victim assistance (Article 5) and
 * transparency reports (Article 7). Statuses are computed for a date, never stored.
 */
@CcmStyle
package org.ccmkit.model.obligation;

import org.ccmkit.model.CcmStyle;
