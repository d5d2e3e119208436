package org.ccmkit.io.fhir;

/** The FHIR {@code MeasureReport.type} (code system {@code measure-report-type}) a report is written as. */
public enum MeasureReportType {
  /** {@code summary}: the populations' counts and the score, without subjects. */
  SUMMARY("summary"),
  /** {@code subject-list}: the counts and, for each population, the list of its subjects as a contained List. */
  SUBJECT_LIST("subject-list"),
  /** {@code individual}: one State's place in the populations. */
  INDIVIDUAL("individual");

  private final String code;

  MeasureReportType(String code) {
    this.code = code;
  }

  /** {@return the code FHIR writes: {@code summary}, {@code subject-list}, {@code individual}} */
  public String code() {
    return code;
  }
}
