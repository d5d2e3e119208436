/**
 * Plan lint: checks over any {@link org.ccmkit.model.plan.ActionPlan} that find the drafting problems of its
 * indicators (a measure word against its baseline, a heading against its item, empty baselines, doubled words, missing
 * colons, actions without indicators, compound indicators, populations the model cannot compute …), each located by
 * the plan's own source locators. It needs the plan alone (no dataset, no evaluator), so it lives beside the plan
 * types: a catalogue author can lint a draft before any data exist.
 */
@CcmStyle
package org.ccmkit.model.lint;

import org.ccmkit.model.CcmStyle;
