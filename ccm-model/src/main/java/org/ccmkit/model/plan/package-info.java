/**
 * The action plans as catalogues: plans, thematic areas, actions with their sub-actions, indicators with their
 * units, subject, population, data elements, direction and baseline, and the shared vocabulary of data elements.
 */
@CcmStyle
package org.ccmkit.model.plan;

import org.ccmkit.model.CcmStyle;
