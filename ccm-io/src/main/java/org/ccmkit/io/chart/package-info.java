/**
 * Charts of an indicator's values across cycles, as text and as SVG, for reports and for JShell: a text
 * {@link org.ccmkit.io.chart.Sparkline} and an SVG {@link org.ccmkit.io.chart.SeriesChart} with its text alternative.
 * Both draw a line through exact figures only: a bound, a figure of a period or a cycle whose sources differ is shown
 * as what it is, never joined into a trend.
 */
@CcmStyle
package org.ccmkit.io.chart;

import org.ccmkit.model.CcmStyle;
