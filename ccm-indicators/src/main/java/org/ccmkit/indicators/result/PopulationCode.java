package org.ccmkit.indicators.result;

/**
 * The named populations of an evaluation. The first six are HL7 FHIR's MeasureReport population codes for a
 * proportion measure; {@link #NO_DATA} is ccmkit's own: the denominator's subjects that reported nothing for the
 * indicator in the cycle, which the ISU still counts in ("nine of the ten affected States Parties").
 */
public enum PopulationCode {
  /**
   * FHIR {@code initial-population}: the population the indicator is counted in, computed on the cycle's date (for
   * example the affected States Parties); for an indicator without a population, the subjects that reported its data
   * elements.
   */
  INITIAL_POPULATION("initial-population"),
  /**
   * FHIR {@code denominator-exclusion}: members of the initial population the indicator's qualifier leaves out (for
   * "donor States Parties", the States Parties that do not report providing assistance).
   */
  DENOMINATOR_EXCLUSION("denominator-exclusion"),
  /**
   * FHIR {@code denominator-exception}: members of the denominator that do not meet the criterion and affirm the
   * indicator's {@linkplain org.ccmkit.model.plan.CountingRule#denominatorException() denominator exception}; they
   * are taken out of the denominator.
   */
  DENOMINATOR_EXCEPTION("denominator-exception"),
  /** FHIR {@code denominator}: the initial population less the exclusions; a percentage is of this population. */
  DENOMINATOR("denominator"),
  /** FHIR {@code numerator}: the members of the denominator that meet the criterion in the cycle. */
  NUMERATOR("numerator"),
  /**
   * FHIR {@code numerator-exclusion}: members that meet the criterion and affirm the indicator's {@linkplain
   * org.ccmkit.model.plan.CountingRule#numeratorExclusion() numerator exclusion}; they stay in the denominator and are
   * not counted.
   */
  NUMERATOR_EXCLUSION("numerator-exclusion"),
  /**
   * ccmkit {@code no-data} (not a FHIR code): members of the denominator that reported no fact at all for the
   * indicator's data elements in the cycle. They stay in the denominator.
   */
  NO_DATA("no-data"),
  /**
   * ccmkit {@code left} (not a FHIR code): for a {@link org.ccmkit.model.plan.FigureUnit#CHANGE} indicator, the subjects
   * that left the population within the period (a withdrawal taking effect); the numerator holds those that entered.
   */
  LEFT("left");

  private final String code;

  PopulationCode(String code) {
    this.code = code;
  }

  /** {@return the code as written in reports: {@code initial-population}, {@code numerator}, {@code no-data} …} */
  public String code() {
    return code;
  }
}
