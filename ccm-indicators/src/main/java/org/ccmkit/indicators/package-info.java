/**
 * The indicator evaluator: {@link org.ccmkit.indicators.IndicatorEvaluator} counts, for a reporting cycle, the subjects
 * of an indicator's population that meet its criterion, and says which were counted and why. Pure functions of an
 * immutable {@link org.ccmkit.indicators.data.MonitoringDataset}: no I/O, no clock (dates are parameters), no shared
 * mutable state but what a dataset keeps of what was computed from it once (its fact index, and its base populations in
 * its {@linkplain org.ccmkit.indicators.data.MonitoringDataset#memo() memo}), which changes no result; equal inputs
 * give equal results, subjects sorted by code; safe to call from many threads.
 *
 * <p>Subpackages: {@code data} (the input), {@code population} (populations computed from the Convention's state on a
 * date), {@code result} (evaluations shaped like FHIR MeasureReports), {@code report} (series, progress reports,
 * stratification).
 *
 * <h2>How an indicator is counted</h2>
 *
 * <ol>
 *   <li><b>Date.</b> Everything is computed on the cycle's {@link org.ccmkit.model.calendar.ReportingCycle#date()}, the
 *       day the reports it counts fall due (30 April of the meeting's year); facts count in a cycle when their
 *       {@code cycle} is the cycle's meeting.
 *   <li><b>Initial population</b> (FHIR {@code initial-population}): the indicator's
 *       {@link org.ccmkit.model.plan.PopulationBase} on that date, in the sense of "States Parties" its
 *       {@link org.ccmkit.model.plan.Population#basis()} names (instrument deposited, or Convention in force); see
 *       {@link org.ccmkit.indicators.population.Populations} for each base. The evaluation's {@code populationRule}
 *       says, in words, which sense and date it used. {@code NEW_STATES_PARTIES} are those that became party (by the
 *       basis's date: deposit or entry into force) within the plan's period, taken from the plan or the evaluator.
 *   <li><b>Qualifier.</b> A population qualifier keeps in the denominator the members with an affirmative fact for
 *       it in the cycle; the others are the {@code denominator-exclusion}, each with the reason. An extension request
 *       meets {@code art3.extension-request} / {@code art4.extension-request} by being a request under that article.
 *   <li><b>Numerator.</b> A member meets a data element when at least one of its facts for it in the cycle is
 *       {@linkplain org.ccmkit.indicators.data.FactValue#isAffirmative() affirmative}. Where sources disagree, all
 *       facts are cited and an affirmative one counts; where they give different numbers, the greatest is used. Facts
 *       are deduplicated and sorted, so neither their order nor their repetition matters. It is counted when it meets
 *       the indicator's {@linkplain org.ccmkit.model.plan.Indicator#counting() counting rule}: by default <em>every</em>
 *       data element; the catalogue gives another where the text joins them by "or" (LAP-39.2 "providing or
 *       receiving": {@code any-of}), and a rule may combine {@code all-of}, {@code any-of}, {@code none-of} and
 *       {@code at-least-N-of}. A rule's numerator exclusion takes a member that meets it out of the numerator ({@code
 *       numerator-exclusion}); its denominator exception takes a member that does not out of the denominator ({@code
 *       denominator-exception}); each is listed with the reason and the fact.
 *   <li><b>No data.</b> A member that reported no fact at all for the indicator's elements in the cycle is listed under
 *       {@code no-data} and stays in the denominator. In a dataset whose facts are
 *       {@linkplain org.ccmkit.indicators.data.MonitoringDataset#factsComplete() complete} (Article 7 reports read in
 *       full) it is simply not counted, as the ISU counts "nine of the ten affected States Parties". In one whose facts
 *       are not (a record built from documents that name only some of the States behind a count), it is unknown: the
 *       count is then a lower bound ({@code ≥ n}), and a count of zero with members unknown is no value at all.
 *   <li><b>Status.</b> {@code COMPUTED} when the value was counted from the facts. {@code NOT_EVALUABLE}, with the
 *       reason, when the indicator cannot be computed as modelled: a data element (or qualifier) unknown to the
 *       vocabulary given to the evaluator, or, without a vocabulary, reported by no fact of the dataset; a percentage
 *       with population {@code NONE}; a quantity of non-numeric elements; {@code NEW_STATES_PARTIES} or a
 *       {@code CHANGE} without a plan period; a population the dataset declares
 *       {@linkplain org.ccmkit.indicators.data.MonitoringDataset#unknownPopulations() unknown}; subjects other than
 *       States (people, funds…) with no population and no fact anywhere in the dataset. {@code NO_DATA} when no
 *       member of the denominator reported anything for the elements in the cycle, or the population is empty (a pure
 *       headcount, an indicator with no data element and measure COUNT, is then 0). Nothing becomes a zero it is not;
 *       a cycle the dataset does not have is refused with an exception, never answered.
 *   <li><b>Published figures.</b> Figures a document published for the indicator and cycle are set beside the
 *       computed value (value, denominator, bound, period, named States), each with its
 *       {@linkplain org.ccmkit.indicators.result.PublishedComparison#agreement() agreement}: said only where something
 *       was computed. Where nothing was computed, a printed figure chosen by the headline rule (see
 *       {@code PublishedFigures}: whole before component, cycle before period, exact before bound, with denominator
 *       before without, the measure's unit, source order) is the value, with status {@code PUBLISHED}, and the reason
 *       says why nothing was computed and which step chose the figure; where exact figures of the cycle disagree and
 *       no step separates them, the status is {@code SOURCES_DIFFER} and there is no value. Every evaluation carries
 *       its {@linkplain org.ccmkit.indicators.result.ConsistencyFlag consistency flags}.
 *   <li><b>Score.</b> COUNT: the numerator's size; PERCENTAGE: 100·numerator/denominator to two decimals, rounded
 *       half up; COUNT_AND_PERCENTAGE: both, the percentage being the headline; QUANTITY: the sum of the numeric facts
 *       of the denominator's members; CHANGE: the members that entered the population since the plan period began,
 *       less those that left. Without a population, a COUNT adds up what each affirmative fact counts (a COUNT-valued
 *       fact its number, any other one) and a QUANTITY sums the numbers reported. A score may be a bound or a figure
 *       of a period; only an exact figure of the cycle is a trend point.
 *   <li><b>Baseline.</b> A baseline the plan printed with a figure (VCAP) is compared in the unit it prints; where the
 *       plan printed none or an unknown one ("X%"), the value of the evaluator's {@code baselineCycle} (e.g. 10MSP
 *       for the LAP) is. The change is value minus baseline.
 *   <li><b>Trend.</b> In a progress report, between trend points: against the previous cycle's value in the same
 *       unit, else against the baseline: IMPROVED or REGRESSED by the indicator's direction, HELD, CHANGED (a neutral
 *       indicator that moved), or NO_DATA (no trend can be drawn).
 * </ol>
 */
@CcmStyle
package org.ccmkit.indicators;

import org.ccmkit.model.CcmStyle;
