/**
 * The Convention on Cluster Munitions itself: its 23 articles, references to an article and paragraph
 * ({@code Art. 4(5)}), and the date rules its articles set (entry into force, withdrawal, deadlines).
 */
@CcmStyle
package org.ccmkit.model.convention;

import org.ccmkit.model.CcmStyle;
