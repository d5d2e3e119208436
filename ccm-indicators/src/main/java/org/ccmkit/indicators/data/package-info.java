/**
 * The input of the evaluator: an immutable monitoring dataset of States and their standing, obligations, the facts
 * each State reported in each cycle (keyed by the catalogue's data elements, each with its source), meeting-level
 * facts, extension requests and the values documents published for indicators.
 */
@CcmStyle
package org.ccmkit.indicators.data;

import org.ccmkit.model.CcmStyle;
